import { appendFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { exportSessionFile } from '../../main/store/transfer';
import { screensSession } from '../fixtures/screensSession';
import { expect, lastLine, test, type App } from './fixtures';
import { layoutProblems } from './pages/layoutCheck';
import { FacilitatorApi } from './pages/LiveWorkshop';

/**
 * The overflow suite: every screen of the app (home, every view of every method tab, settings,
 * the report tab, participant mode, the phone page and the projector) at three window sizes, in
 * both languages, with a realistic workshop (test/fixtures/screensSession.ts). In every state
 * the page measures itself (pages/layoutCheck.ts): no text that overflows its box, no word
 * broken where it would fit, no boxes drawn over each other, no sideways scrolling, and in the
 * charts (SVG) no text outside its chart, over another text or shortened with "…". Each state
 * is saved as a screenshot in test/artifacts/screens/ to look at. One page per language; the
 * viewport changes in place, so a state costs about a second.
 */

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 800, height: 600 },
] as const;
const METHODS = ['culture', 'kano', 'excellence'] as const;
// test/artifacts/ (not committed): Playwright empties test-results/ whenever any e2e run starts.
const SHOTS = join(import.meta.dirname, '..', 'artifacts', 'screens');
const GROUP = 'Management';

test.describe.configure({ mode: 'parallel' });
// No trace: the suite's record is its screenshots, and a trace of 200 states costs minutes.
test.use({ trace: 'off' });

for (const language of ['nl', 'en'] as const) {
  test(`every screen holds its text at 1920×1080, 1366×768 and 800×600 (${language})`, async ({
    page,
    app,
  }) => {
    test.setTimeout(600_000);
    // Participant mode asks before the page unloads; the suite leaves it by reloading.
    page.on('dialog', (dialog) => void dialog.accept());
    const id = await importSession(app, language);
    const problems: string[] = [];
    const folder = join(SHOTS, language);
    await rm(folder, { recursive: true, force: true });
    await mkdir(folder, { recursive: true });

    /** The current state at every size: measured, and saved as a picture. */
    const check = async (name: string) => {
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await settled(page);
        const found = (await layoutProblems(page)).map(
          (problem) => `${name} ${size.width}×${size.height}: ${problem}`,
        );
        problems.push(...found);
        // Also on disk as the suite goes: a list to work through, even after a failure.
        if (found.length > 0)
          await appendFile(join(folder, 'problems.txt'), `${found.join('\n')}\n`);
        // JPEG: a whole page encodes several times faster than as PNG, and reads as well.
        await page.screenshot({
          path: join(folder, `${name}-${size.width}x${size.height}.jpg`),
          fullPage: true,
          type: 'jpeg',
          quality: 80,
        });
      }
    };

    // The facilitator's app, in the app's language.
    await page.goto(app.url);
    await page.evaluate((lang) => localStorage.setItem('klantkompas.uiLanguage', lang), language);
    await page.reload(); // the app reads its language when it starts
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await check('home');

    for (const method of METHODS) {
      await page.goto(`${app.url}#/session/${id}/${method}`);
      const views = page.locator('.method-views button');
      await expect(views.first()).toBeVisible();
      const count = await views.count();
      for (let index = 0; index < count; index += 1) {
        await views.nth(index).click();
        const view = new URL(page.url().replace('#', '')).searchParams.get('view') ?? index;
        await check(`${method}-${view}`);
      }
      if (method === 'kano') {
        // The group comparison: the last choice of the results' group select.
        await page.locator('.kano-section-head select').selectOption('compare');
        await check('kano-results-compare');
      }
    }
    for (const tab of ['settings', 'report'])
      await page.goto(`${app.url}#/session/${id}/${tab}`).then(() => check(tab));

    // Participant mode on the facilitator's laptop: the group question, then the form.
    for (const method of METHODS) {
      await page.evaluate(
        ([sessionId, m]) =>
          sessionStorage.setItem(
            'klantkompas.participantMode',
            JSON.stringify({ sessionId, method: m, pin: '2468' }),
          ),
        [id, method] as const,
      );
      await page.goto(`${app.url}#/kiosk/${id}/${method}`);
      await page.reload(); // the gate reads participant mode when the page loads
      await expect(page.getByRole('button', { name: GROUP, exact: true })).toBeVisible();
      await check(`participant-${method}-group`);
      await page.getByRole('button', { name: GROUP, exact: true }).click();
      await check(`participant-${method}-form`);
      if (method === 'kano') {
        await answerFirstWish(page);
        await page.locator('.kano-kiosk-footer .participant-done').click();
        await expect(page.getByTestId('kano-open-wishes')).toBeVisible();
        await check('participant-kano-open-wishes');
      }
      if (method === 'excellence') {
        await page.locator('.excellence-kiosk button.primary').first().click();
        await check('participant-excellence-block');
      }
      await page.evaluate(() => sessionStorage.clear());
      await page.reload(); // out of participant mode
      // The app starts after the page's load event (renderer/src/main.tsx): wait until it has
      // sent the participant address on to the session screen, or that redirect could come
      // after the next navigation and undo it.
      await expect(page).toHaveURL(`${app.url}#/session/${id}/${method}`);
    }

    // The live workshop: the projector before and after the reveal, and a phone.
    const api = await FacilitatorApi.connect(app.url);
    for (const method of METHODS) {
      const status = await api.liveStart(id, method);
      await api.execute(id, { type: `${method}.setRevealed`, revealed: false });
      await page.goto(`${app.url}#/projector/${id}/${method}`);
      await expect(page.getByTestId('projector-join')).toBeVisible();
      await check(`projector-${method}-join`);
      await api.execute(id, { type: `${method}.setRevealed`, revealed: true });
      await expect(page.getByTestId('projector-join')).toBeHidden();
      await check(`projector-${method}-results`);

      await page.goto(status.addresses[0]!.url);
      await expect(page.getByRole('button', { name: GROUP, exact: true })).toBeVisible();
      await check(`phone-${method}-group`);
      await page.getByRole('button', { name: GROUP, exact: true }).click();
      await check(`phone-${method}-form`);
    }

    expect(problems, `layout problems:\n${problems.join('\n')}`).toEqual([]);
  });
}

async function importSession(app: App, language: 'nl' | 'en'): Promise<string> {
  const file = join(app.dataDir, `screens-${language}.klantkompas.json`);
  await writeFile(file, exportSessionFile(screensSession(language)).json);
  return lastLine(await app.cli('sessions', 'import', file));
}

/** Two frames after the last change, fonts loaded: the layout the user would see. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    await frame();
    await frame();
  });
}

/** The first wish's two questions, so that "Klaar" has something to hand in. */
async function answerFirstWish(page: Page): Promise<void> {
  const wish = page.getByTestId('kiosk-wish').first();
  for (const question of await wish.locator('.kano-kiosk-answers').all())
    await question.getByRole('button').first().click();
}
