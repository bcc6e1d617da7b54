import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { lastLine, type App } from '../fixtures';

/**
 * Every participant answer the tests import carries this word, so "an answer is on the
 * screen" is one check: the page's text or the value of any of its boxes contains it.
 */
export const SECRET = 'Qwerty';

/** Participants whose answers must never show in participant mode; all three methods, group "MT". */
export const SECRET_CSV = {
  culture: [
    'participant,group,current_1,current_2,current_3,current_4,desired_1,desired_2,desired_3,desired_4',
    `${SECRET} een,MT,${SECRET}zaam,traag,,,${SECRET}snel,open,,`,
  ].join('\n'),
  kano: [
    'respondent,group,wish,functional,dysfunctional,importance',
    `Mevrouw ${SECRET},MT,Gratis parkeren,Like,Dislike,7`,
  ].join('\n'),
  excellence: [
    'participant,group,block,now,target,comment',
    `Meneer ${SECRET},MT,1,7,8,${SECRET} opmerking`,
  ].join('\n'),
};

/** A new session where every method has one participant of group MT, with the secret in the answers. */
export async function sessionWithSecretAnswers(app: App, name = 'Bewaakt'): Promise<string> {
  const id = lastLine(await app.cli('sessions', 'create', '--name', name));
  for (const [method, csv] of Object.entries(SECRET_CSV)) {
    const file = join(app.dataDir, `${method}.csv`);
    await writeFile(file, csv);
    await app.cli('import', method, file, '--session', id);
  }
  return id;
}

/**
 * Watches the page from its first moment (and again after every reload) for a participant's
 * answer: `everShown()` is true if one was ever on the screen since the last `reset()`, however
 * briefly (a flash of the facilitator's grid before a guard put the participant page back).
 */
export class AnswerWatch {
  private constructor(private readonly page: Page) {}

  static async install(page: Page): Promise<AnswerWatch> {
    await page.addInitScript((secret: string) => {
      const w = window as unknown as { __answerShown: boolean };
      w.__answerShown = false;
      const check = () => {
        if (AnswerWatchShows(secret)) w.__answerShown = true;
      };
      function AnswerWatchShows(word: string): boolean {
        const pattern = new RegExp(word, 'i');
        if (pattern.test(document.body?.innerText ?? '')) return true;
        return [
          ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'),
        ].some((box) => pattern.test(box.value));
      }
      new MutationObserver(check).observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    }, SECRET);
    return new AnswerWatch(page);
  }

  /** Is an answer on the screen now? */
  async showsNow(): Promise<boolean> {
    return this.page.evaluate((secret) => {
      const pattern = new RegExp(secret, 'i');
      if (pattern.test(document.body.innerText)) return true;
      return [
        ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'),
      ].some((box) => pattern.test(box.value));
    }, SECRET);
  }

  async everShown(): Promise<boolean> {
    return this.page.evaluate(
      () => (window as unknown as { __answerShown: boolean }).__answerShown,
    );
  }

  async reset(): Promise<void> {
    await this.page.evaluate(() => {
      (window as unknown as { __answerShown: boolean }).__answerShown = false;
    });
  }
}
