import { useState } from 'react';
import type { CultureAnalysis, KeptWord } from '../../../shared/culture/analysis';
import type { CoreValue } from '../../../shared/culture/model';
import { useT } from '../i18n';
import { useSession } from '../session/SessionContext';
import { MenuButton, type MenuItem } from './MenuButton';
import {
  computedLists,
  countsOf,
  LIST_NAME,
  LIST_TITLE,
  LISTS,
  moveCommand,
  movedFrom,
  type ListName,
} from './steering';
import { startWordDrag, useWordDrop } from './wordDrag';

/** Words per list before "and N more": what a projector shows without scrolling. */
const SHOWN_PER_LIST = 12;

const LIST_CLASS: Record<ListName, string> = {
  letGo: 'culture-let-go',
  keep: 'culture-keep',
  develop: 'culture-develop',
};
const LIST_TEST_ID: Record<ListName, string> = {
  letGo: 'let-go',
  keep: 'keep',
  develop: 'develop',
};

interface SteeredListsProps {
  analysis: CultureAnalysis;
  coreValues: readonly CoreValue[];
  /** Adds a word to a core value (the menu's second part). */
  onAddToValue(valueId: string, key: string): void;
}

/**
 * Let go, keep and develop as the facilitator steered them: a word moves to another list by
 * dragging it there or through its menu; moved words are marked and listed, and can go back.
 */
export function SteeredLists({ analysis, coreValues, onAddToValue }: SteeredListsProps) {
  const t = useT();
  const { execute } = useSession();
  const [showAll, setShowAll] = useState(false);
  const computed = computedLists(analysis);
  const from = movedFrom(analysis);
  const move = (key: string, to: ListName) => void execute(moveCommand(key, to, computed.get(key)));

  const menuItems = (word: KeptWord, list: ListName): MenuItem[] => [
    ...LISTS.map((name) => ({
      id: `list-${name}`,
      group: t('culture.steer.moveTo'),
      label:
        from.has(word.key) && computed.get(word.key) === name
          ? t('culture.steer.computed', { list: t(LIST_TITLE[name]) })
          : t(LIST_TITLE[name]),
      current: name === list,
      onSelect: () => move(word.key, name),
    })),
    ...(list === 'letGo'
      ? []
      : coreValues
          .filter((value) => !value.words.includes(word.key))
          .map((value, index) => ({
            id: `value-${value.id}`,
            group: t('culture.steer.addToValue'),
            label: value.name.trim() || t('culture.dna.untitled', { n: index + 1 }),
            onSelect: () => onAddToValue(value.id, word.key),
          }))),
  ];

  const longest = Math.max(...LISTS.map((name) => analysis.steered[name].length));
  return (
    <>
      <div className="culture-from-to-columns">
        {LISTS.map((list) => (
          <ListColumn
            key={list}
            list={list}
            words={
              showAll ? analysis.steered[list] : analysis.steered[list].slice(0, SHOWN_PER_LIST)
            }
            total={analysis.steered[list].length}
            movedFrom={from}
            menuItems={menuItems}
            onDrop={(key) => move(key, list)}
          />
        ))}
      </div>
      {longest > SHOWN_PER_LIST && (
        <button type="button" className="culture-show-all" onClick={() => setShowAll((v) => !v)}>
          {showAll ? t('culture.steer.showFewer') : t('culture.steer.showAll')}
        </button>
      )}
      <MovedWords
        analysis={analysis}
        onMoveBack={(key) => void execute({ type: 'culture.moveWord', word: key, to: null })}
      />
    </>
  );
}

interface ListColumnProps {
  list: ListName;
  /** The words shown; `total` counts them all. */
  words: readonly KeptWord[];
  total: number;
  movedFrom: ReadonlyMap<string, ListName>;
  menuItems(word: KeptWord, list: ListName): MenuItem[];
  /** A word dropped on this list. */
  onDrop(key: string): void;
}

/** One list: its words, each draggable and with its menu; a word dropped on it moves here. */
function ListColumn({ list, words, total, movedFrom, menuItems, onDrop }: ListColumnProps) {
  const t = useT();
  const drop = useWordDrop('move', onDrop);
  return (
    <section
      className={`${LIST_CLASS[list]}${drop.over ? ' culture-drop-target' : ''}`}
      data-testid={LIST_TEST_ID[list]}
      aria-label={t(LIST_TITLE[list])}
      {...drop.handlers}
    >
      <h2>{t(LIST_TITLE[list])}</h2>
      <ol>
        {words.map((word) => {
          const was = movedFrom.get(word.key);
          const counts = countsOf(word, list, was !== undefined);
          return (
            <li
              key={word.key}
              className={was ? 'culture-moved' : undefined}
              draggable
              onDragStart={(event) => startWordDrag(event, word.key)}
            >
              <span className="culture-word-cell">
                <span className="culture-word">{word.word}</span>
                {was && (
                  <span className="culture-moved-mark">
                    {t('culture.steer.movedMark', { list: t(LIST_NAME[was]) })}
                  </span>
                )}
              </span>
              <span className="count">
                {'single' in counts ? counts.single : t('culture.fromTo.keepCounts', counts)}
              </span>
              <MenuButton
                className="culture-word-menu"
                label={t('culture.steer.menu', { word: word.word })}
                items={menuItems(word, list)}
              >
                <span aria-hidden="true">⋯</span>
              </MenuButton>
            </li>
          );
        })}
      </ol>
      {total === 0 && <p className="muted">{t('culture.fromTo.empty')}</p>}
      {total > words.length && (
        <p className="muted culture-more" data-testid="more-words">
          {t('culture.steer.more', { count: total - words.length })}
        </p>
      )}
    </section>
  );
}

/** "Moved: betrokken: let go → keep", each with a button that puts the word back. */
function MovedWords({
  analysis,
  onMoveBack,
}: {
  analysis: CultureAnalysis;
  onMoveBack(key: string): void;
}) {
  const t = useT();
  const moved = analysis.steered.moved;
  if (moved.length === 0) return null;
  return (
    <section className="culture-moved-list" data-testid="moved-words">
      <h2>{t('culture.steer.movedTitle')}</h2>
      <ul className="culture-plain-list">
        {moved.map((move) => (
          <li key={move.key}>
            <span>
              {t('culture.steer.movedLine', {
                word: move.word,
                from: t(LIST_NAME[move.from]),
                to: t(LIST_NAME[move.to]),
              })}
            </span>
            <button
              type="button"
              aria-label={t('culture.steer.moveBackLabel', {
                word: move.word,
                list: t(LIST_NAME[move.from]),
              })}
              onClick={() => onMoveBack(move.key)}
            >
              {t('culture.steer.moveBack')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
