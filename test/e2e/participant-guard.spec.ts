import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AnswerWatch, sessionWithSecretAnswers } from './pages/AnswerWatch';
import { EscapeAttempts } from './pages/EscapeAttempts';
import { ParticipantMode } from './pages/ParticipantMode';

type Method = 'culture' | 'kano' | 'excellence';
const METHODS: readonly Method[] = ['culture', 'kano', 'excellence'];

/** Half an answer on the participant page, and how to see it is still there. */
const DRAFT: Record<Method, { fill(page: Page): Promise<void>; kept(page: Page): Locator }> = {
  culture: {
    fill: (page) => page.getByLabel('Huidige cultuur: Woord 1', { exact: true }).fill('half'),
    kept: (page) => page.getByLabel('Huidige cultuur: Woord 1', { exact: true }),
  },
  kano: {
    fill: (page) =>
      page
        .getByRole('group', { name: /er is\?$/ })
        .getByRole('button', { name: 'Leuk', exact: true })
        .click(),
    kept: (page) =>
      page
        .getByRole('group', { name: /er is\?$/ })
        .getByRole('button', { name: 'Leuk', exact: true }),
  },
  excellence: {
    fill: async (page) => {
      await page.getByRole('button', { name: 'Beginnen' }).click();
      await page
        .getByRole('group', { name: 'Waar staan we nu?' })
        .getByRole('button', { name: '7', exact: true })
        .click();
    },
    kept: (page) =>
      page
        .getByRole('group', { name: 'Waar staan we nu?' })
        .getByRole('button', { name: '7', exact: true }),
  },
};

async function expectDraftKept(method: Method, page: Page): Promise<void> {
  const kept = DRAFT[method].kept(page);
  if (method === 'culture') await expect(kept).toHaveValue('half');
  else await expect(kept).toHaveAttribute('aria-pressed', 'true');
}

for (const method of METHODS) {
  test(`${method}: no key, mouse button, history step or reload leaves participant mode`, async ({
    page,
    app,
  }) => {
    const id = await sessionWithSecretAnswers(app);
    const watch = await AnswerWatch.install(page);
    const attempts = new EscapeAttempts(page);
    const mode = new ParticipantMode(page);
    const facilitatorTab = `#/session/${id}/${method}?view=entry`;

    // Some history behind the participant page: the sessions, then the method's tab.
    await page.goto(`${app.url}#/`);
    await page.goto(`${app.url}${facilitatorTab}`);
    await mode.start();
    await mode.chooseGroup('MT');
    await DRAFT[method].fill(page);
    await watch.reset();

    /** Still the participant page, the half answer still there, and no answer ever shown. */
    const stillParticipantMode = async () => {
      await expect(page).toHaveURL(new RegExp(`#/kiosk/${id}/${method}$`));
      await expect(page.getByTestId('participant-page')).toBeVisible();
      await expectDraftKept(method, page);
      expect(await watch.everShown()).toBe(false);
    };

    for (const key of [
      'Alt+ArrowLeft',
      'Alt+ArrowRight',
      'Backspace',
      'F5',
      'Control+r',
      'Control+Shift+r',
      'Meta+BracketLeft',
      'F12',
    ]) {
      await test.step(`${key} outside a field is refused`, async () => {
        expect(await attempts.pressOutsideAnyField(key)).toEqual({ refused: true });
        await stillParticipantMode();
      });
    }

    for (const button of ['back', 'forward'] as const) {
      await test.step(`the mouse's ${button} button is refused`, async () => {
        expect(await attempts.mouseSideButton(button)).toEqual({ refused: true });
        await stillParticipantMode();
      });
    }

    await test.step('Back (page.goBack), twice', async () => {
      await page.goBack();
      await stillParticipantMode();
      await page.goBack();
      await stillParticipantMode();
    });

    await test.step('history.back() and history.go(-2) from a script', async () => {
      await attempts.historyBack();
      await stillParticipantMode();
      await attempts.historyBack(2);
      await stillParticipantMode();
    });

    await test.step('an address set to the facilitator tab, the sessions and an unknown page', async () => {
      for (const address of [facilitatorTab, '#/', '#/nowhere']) {
        await attempts.setAddress(address);
        await stillParticipantMode();
      }
    });

    await test.step('a reload asks first, and lands in participant mode again', async () => {
      const asked = page.waitForEvent('dialog');
      const reloaded = page.reload();
      const dialog = await asked;
      expect(dialog.type()).toBe('beforeunload');
      await dialog.accept();
      await reloaded;
      await expect(page).toHaveURL(new RegExp(`#/kiosk/${id}/${method}$`));
      await expect(page.getByRole('heading', { name: 'Tot welke groep hoor je?' })).toBeVisible();
      expect(await watch.everShown()).toBe(false);
      // And Back still goes nowhere after the reload.
      await page.goBack();
      await expect(page.getByRole('heading', { name: 'Tot welke groep hoor je?' })).toBeVisible();
      expect(await watch.everShown()).toBe(false);
    });

    await test.step('the PIN leaves, to the facilitator tab with the answers closed', async () => {
      await mode.leave();
      await expect(page.getByTestId('participant-page')).toHaveCount(0);
      expect(await watch.showsNow()).toBe(false);
    });
  });
}
