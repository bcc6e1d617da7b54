import { expect, type Page } from '@playwright/test';

/** The sessions screen, in the words a facilitator would use (Dutch UI). */
export class HomePage {
  constructor(private readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { name: 'Klantkompas' })).toBeVisible();
  }

  row(name: string) {
    return this.page.getByTestId('session-row').filter({ hasText: name });
  }

  async createSession(fields: { name: string; organisation?: string; facilitator?: string }) {
    await this.page.getByRole('button', { name: 'Nieuwe sessie' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Naam van de sessie').fill(fields.name);
    if (fields.organisation) await dialog.getByLabel('Organisatie').fill(fields.organisation);
    if (fields.facilitator) await dialog.getByLabel('Begeleider').fill(fields.facilitator);
    await dialog.getByRole('button', { name: 'Aanmaken' }).click();
    await expect(this.page).toHaveURL(/#\/session\/[a-z0-9-]+\/settings$/);
    return /#\/session\/([a-z0-9-]+)\//.exec(this.page.url())![1]!;
  }
}
