import { useState } from 'react';
import type { CultureAnalysis } from '../../../shared/culture/analysis';
import { GroupSelect } from '../components/GroupSelect';
import { formatNumber } from '../components/format';
import { useT } from '../i18n';
import { useCultureAnalysis } from '../session/analyses';
import { useSession } from '../session/SessionContext';
import { CoreValues } from './CoreValues';
import { SteeredLists } from './SteeredLists';
import './cultureResult.css';

/**
 * "Van → naar" for the projector: let go, keep and develop in large type as the facilitator
 * steers them, the figures, and the core values written from them ("ons cultuur-DNA").
 */
export function FromToView() {
  const t = useT();
  const { session } = useSession();
  const [group, setGroup] = useState('');
  const analysis = useCultureAnalysis(session, group || undefined);

  return (
    <div className="culture-from-to" data-testid="from-to">
      {session.groups.length > 0 && (
        <div className="culture-controls">
          <label className="inline-label">
            {t('culture.group.label')}
            <GroupSelect
              groups={session.groups}
              emptyLabel={t('culture.group.all')}
              value={group}
              onChange={(e) => setGroup(e.target.value)}
            />
          </label>
        </div>
      )}
      {analysis ? (
        <FromToFigures analysis={analysis} />
      ) : (
        <p className="muted">{t('common.loading')}</p>
      )}
    </div>
  );
}

/** Keep, let go and develop as steered, the figures, and the codified culture. */
function FromToFigures({ analysis }: { analysis: CultureAnalysis }) {
  const t = useT();
  const { session, execute } = useSession();
  const language = session.language;
  const values = session.culture.coreValues;
  const percent = (value: number) => `${formatNumber(value, language, 0)}%`;
  const addToValue = (id: string, key: string) => {
    const value = values.find((v) => v.id === id);
    if (value && !value.words.includes(key)) {
      void execute({
        type: 'culture.updateCoreValue',
        value: { ...value, words: [...value.words, key] },
      });
    }
  };
  return (
    <>
      <p className="muted culture-steer-hint">{t('culture.steer.hint')}</p>
      <SteeredLists analysis={analysis} coreValues={values} onAddToValue={addToValue} />
      <dl className="culture-figures">
        <div>
          <dt>{t('culture.fromTo.overlap')}</dt>
          <dd data-testid="overlap">{percent(analysis.overlapShare * 100)}</dd>
          <dd className="muted">{t('culture.fromTo.overlapHint')}</dd>
        </div>
        <div>
          <dt>{t('culture.fromTo.cosine')}</dt>
          <dd data-testid="cosine">{formatNumber(analysis.cosine, language, 2)}</dd>
          <dd className="muted">{t('culture.fromTo.cosineHint')}</dd>
        </div>
        {analysis.entropy !== null && (
          <div>
            <dt>{t('culture.fromTo.entropy')}</dt>
            <dd data-testid="entropy">{percent(analysis.entropy)}</dd>
            <dd className="muted">{t('culture.fromTo.entropyHint')}</dd>
          </div>
        )}
      </dl>
      <CoreValues analysis={analysis} values={values} />
    </>
  );
}
