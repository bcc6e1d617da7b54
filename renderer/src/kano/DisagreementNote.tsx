import type { WishAnalysis } from '../../../shared/kano/analysis';
import { disagreements } from '../../../shared/kano/disagreement';
import type { KanoCategory } from '../../../shared/kano/model';
import type { Translate } from '../i18n';

/**
 * The wishes on which the table's category and the continuous plane's quadrant differ, with
 * one line on why that can happen; nothing when they agree. The results view and the report
 * show the same note (each in its own language, hence `t`).
 */
export function DisagreementNote({
  results,
  t,
  className = 'kano-disagree',
}: {
  results: readonly WishAnalysis[];
  t: Translate;
  className?: string;
}) {
  const found = disagreements(results);
  if (found.length === 0) return null;
  const name = (category: KanoCategory) => `${category} (${t(`kano.category.${category}`)})`;
  return (
    <aside className={className} data-testid="kano-disagree">
      <strong>{t('kano.disagree.title')}</strong>
      <ul>
        {found.map(({ wish, table, plane }) => (
          <li key={wish.wish.id}>
            {t('kano.disagree.item', {
              wish: wish.wish.name,
              table: name(table),
              plane: name(plane),
            })}
          </li>
        ))}
      </ul>
      <p>{t('kano.disagree.why')}</p>
    </aside>
  );
}
