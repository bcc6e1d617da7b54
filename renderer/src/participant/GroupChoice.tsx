import type { Group } from '../../../shared/session';
import { useT } from '../i18n';

/**
 * The first screen when the session has groups: one large button per group; a press moves on.
 * Belonging to no group is allowed (the facilitator may have made groups for only some people).
 */
export function GroupChoice({
  groups,
  value,
  onChoose,
}: {
  groups: readonly Group[];
  /** The group chosen earlier in this round (when the participant came back to change it). */
  value: string | null | undefined;
  onChoose(group: string | null): void;
}) {
  const t = useT();
  return (
    <section className="participant-groups" aria-labelledby="participant-groups-title">
      <h1 id="participant-groups-title">{t('participant.group.question')}</h1>
      <div className="participant-group-buttons">
        {groups.map((g) => (
          <button
            key={g.id}
            type="button"
            aria-pressed={value === g.id}
            onClick={() => onChoose(g.id)}
          >
            {g.name}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="participant-no-group"
        aria-pressed={value === null}
        onClick={() => onChoose(null)}
      >
        {t('participant.group.none')}
      </button>
    </section>
  );
}
