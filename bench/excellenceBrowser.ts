import { sessionSchema, type Session } from '../shared/session';
import { timeViewSwitch, withBuiltApp } from './browser';
import { report } from './util';

const RUNS = 7;

/**
 * The results view in the built app in Chromium: from the click on "Resultaten" (after the
 * introduction) until the table, the ranking and both radars (overall and per group) are on
 * screen (the next animation frame after they exist), median of 7.
 */
export async function renderResultsInChromium(workshop: Session): Promise<void> {
  const session = sessionSchema.parse({
    ...workshop,
    excellence: { ...workshop.excellence, revealed: true },
  });
  const route = `session/${session.id}/excellence?view=intro`;
  await withBuiltApp({ session, route, viewport: { width: 1280, height: 720 } }, async (page) => {
    const ms = await timeViewSwitch(
      page,
      {
        buttons: '.method-views',
        from: 'Introductie',
        to: 'Resultaten',
        done: { '[data-testid="excellence-stats"] tbody tr': 9, '[data-testid="radar"]': 2 },
      },
      RUNS,
    );
    report(
      `results view, ${session.excellence.participants.length} participants, 2 groups, Chromium, median of ${RUNS}`,
      ms,
      '≤ 200 ms',
    );
  });
}
