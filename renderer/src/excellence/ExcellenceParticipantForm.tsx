import { useState } from 'react';
import {
  blockExplanationKey,
  blockNameKey,
  EXCELLENCE_BLOCKS,
} from '../../../shared/excellence/blocks';
import { MAX_COMMENT, type BlockScore } from '../../../shared/excellence/model';
import { useT } from '../i18n';
import { DoneButton } from '../participant/DoneButton';
import type { ParticipantFormProps } from '../participant/types';
import { MarkButtons } from './MarkButtons';
import './excellence.css';

type Step = 'welcome' | number;
const EMPTY: BlockScore = { now: null, target: null, comment: '' };

/**
 * The Service Excellence part of the participant page: a welcome, then one block per screen
 * with ten large buttons for now and for target and a comment if wanted; "Klaar" on the last.
 */
export function ExcellenceParticipantForm({ group, answerId, previous }: ParticipantFormProps) {
  const t = useT();
  // A phone changing its earlier scores starts from them, at the first block.
  const earlier = previous?.type === 'excellence.addParticipant' ? previous.participant : null;
  const [step, setStep] = useState<Step>(earlier ? 0 : 'welcome');
  const [scores, setScores] = useState<Record<string, BlockScore>>(() => ({
    ...(earlier?.scores as Record<string, BlockScore> | undefined),
  }));

  if (step === 'welcome') {
    return (
      <div className="excellence-kiosk">
        <h1>{t('excellence.kiosk.welcome')}</h1>
        <p className="kiosk-lead">{t('excellence.kiosk.intro')}</p>
        <button type="button" className="primary kiosk-main" onClick={() => setStep(0)}>
          {t('excellence.kiosk.start')}
        </button>
      </div>
    );
  }

  const { block } = EXCELLENCE_BLOCKS[step]!;
  const score = scores[block] ?? EMPTY;
  const set = (changes: Partial<BlockScore>) =>
    setScores({ ...scores, [block]: { ...score, ...changes } });
  const last = step === EXCELLENCE_BLOCKS.length - 1;
  const trimmed = () =>
    Object.fromEntries(
      Object.entries(scores).map(([b, s]) => [b, { ...s, comment: s.comment.trim() }]),
    );
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
          maxLength={MAX_COMMENT}
          value={score.comment}
          onChange={(e) => set({ comment: e.target.value })}
        />
      </label>
      {(score.now === null || score.target === null) && (
        <p className="muted">{t('excellence.kiosk.skipHint')}</p>
      )}
      {/* Back on the left, "Volgende" on the right, and on the last block "Klaar" in the middle:
          never where "Volgende" was, so a double tap on block 8 cannot hand in block 9 unseen. */}
      <div className="kiosk-nav">
        <button
          type="button"
          className="kiosk-back"
          onClick={() => setStep(step === 0 ? 'welcome' : step - 1)}
        >
          ← {t('excellence.kiosk.back')}
        </button>
        {last ? (
          <DoneButton
            answer={() => ({
              type: 'excellence.addParticipant',
              participant: { id: answerId, label: '', group, scores: trimmed() },
            })}
          />
        ) : (
          <button
            type="button"
            className="primary kiosk-main kiosk-next"
            // The second click of a double click (detail 2) would skip a block unseen.
            onClick={(event) => event.detail < 2 && setStep(step + 1)}
          >
            {t('excellence.kiosk.next')} →
          </button>
        )}
      </div>
    </div>
  );
}
