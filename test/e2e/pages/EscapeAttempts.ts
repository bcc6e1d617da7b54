import type { Page } from '@playwright/test';

/**
 * The ways a participant (or a careless hand) tries to leave the participant page, as real
 * input where the test browser allows it.
 *
 * Keys: Playwright's key presses reach the page, not Chromium's own shortcut handling (in the
 * test browser Alt+← does not go back even on a plain page), so for keys the check is that the
 * page refused the key (`defaultPrevented` seen by a listener after the page's own), which is
 * what stops the browser. The mouse's side buttons, Back and history steps are the real thing:
 * the Back button is sent through the DevTools protocol (Playwright's mouse has no side buttons),
 * and Chromium goes back on it unless the page refuses it.
 */
export class EscapeAttempts {
  constructor(private readonly page: Page) {}

  /** Records, for the next key press, whether the page refused it (see above). */
  async pressOutsideAnyField(key: string): Promise<{ refused: boolean }> {
    await this.page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      const w = window as unknown as { __refused?: boolean | null };
      w.__refused = null;
      const modifiers = ['Alt', 'Control', 'Shift', 'Meta'];
      const onKey = (event: KeyboardEvent) => {
        if (modifiers.includes(event.key)) return;
        w.__refused = event.defaultPrevented;
        window.removeEventListener('keydown', onKey);
      };
      window.addEventListener('keydown', onKey);
    });
    await this.page.keyboard.press(key);
    const refused = await this.page.evaluate(
      () => (window as unknown as { __refused?: boolean | null }).__refused,
    );
    if (refused === null || refused === undefined) throw new Error(`${key} never reached the page`);
    return { refused };
  }

  /**
   * The mouse's Back (or Forward) side button, pressed and released in the middle of the page;
   * whether the page refused the release (Chromium goes back on it otherwise).
   */
  async mouseSideButton(button: 'back' | 'forward'): Promise<{ refused: boolean }> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __refused?: boolean | null };
      w.__refused = null;
      window.addEventListener(
        'mouseup',
        (event) => {
          w.__refused = event.defaultPrevented;
        },
        { once: true },
      );
    });
    const cdp = await this.page.context().newCDPSession(this.page);
    const { width, height } = this.page.viewportSize()!;
    const at = { x: Math.round(width / 2), y: Math.round(height / 2), clickCount: 1 };
    await cdp.send('Input.dispatchMouseEvent', {
      type: 'mousePressed',
      button,
      buttons: button === 'back' ? 8 : 16,
      ...at,
    });
    await cdp.send('Input.dispatchMouseEvent', {
      type: 'mouseReleased',
      button,
      buttons: 0,
      ...at,
    });
    await cdp.detach();
    const refused = await this.page.evaluate(
      () => (window as unknown as { __refused?: boolean | null }).__refused,
    );
    if (refused === null || refused === undefined)
      throw new Error(`${button} never reached the page`);
    return { refused };
  }

  /** `history.go(-steps)` from a script, resolved once the page has seen the step (popstate). */
  async historyBack(steps = 1): Promise<void> {
    await this.page.evaluate(
      (n) =>
        new Promise<void>((resolve) => {
          window.addEventListener('popstate', () => resolve(), { once: true });
          history.go(-n);
        }),
      steps,
    );
  }

  /** The address typed or set by a script: the facilitator's tab of the method. */
  async setAddress(hash: string): Promise<void> {
    await this.page.evaluate(
      (h) =>
        new Promise<void>((resolve) => {
          window.addEventListener('hashchange', () => resolve(), { once: true });
          location.hash = h;
        }),
      hash,
    );
  }
}
