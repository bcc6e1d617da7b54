import { useState, type DragEvent, type KeyboardEvent } from 'react';
import type { ConsensusCategory, Wish } from '../../../shared/kano/model';
import { useT } from '../i18n';
import { useSession } from '../session/SessionContext';
import { CATEGORY_FILL, CATEGORY_INK } from './categoryStyle';

const COLUMNS: readonly ConsensusCategory[] = ['M', 'O', 'A', 'I', 'R'];
const DRAG_TYPE = 'text/plain';

/**
 * The group classifies wishes directly: drag a card onto M / O / A / I / R, or focus it and press
 * the letter. Stored apart from the questionnaire (session.kano.consensus).
 */
export function ConsensusBoard() {
  const t = useT();
  const { session, execute } = useSession();
  const { wishes, consensus } = session.kano;
  const [over, setOver] = useState<string | null>(null);

  const place = (wishId: string, category: ConsensusCategory | null) => {
    if (category === null) void execute({ type: 'kano.clearConsensus', wishId });
    else if (consensus[wishId] !== category) {
      void execute({ type: 'kano.setConsensus', wishId, category });
    }
  };

  const onKey = (event: KeyboardEvent, wish: Wish) => {
    const letter = event.key.toUpperCase();
    const category = COLUMNS.find((c) => c === letter);
    if (category) {
      event.preventDefault();
      place(wish.id, category);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      place(wish.id, null);
    }
  };

  const dropZone = (zone: ConsensusCategory | null) => ({
    onDragOver: (event: DragEvent) => {
      event.preventDefault();
      setOver(zone ?? '');
    },
    onDragLeave: () => setOver(null),
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setOver(null);
      const wishId = event.dataTransfer.getData(DRAG_TYPE);
      if (wishes.some((w) => w.id === wishId)) place(wishId, zone);
    },
  });

  const card = (wish: Wish) => (
    <li
      key={wish.id}
      className="kano-consensus-card"
      data-testid="consensus-card"
      tabIndex={0}
      draggable
      aria-label={t('kano.consensus.card', { name: wish.name })}
      onKeyDown={(e) => onKey(e, wish)}
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, wish.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      <span>{wish.name}</span>
      {consensus[wish.id] && (
        <button
          type="button"
          aria-label={t('kano.consensus.clear', { name: wish.name })}
          onClick={() => place(wish.id, null)}
        >
          ×
        </button>
      )}
    </li>
  );

  if (wishes.length === 0) return <p className="empty">{t('kano.entry.noWishes')}</p>;
  const unclassified = wishes.filter((w) => !consensus[w.id]);
  return (
    <section className="card">
      <h2>{t('kano.consensus.title')}</h2>
      <p className="muted">{t('kano.consensus.explanation')}</p>
      <div className="kano-consensus">
        <div
          className={over === '' ? 'kano-zone kano-zone-open over' : 'kano-zone kano-zone-open'}
          data-testid="consensus-zone-none"
          {...dropZone(null)}
        >
          <h3>{t('kano.consensus.unclassified')}</h3>
          <ul>{unclassified.map(card)}</ul>
        </div>
        {COLUMNS.map((category) => (
          <div
            key={category}
            className={over === category ? 'kano-zone over' : 'kano-zone'}
            data-testid={`consensus-zone-${category}`}
            {...dropZone(category)}
          >
            <h3 style={{ background: CATEGORY_FILL[category], color: CATEGORY_INK[category] }}>
              <span className="kano-zone-letter">{category}</span> {t(`kano.category.${category}`)}
            </h3>
            <ul>{wishes.filter((w) => consensus[w.id] === category).map(card)}</ul>
          </div>
        ))}
      </div>
    </section>
  );
}
