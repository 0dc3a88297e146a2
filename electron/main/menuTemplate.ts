/**
 * The application menu, in the student's language. Built by a pure function from the language,
 * the View settings and the actions, so it is tested without Electron and rebuilt whole when a
 * setting changes (Electron menus cannot be relabelled in place). Items that act on the page's
 * state (capture, settings, the lecture dialog) are actions the main process forwards to it.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { translate, type Locale } from '../../shared/i18n';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface MenuState {
  locale: Locale;
  theme: ThemeChoice;
  projector: boolean;
}

export interface MenuActions {
  openLabFile(): void;
  saveLabFile(): void;
  exportCapture(): void;
  /** Closes the window the way its close button does, so running servers are asked about. */
  quit(): void;
  setLocale(locale: Locale): void;
  setTheme(theme: ThemeChoice): void;
  setProjector(projector: boolean): void;
  showAbout(): void;
  showConcepts(): void;
}

const LANGUAGES: readonly { locale: Locale; label: string }[] = [
  // Each language is named in itself, so a student lost in the other one still finds theirs.
  { locale: 'en', label: 'English' },
  { locale: 'es', label: 'Español' },
];
const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function menuTemplate(
  locale: Locale,
  state: Omit<MenuState, 'locale'>,
  actions: MenuActions,
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const text = (key: string) => translate(locale, `desktop.menu.${key}`);
  const mac = platform === 'darwin';
  const about: MenuItemConstructorOptions = {
    label: text('about'),
    click: () => actions.showAbout(),
  };
  const quit: MenuItemConstructorOptions = {
    label: text('quit'),
    accelerator: 'CmdOrCtrl+Q',
    click: () => actions.quit(),
  };

  // macOS puts About and Quit in the menu named after the app; the other systems in File and Help.
  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    label: 'Puerto',
    submenu: [
      about,
      separator,
      { role: 'hide', label: text('hide') },
      { role: 'hideOthers', label: text('hideOthers') },
      { role: 'unhide', label: text('showAll') },
      separator,
      quit,
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: text('file'),
    submenu: [
      { label: text('openLab'), accelerator: 'CmdOrCtrl+O', click: () => actions.openLabFile() },
      {
        label: text('saveLab'),
        accelerator: 'CmdOrCtrl+Shift+S',
        click: () => actions.saveLabFile(),
      },
      separator,
      {
        label: text('exportCapture'),
        accelerator: 'CmdOrCtrl+E',
        click: () => actions.exportCapture(),
      },
      ...(mac ? [] : [separator, quit]),
    ],
  };
  // Without these roles, copy and paste do not work in text boxes on macOS.
  const edit: MenuItemConstructorOptions = {
    label: text('edit'),
    submenu: [
      { role: 'undo', label: text('undo') },
      { role: 'redo', label: text('redo') },
      separator,
      { role: 'cut', label: text('cut') },
      { role: 'copy', label: text('copy') },
      { role: 'paste', label: text('paste') },
      { role: 'selectAll', label: text('selectAll') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: text('view'),
    submenu: [
      {
        label: text('language'),
        submenu: LANGUAGES.map((language) => ({
          label: language.label,
          type: 'radio' as const,
          checked: language.locale === locale,
          click: () => actions.setLocale(language.locale),
        })),
      },
      {
        label: text('theme'),
        submenu: THEMES.map((theme) => ({
          label: text(`themes.${theme}`),
          type: 'radio' as const,
          checked: theme === state.theme,
          click: () => actions.setTheme(theme),
        })),
      },
      separator,
      {
        label: text('projector'),
        type: 'checkbox',
        checked: state.projector,
        // The page already answers Alt+P; the menu only shows the key, or it would toggle twice.
        accelerator: 'Alt+P',
        registerAccelerator: false,
        // Electron has flipped `checked` by the time `click` runs.
        click: (item) => actions.setProjector(item.checked),
      },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: text('help'),
    submenu: [
      { label: text('concepts'), accelerator: 'F1', click: () => actions.showConcepts() },
      ...(mac ? [] : [separator, about]),
    ],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, help];
}
