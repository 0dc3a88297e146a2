/**
 * Keeps the application menu in step with the settings: it is rebuilt from `menuTemplate`
 * whenever the language, theme or projector mode it shows differs from the settings saved.
 */
import type { Menu, MenuItemConstructorOptions } from 'electron';
import type { WorkspaceSettings } from '../../shared/contract/workspace';
import { pickLocale, type Locale } from '../../shared/i18n';
import { menuTemplate, type MenuActions, type MenuState } from './menuTemplate';

/** The part of Electron's `Menu` module used. */
export interface MenuModule {
  buildFromTemplate(template: MenuItemConstructorOptions[]): Menu;
  setApplicationMenu(menu: Menu | null): void;
}

/**
 * The system's language for the menu and dialogs until the student picks one: the first of
 * the preferred languages Puerto speaks, as the page decides it too.
 */
export function systemLocaleOf(languages: readonly string[], fallback: string): Locale {
  const spoken = languages.find((tag) => /^(es|en)\b/i.test(tag));
  return pickLocale(spoken ?? fallback);
}

/** What the menu shows for saved settings; a setting never chosen follows the system. */
export function menuStateFrom(settings: WorkspaceSettings, systemLocale: Locale): MenuState {
  return {
    locale: settings.locale ?? systemLocale,
    theme: settings.theme ?? 'system',
    projector: settings.projector,
  };
}

export interface ApplicationMenu {
  state(): MenuState;
  /** Rebuilds the menu if `next` changes what it shows. */
  update(next: MenuState): void;
}

export function createApplicationMenu(options: {
  menu: MenuModule;
  actions: MenuActions;
  initial: MenuState;
  platform?: NodeJS.Platform;
}): ApplicationMenu {
  const { menu, actions, platform } = options;
  let current = options.initial;

  const apply = (): void => {
    const { locale, ...view } = current;
    menu.setApplicationMenu(menu.buildFromTemplate(menuTemplate(locale, view, actions, platform)));
  };
  apply();

  return {
    state: () => current,
    update(next) {
      if (
        next.locale === current.locale &&
        next.theme === current.theme &&
        next.projector === current.projector
      ) {
        return;
      }
      current = next;
      apply();
    },
  };
}
