import { analyseKano } from '../shared/kano/analysis';
import { emptyKanoData, type KanoData, type KanoRespondent } from '../shared/kano/model';
import { importMethodCsv } from '../shared/methods';
import { newSession } from '../shared/session';
import { renderResultsInChromium } from './kanoBrowser';
import { median, report, seededRandom, timeRuns } from './util';

/** `wishCount` wishes, each answered by every respondent; a third of them in group g1. */
export function kanoSurvey(wishCount: number, respondentCount: number): KanoData {
  const random = seededRandom(wishCount * respondentCount);
  const answer = () => 1 + Math.floor(random() * 5);
  const wishes = Array.from({ length: wishCount }, (_, i) => ({
    id: `w${i}`,
    name: `Wens ${i + 1}`,
    description: '',
  }));
  const respondents: KanoRespondent[] = Array.from({ length: respondentCount }, (_, r) => ({
    id: `r${r}`,
    label: `R${r + 1}`,
    group: r % 3 === 0 ? 'g1' : null,
    answers: Object.fromEntries(
      wishes.map((w) => [
        w.id,
        {
          functional: answer(),
          dysfunctional: answer(),
          importance: random() < 0.5 ? null : 1 + Math.floor(random() * 9),
        },
      ]),
    ),
  }));
  return { ...emptyKanoData(), wishes, respondents };
}

function asCsv(data: KanoData): string {
  const names = new Map(data.wishes.map((w) => [w.id, w.name]));
  const rows = data.respondents.flatMap((r) =>
    Object.entries(r.answers).map(
      ([wishId, a]) =>
        `${r.label},,${names.get(wishId)},${a.functional},${a.dysfunctional},${a.importance ?? ''}`,
    ),
  );
  return ['respondent,group,wish,functional,dysfunctional,importance', ...rows].join('\n');
}

export async function run(): Promise<void> {
  const data = kanoSurvey(50, 1000);
  report(
    'analyse 50 wishes × 1,000 respondents, median of 9',
    median(await timeRuns(9, () => analyseKano(data))),
    '≤ 50 ms',
  );
  report(
    'the same for one group (334 respondents), median of 9',
    median(await timeRuns(9, () => analyseKano(data, { groupId: 'g1' }))),
  );
  const session = newSession('bench', { name: 'Bench' });
  const csv = new TextEncoder().encode(asCsv(data));
  report(
    'read that as CSV (50,000 rows) into commands, median of 5',
    median(await timeRuns(5, () => importMethodCsv('kano', csv, session))),
  );
  const wide = new TextEncoder().encode(asCsv(kanoSurvey(2000, 5)));
  report(
    'read a CSV of 2,000 wishes × 5 respondents into commands, median of 5',
    median(await timeRuns(5, () => importMethodCsv('kano', wide, session))),
  );
  await renderResultsInChromium(kanoSurvey(50, 1000));
}
