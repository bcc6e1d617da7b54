import { defineMessages } from '../../shared/i18n/define';
import type { Language } from '../../shared/session';

/** The application menu's texts, in the app's language (the page says which: LANGUAGE_CHANNEL). */
export const menuMessages = defineMessages(
  {
    file: 'Bestand',
    newSession: 'Nieuwe sessie',
    importSession: 'Sessie importeren…',
    exportSession: 'Sessie exporteren…',
    exportPdf: 'Rapport exporteren als PDF…',
    openDataFolder: 'Gegevensmap openen',
    edit: 'Bewerken',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    view: 'Beeld',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    zoomReset: 'Ware grootte',
    window: 'Venster',
    help: 'Help',
    about: 'Over Klantkompas',
    aboutDataFolder: 'Gegevensmap',
    aboutLicences: 'Licenties…',
    aboutClose: 'Sluiten',
    aboutDetail: 'Workshops over klantgerichtheid: cultuur, Kano en Service Excellence.',
    importTitle: 'Sessie importeren',
    importFilter: 'Klantkompas-sessie',
  },
  {
    file: 'File',
    newSession: 'New session',
    importSession: 'Import session…',
    exportSession: 'Export session…',
    exportPdf: 'Export report as PDF…',
    openDataFolder: 'Open data folder',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    view: 'View',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomReset: 'Actual size',
    window: 'Window',
    help: 'Help',
    about: 'About Klantkompas',
    aboutDataFolder: 'Data folder',
    aboutLicences: 'Licences…',
    aboutClose: 'Close',
    aboutDetail: 'Workshops on customer-centricity: culture, Kano and Service Excellence.',
    importTitle: 'Import session',
    importFilter: 'Klantkompas session',
  },
);

export type MenuText = Record<keyof (typeof menuMessages)['nl'], string>;

export function menuText(language: Language): MenuText {
  return menuMessages[language];
}
