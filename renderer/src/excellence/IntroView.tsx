import {
  blockExplanationKey,
  blockNameKey,
  EXCELLENCE_BLOCKS,
  PYRAMID_LEVELS,
  pyramidExplanationKey,
  pyramidNameKey,
} from '../../../shared/excellence/blocks';
import { useT } from '../i18n';
import { Pyramid } from './Pyramid';

/** The introduction for the projector: the pyramid and the nine blocks with what "good" is. */
export function IntroView() {
  const t = useT();
  return (
    <div className="excellence-intro">
      <section className="card intro-model">
        <div>
          <h2>{t('excellence.intro.title')}</h2>
          <p className="intro-lead">{t('excellence.intro.lead')}</p>
          <h3>{t('excellence.pyramid.title')}</h3>
          <ol className="pyramid-levels" reversed>
            {[...PYRAMID_LEVELS].reverse().map(({ level, key }) => (
              <li key={key} value={level}>
                <strong>{t(pyramidNameKey(key))}</strong> — {t(pyramidExplanationKey(key))}
              </li>
            ))}
          </ol>
        </div>
        <Pyramid />
      </section>
      <h2>{t('excellence.intro.blocks')}</h2>
      <ol className="block-cards">
        {EXCELLENCE_BLOCKS.map(({ block }) => (
          <li key={block} className="card block-card">
            <h3>
              <span className="block-number">{block}</span> {t(blockNameKey(block))}
            </h3>
            <p>{t(blockExplanationKey(block))}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
