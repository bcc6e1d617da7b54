import { useLanguage } from '../i18n';
import { emptyLayout, useCloudLayouts } from '../culture/useCloudLayout';
import { cloudOptions, WordCloud } from '../culture/WordCloud';
import { OverallRadar } from '../excellence/OverallRadar';
import { BetterWorseChart } from '../kano/charts/BetterWorseChart';
import type { MethodId } from '../methods/registry';
import {
  excellenceAnalysis,
  kanoAnalysis,
  useAnalysedSession,
  useCultureAnalysis,
} from '../session/analyses';
import { useSession } from '../session/SessionContext';

/** The clouds' frame on the projector: half of a 16:9 screen below the titles. */
const CLOUD_WIDTH = 900;
const CLOUD_HEIGHT = 820;

/**
 * The results on the projector, the same components as the tab and the report: the two word
 * clouds, the Kano Better/Worse chart, or the Service Excellence radar, filling the screen.
 * The analyses come the way the tabs get them (session/analyses.ts): computed in the session
 * worker for a large session, so that a reveal with 10,000 answers does not freeze the screen.
 */
export function ProjectorResults({ method }: { method: MethodId }) {
  if (method === 'culture') return <CultureClouds />;
  if (method === 'kano') return <KanoChart />;
  return <ExcellenceRadar />;
}

function CultureClouds() {
  const { t } = useLanguage();
  const { session } = useSession();
  const analysis = useCultureAnalysis(session);
  const options = cloudOptions({ width: CLOUD_WIDTH, height: CLOUD_HEIGHT });
  // Both clouds at one scale: the same count has the same size in each. Live: words keep their
  // places when a participant is added (the third argument, see useCloudLayouts).
  const { layouts, ready } = useCloudLayouts(
    [analysis?.current ?? [], analysis?.desired ?? []],
    options,
    `projector:${session.id}`,
  );
  if (!analysis) return <Loading />;
  const cloud = (theme: 'current' | 'desired', index: number) => {
    const title = t(theme === 'current' ? 'culture.current' : 'culture.desired');
    const words = theme === 'current' ? analysis.current : analysis.desired;
    return (
      <section
        className={`projector-cloud culture-${theme}`}
        data-testid={`projector-cloud-${theme}`}
      >
        <h2>{title}</h2>
        {words.length === 0 ? (
          <p className="projector-empty">{t('live.projector.noAnswers')}</p>
        ) : (
          <WordCloud
            layout={layouts[index] ?? emptyLayout(options)}
            ready={ready}
            theme={theme}
            label={title}
            t={t}
          />
        )}
      </section>
    );
  };
  return (
    <div className="projector-clouds">
      {cloud('current', 0)}
      {cloud('desired', 1)}
    </div>
  );
}

function KanoChart() {
  const { t, language } = useLanguage();
  const { session } = useSession();
  const analysed = useAnalysedSession(session, [{ method: 'kano' }]);
  if (!analysed) return <Loading />;
  const answered = kanoAnalysis(analysed.kano).filter((r) => r.n > 0);
  return (
    <div className="projector-chart" data-testid="projector-kano">
      {answered.length === 0 ? (
        <p className="projector-empty">{t('live.projector.noAnswers')}</p>
      ) : (
        <BetterWorseChart results={answered} t={t} language={language} />
      )}
    </div>
  );
}

function ExcellenceRadar() {
  const { t } = useLanguage();
  const { session } = useSession();
  const analysed = useAnalysedSession(session, [{ method: 'excellence' }]);
  if (session.excellence.participants.length === 0) {
    return <p className="projector-empty">{t('live.projector.noAnswers')}</p>;
  }
  if (!analysed) return <Loading />;
  return (
    <div className="projector-chart projector-radar" data-testid="projector-radar">
      <OverallRadar blocks={excellenceAnalysis(analysed).blocks} />
    </div>
  );
}

/** While a large session's analysis is computed (in the session worker). */
function Loading() {
  const { t } = useLanguage();
  return <p className="projector-empty">{t('common.loading')}</p>;
}
