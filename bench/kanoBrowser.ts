import type { KanoData } from '../shared/kano/model';
import { newSession, sessionSchema } from '../shared/session';
import { timeViewSwitch, withBuiltApp } from './browser';
import { report } from './util';

const RUNS = 7;

/**
 * The results view for 50 wishes in the built app in Chromium: from the click on "Resultaten"
 * (after going back to the wishes) until the table and the three charts are on screen (the next
 * animation frame after all result rows exist), median of 7.
 */
export async function renderResultsInChromium(kano: KanoData): Promise<void> {
  const session = sessionSchema.parse({
    ...newSession('bench-kano', { name: 'Kano bench' }),
    groups: [{ id: 'g1', name: 'Management' }],
    kano: { ...kano, revealed: true },
  });
  const route = `session/${session.id}/kano?view=wishes`;
  await withBuiltApp({ session, route, viewport: { width: 1280, height: 800 } }, async (page) => {
    const ms = await timeViewSwitch(
      page,
      {
        buttons: '.method-views',
        from: 'Wensen',
        to: 'Resultaten',
        done: { '[data-testid="result-row"]': kano.wishes.length, 'svg.kano-chart': 3 },
      },
      RUNS,
    );
    report(
      `results view, ${kano.wishes.length} wishes × ${kano.respondents.length} respondents, Chromium, median of ${RUNS}`,
      ms,
      '≤ 300 ms',
    );
  });
}
