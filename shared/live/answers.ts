import type { Command } from '../commands';
import { BLOCK_NUMBERS } from '../excellence/model';
import type { MethodId } from '../methods';
import type { Session } from '../session';
import type { PhoneAnswer } from './protocol';

/**
 * A phone's own answer as stored under its participant id, to show it again for editing; null
 * when it has none (yet, or the facilitator removed it).
 */
export function phoneAnswerOf(
  session: Session,
  method: MethodId,
  participantId: string,
): PhoneAnswer | null {
  switch (method) {
    case 'culture': {
      const entry = session.culture.entries.find((e) => e.id === participantId);
      if (!entry) return null;
      return { method, group: entry.group, current: entry.current, desired: entry.desired };
    }
    case 'kano': {
      const respondent = session.kano.respondents.find((r) => r.id === participantId);
      if (!respondent) return null;
      return { method, group: respondent.group, answers: respondent.answers };
    }
    case 'excellence': {
      const participant = session.excellence.participants.find((p) => p.id === participantId);
      if (!participant) return null;
      return { method, group: participant.group, scores: participant.scores };
    }
  }
}

/**
 * The commands that store a phone's answer: the same commands as participant mode and the
 * facilitator's grid, so the same checks apply (a group of the session, wishes that exist, at
 * least one word). The first answer adds the phone's participant under its fixed id; a later
 * one changes that same participant (its facilitator-given label stays), so a phone that
 * changes its answers never appears twice. Run them as one `executeMany` (one change on disk).
 */
export function answerCommands(
  session: Session,
  answer: PhoneAnswer,
  participantId: string,
): Command[] {
  switch (answer.method) {
    case 'culture': {
      const existing = session.culture.entries.find((e) => e.id === participantId);
      const entry = {
        id: participantId,
        participant: existing?.participant ?? '',
        group: answer.group,
        current: answer.current,
        desired: answer.desired,
      };
      return [
        existing ? { type: 'culture.updateEntry', entry } : { type: 'culture.addEntry', entry },
      ];
    }
    case 'kano': {
      const existing = session.kano.respondents.find((r) => r.id === participantId);
      if (!existing) {
        return [
          {
            type: 'kano.addRespondent',
            respondent: {
              id: participantId,
              label: '',
              group: answer.group,
              answers: answer.answers,
            },
          },
        ];
      }
      const commands: Command[] = [
        { type: 'kano.updateRespondent', id: participantId, group: answer.group },
      ];
      for (const wishId of Object.keys(existing.answers)) {
        if (!(wishId in answer.answers)) {
          commands.push({ type: 'kano.clearAnswer', respondentId: participantId, wishId });
        }
      }
      for (const [wishId, response] of Object.entries(answer.answers)) {
        commands.push({
          type: 'kano.setAnswer',
          respondentId: participantId,
          wishId,
          functional: response.functional,
          dysfunctional: response.dysfunctional,
          importance: response.importance,
        });
      }
      return commands;
    }
    case 'excellence': {
      const existing = session.excellence.participants.find((p) => p.id === participantId);
      if (!existing) {
        return [
          {
            type: 'excellence.addParticipant',
            participant: {
              id: participantId,
              label: '',
              group: answer.group,
              scores: answer.scores,
            },
          },
        ];
      }
      const commands: Command[] = [
        { type: 'excellence.updateParticipant', id: participantId, group: answer.group },
      ];
      for (const block of BLOCK_NUMBERS) {
        const key = String(block) as keyof typeof answer.scores;
        const score = answer.scores[key];
        if (score) {
          commands.push({
            type: 'excellence.setScore',
            participant: participantId,
            block,
            ...score,
          });
        } else if (existing.scores[key]) {
          // Cleared on the phone: a block without marks and comment is dropped by the command.
          commands.push({
            type: 'excellence.setScore',
            participant: participantId,
            block,
            now: null,
            target: null,
            comment: '',
          });
        }
      }
      return commands;
    }
  }
}
