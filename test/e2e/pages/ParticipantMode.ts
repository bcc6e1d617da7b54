import { expect, type Page } from '@playwright/test';

const PIN = '2468';

/** Participant mode on the facilitator's laptop, in the words on the screen (Dutch). */
export class ParticipantMode {
  constructor(private readonly page: Page) {}

  /** From a method tab: asks for a PIN and opens the participant page. */
  async start(pin = PIN): Promise<void> {
    await this.page.getByRole('button', { name: 'Deelnemersmodus' }).click();
    await this.page.getByRole('dialog').getByLabel('Pincode').fill(pin);
    await this.page.getByRole('button', { name: 'Start deelnemersmodus' }).click();
    await expect(this.page).toHaveURL(/#\/kiosk\//);
  }

  /** Back to the facilitator's tab with the PIN. */
  async leave(pin = PIN): Promise<void> {
    await this.page.getByRole('button', { name: 'Begeleider' }).click();
    await this.page.getByRole('dialog').getByLabel('Pincode').fill(pin);
    await this.page.getByRole('button', { name: 'Verlaten' }).click();
    await expect(this.page).toHaveURL(/#\/session\//);
  }

  /** The one "Klaar" of every method's participant page. */
  get done() {
    return this.page.getByRole('button', { name: 'Klaar', exact: true });
  }

  get thanks() {
    return this.page.getByRole('status').filter({ hasText: 'Dank je wel!' });
  }

  async nextParticipant(): Promise<void> {
    await this.page.getByRole('button', { name: 'Volgende deelnemer' }).click();
  }

  async chooseGroup(name: string): Promise<void> {
    await expect(
      this.page.getByRole('heading', { name: 'Tot welke groep hoor je?' }),
    ).toBeVisible();
    await this.page.getByRole('button', { name, exact: true }).click();
  }
}
