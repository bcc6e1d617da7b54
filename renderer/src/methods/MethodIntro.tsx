import type { ReactElement } from 'react';
import type { MessageKey } from '../../../shared/i18n';
import { useT } from '../i18n';
import './methodIntro.css';

/** The texts of a method's introduction, all from the catalogue. */
export interface MethodIntroTexts {
  title: MessageKey;
  /** What the method is, in two or three sentences. */
  lead: MessageKey;
  /** How to run it, one step a line. */
  steps: readonly MessageKey[];
  /** How long it takes. */
  duration: MessageKey;
  /** What comes out. */
  outcome: MessageKey;
}

/**
 * A method's introduction for the projector, the same four parts for every method: what it is,
 * how to run it, how long it takes and what comes out (Service Excellence has its own, with the
 * pyramid and the nine blocks).
 */
export function MethodIntro({ texts }: { texts: MethodIntroTexts }) {
  const t = useT();
  return (
    <section className="card method-intro">
      <h2>{t(texts.title)}</h2>
      <p className="method-intro-lead">{t(texts.lead)}</p>
      <h3>{t('intro.how')}</h3>
      <ol>
        {texts.steps.map((step) => (
          <li key={step}>{t(step)}</li>
        ))}
      </ol>
      <dl>
        <dt>{t('intro.duration')}</dt>
        <dd>{t(texts.duration)}</dd>
        <dt>{t('intro.outcome')}</dt>
        <dd>{t(texts.outcome)}</dd>
      </dl>
    </section>
  );
}

/** The methods whose introduction is only texts: `<method>.intro.title`, `.lead`, `.step1–3`… */
type TextIntroMethod = 'culture' | 'kano';

/** The introduction view of such a method, for its screens list. */
export function methodIntroView(method: TextIntroMethod): () => ReactElement {
  const texts: MethodIntroTexts = {
    title: `${method}.intro.title`,
    lead: `${method}.intro.lead`,
    steps: ([1, 2, 3] as const).map((n) => `${method}.intro.step${n}` as const),
    duration: `${method}.intro.duration`,
    outcome: `${method}.intro.outcome`,
  };
  return function IntroView() {
    return <MethodIntro texts={texts} />;
  };
}
