import { useState, type DragEvent } from 'react';

/**
 * Dragging a word of the from→to lists: the word's matching key travels in a type of its own,
 * so a drop of anything else (text from another program, a cloud word) is ignored.
 */
const WORD_TYPE = 'application/x-klantkompas-culture-word';

export function startWordDrag(event: DragEvent, key: string): void {
  event.dataTransfer.setData(WORD_TYPE, key);
  // Moved onto another list, copied onto a core value (it stays on its list).
  event.dataTransfer.effectAllowed = 'copyMove';
}

/**
 * A place a word can be dropped on: the handlers to spread on it, and whether a word is over it
 * now (to show it will take the word).
 */
export function useWordDrop(effect: 'move' | 'copy', onDrop: (key: string) => void) {
  const [over, setOver] = useState(false);
  const handlers = {
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(WORD_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = effect;
      setOver(true);
    },
    onDragLeave: (event: DragEvent) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
    },
    onDrop: (event: DragEvent) => {
      setOver(false);
      const key = event.dataTransfer.getData(WORD_TYPE);
      if (!key) return;
      event.preventDefault();
      onDrop(key);
    },
  };
  return { over, handlers };
}
