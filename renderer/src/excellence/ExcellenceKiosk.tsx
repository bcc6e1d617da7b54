import { useState } from 'react';
import {
  blockExplanationKey,
  blockNameKey,
  EXCELLENCE_BLOCKS,
} from '../../../shared/excellence/blocks';
import type { BlockScore } from '../../../shared/excellence/model';
import { newId } from '../../../shared/ids';
import { useT } from '../i18n';
import { KioskGroupButtons } from '../kiosk/KioskGroupButtons';
import { useSession } from '../session/SessionContext';
import { MarkButtons } from './MarkButtons';
import './excellence.css';

type Step = 'welcome' | number | 'thanks';
const EMPTY: BlockScore = { now: null, target: null, comment: '' };

/**
 * Participant mode: one block per screen, ten large buttons for now and for target, a comment
 * if wanted. "Klaar" saves the participant and leaves a clean form for the next person.
 */
export function ExcellenceKiosk() {
  const t = useT();
  const { session, execute } = useSession();
  const [step, setStep] = useState<Step>('welcome');
  const [group, setGroup] = useState<string | null>(null);
  const [scores, setScores] = useState<Record<string, BlockScore>>({});

  const restart = () => {
    setScores({});
    setGroup(null);
    setStep('welcome');
  };

  const finish = async () => {
    const trimmed = Object.fromEntries(
      Object.entries(scores).map(([block, s]) => [block, { ...s, comment: s.comment.trim() }]),
    );
    const participant = { id: newId(), label: '', group, scores: trimmed };
    if (await execute({ type: 'excellence.addParticipant', participant })) setStep('thanks');
  };

  if (step === 'welcome') {
    return (
      <div className="excellence-kiosk">
        <h1>{t('excellence.kiosk.welcome')}</h1>
        <p className="kiosk-lead">{t('excellence.kiosk.intro')}</p>
        {session.groups.length > 0 && (
          <div className="kiosk-groups" role="group" aria-label={t('excellence.kiosk.group')}>
            <h2>{t('excellence.kiosk.group')}</h2>
            <KioskGroupButtons groups={session.groups} value={group} onChange={setGroup} />
          </div>
        )}
        <button type="button" className="primary kiosk-main" onClick={() => setStep(0)}>
          {t('excellence.kiosk.start')}
        </button>
      </div>
    );
  }

  if (step === 'thanks') {
    return (
      <div className="excellence-kiosk">
        <h1 role="status">{t('excellence.kiosk.thanks')}</h1>
        <button type="button" className="primary kiosk-main" autoFocus onClick={restart}>
          {t('excellence.kiosk.nextParticipant')}
        </button>
      </div>
    );
  }

  const { block } = EXCELLENCE_BLOCKS[step]!;
  const score = scores[block] ?? EMPTY;
  const set = (changes: Partial<BlockScore>) =>
    setScores({ ...scores, [block]: { ...score, ...changes } });
  const last = step === EXCELLENCE_BLOCKS.length - 1;
  return (
    <div className="excellence-kiosk">
      <div className="kiosk-progress">
        <span>
          {t('excellence.kiosk.progress', { step: step + 1, total: EXCELLENCE_BLOCKS.length })}
        </span>
        <progress max={EXCELLENCE_BLOCKS.length} value={step + 1} />
      </div>
      <h1>
        <span className="block-number">{block}</span> {t(blockNameKey(block))}
      </h1>
      <p className="kiosk-explanation">{t(blockExplanationKey(block))}</p>
      <h2>{t('excellence.kiosk.now')}</h2>
      <MarkButtons
        label={t('excellence.kiosk.now')}
        side="now"
        value={score.now}
        onChange={(now) => set({ now })}
      />
      <h2>{t('excellence.kiosk.target')}</h2>
      <MarkButtons
        label={t('excellence.kiosk.target')}
        side="target"
        value={score.target}
        onChange={(target) => set({ target })}
      />
      <label className="kiosk-comment">
        {t('excellence.kiosk.comment')}
        <textarea
          rows={2}
          maxLength={2000}
          value={score.comment}
          onChange={(e) => set({ comment: e.target.value })}
        />
      </label>
      {(score.now === null || score.target === null) && (
        <p className="muted">{t('excellence.kiosk.skipHint')}</p>
      )}
      <div className="kiosk-nav">
        <button type="button" onClick={() => setStep(step === 0 ? 'welcome' : step - 1)}>
          ← {t('excellence.kiosk.back')}
        </button>
        {last ? (
          <button type="button" className="primary kiosk-main" onClick={() => void finish()}>
            {t('excellence.kiosk.done')}
          </button>
        ) : (
          <button type="button" className="primary kiosk-main" onClick={() => setStep(step + 1)}>
            {t('excellence.kiosk.next')} →
          </button>
        )}
      </div>
    </div>
  );
}
