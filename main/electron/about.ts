import { dialog, shell, type BrowserWindow } from 'electron';
import type { MenuText } from './menuMessages';

/**
 * "Over Klantkompas": the version, the data folder, and the licence notices of the libraries
 * bundled into the app (dist/licences.txt, written by scripts/licences.mjs at build time),
 * opened in the system's text viewer.
 */
export async function showAbout(options: {
  parent: BrowserWindow | null;
  version: string;
  dataDir: string;
  licencesFile: string;
  text: MenuText;
}): Promise<void> {
  const { text } = options;
  const box = {
    type: 'info' as const,
    title: text.about,
    message: `Klantkompas ${options.version}`,
    detail: `${text.aboutDetail}\n\n${text.aboutDataFolder}: ${options.dataDir}`,
    buttons: [text.aboutClose, text.aboutLicences, text.openDataFolder],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
  const { response } = options.parent
    ? await dialog.showMessageBox(options.parent, box)
    : await dialog.showMessageBox(box);
  if (response === 1) await shell.openPath(options.licencesFile);
  if (response === 2) await shell.openPath(options.dataDir);
}
