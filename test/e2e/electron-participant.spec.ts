import { expect, test } from './fixtures';
import { ELECTRON_BINARY, launchElectronApp } from './electronApp';
import { ParticipantMode } from './pages/ParticipantMode';

test.describe('participant mode in the desktop window (Electron)', () => {
  test.skip(
    ELECTRON_BINARY === null,
    'Electron binary not installed; run `npm run electron:install`.',
  );

  test('kiosk while in participant mode, closing refused; both undone by the PIN', async () => {
    const { app } = await launchElectronApp();
    const page = await app.firstWindow();
    const isKiosk = () =>
      app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.isKiosk());

    await page.getByRole('button', { name: 'Nieuwe sessie' }).click();
    await page.getByRole('dialog').getByLabel('Naam van de sessie').fill('Kiosk');
    await page.getByRole('dialog').getByRole('button', { name: 'Aanmaken' }).click();
    const mode = new ParticipantMode(page);
    await mode.start();
    await expect.poll(isKiosk).toBe(true);

    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close());
    await expect(page.getByTestId('participant-page')).toBeVisible();
    expect(app.windows()).toHaveLength(1);

    await mode.leave();
    await expect.poll(isKiosk).toBe(false);
    await app.close();
  });
});
