import { readFileSync } from 'node:fs';
import type { MenuItem, MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { aboutFactsOf, aboutOptions, PUERTO_LICENSE } from '../../electron/main/aboutDialog';
import {
  createApplicationMenu,
  menuStateFrom,
  systemLocaleOf,
} from '../../electron/main/applicationMenu';
import { menuTemplate, type MenuActions } from '../../electron/main/menuTemplate';
import { noticeSettings } from '../../electron/main/settingsWatch';
import { memoryWorkspaceHandlers } from '../../electron/workspace';
import { emptyWorkspace, type WorkspaceSettings } from '../../shared/contract/workspace';
import { Menu, resetElectronDouble } from '../doubles/electron';

type Item = MenuItemConstructorOptions;

function recordingActions(): MenuActions & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      void calls.push([name, ...args]);
  return {
    calls,
    openLabFile: record('openLabFile'),
    saveLabFile: record('saveLabFile'),
    exportCapture: record('exportCapture'),
    quit: record('quit'),
    setLocale: record('setLocale'),
    setTheme: record('setTheme'),
    setProjector: record('setProjector'),
    showAbout: record('showAbout'),
    showConcepts: record('showConcepts'),
  };
}

const submenuOf = (item: Item | undefined): Item[] => (item?.submenu ?? []) as Item[];

/** The item reached by following labels, e.g. `['View', 'Theme', 'Dark']`. */
function find(template: readonly Item[], path: readonly string[]): Item {
  let items: readonly Item[] = template;
  let found: Item | undefined;
  for (const label of path) {
    found = items.find((item) => item.label === label);
    if (found === undefined) {
      throw new Error(`No "${label}" among ${items.map((item) => item.label).join(', ')}`);
    }
    items = submenuOf(found);
  }
  return found as Item;
}

/** What Electron does on a click: a checkbox flips before `click` runs. */
function click(item: Item): void {
  const checked = item.type === 'checkbox' ? !item.checked : item.checked;
  item.click?.({ checked } as MenuItem, undefined, {} as never);
}

const labels = (items: readonly Item[]) =>
  items.filter((item) => item.type !== 'separator').map((item) => item.label);

const viewState = { theme: 'dark', projector: true } as const;

describe('menuTemplate', () => {
  it('has File, Edit, View and Help in English on Windows and Linux', () => {
    const template = menuTemplate('en', viewState, recordingActions(), 'win32');

    expect(labels(template)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labels(submenuOf(template[0]))).toEqual([
      'Open lab file…',
      'Save lab file as…',
      'Export capture…',
      'Quit Puerto',
    ]);
    expect(labels(submenuOf(find(template, ['View'])))).toEqual([
      'Language',
      'Theme',
      'Projector mode',
    ]);
    expect(labels(submenuOf(find(template, ['Help'])))).toEqual([
      'Lecture concepts…',
      'About Puerto',
    ]);
  });

  it('speaks Spanish when the language is Spanish', () => {
    const template = menuTemplate('es', viewState, recordingActions(), 'linux');

    expect(labels(template)).toEqual(['Archivo', 'Edición', 'Ver', 'Ayuda']);
    expect(labels(submenuOf(template[0]))).toEqual([
      'Abrir archivo de práctica…',
      'Guardar archivo de práctica como…',
      'Exportar captura…',
      'Salir de Puerto',
    ]);
    expect(labels(submenuOf(find(template, ['Ver', 'Tema'])))).toEqual([
      'Igual que el sistema',
      'Claro',
      'Oscuro',
    ]);
    expect(find(template, ['Ayuda', 'Acerca de Puerto'])).toBeDefined();
    expect(find(template, ['Ayuda', 'Conceptos de la lección…'])).toBeDefined();
  });

  it('names each language in itself, whatever the menu’s language', () => {
    for (const locale of ['en', 'es'] as const) {
      const view = locale === 'en' ? 'View' : 'Ver';
      const language = locale === 'en' ? 'Language' : 'Idioma';
      const template = menuTemplate(locale, viewState, recordingActions(), 'linux');
      expect(labels(submenuOf(find(template, [view, language])))).toEqual(['English', 'Español']);
    }
  });

  it('gives the file items their usual accelerators', () => {
    const template = menuTemplate('en', viewState, recordingActions(), 'win32');

    expect(find(template, ['File', 'Open lab file…']).accelerator).toBe('CmdOrCtrl+O');
    expect(find(template, ['File', 'Save lab file as…']).accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(find(template, ['File', 'Export capture…']).accelerator).toBe('CmdOrCtrl+E');
    expect(find(template, ['File', 'Quit Puerto']).accelerator).toBe('CmdOrCtrl+Q');
    expect(find(template, ['Help', 'Lecture concepts…']).accelerator).toBe('F1');
  });

  it('shows the page’s projector key without registering it a second time', () => {
    const projector = find(menuTemplate('en', viewState, recordingActions(), 'linux'), [
      'View',
      'Projector mode',
    ]);

    expect(projector.accelerator).toBe('Alt+P');
    expect(projector.registerAccelerator).toBe(false);
  });

  it('checks the current language, theme and projector mode', () => {
    const checked = (template: Item[], path: string[]) =>
      submenuOf(find(template, path))
        .filter((item) => item.checked === true)
        .map((item) => item.label);
    const dark = menuTemplate(
      'es',
      { theme: 'dark', projector: true },
      recordingActions(),
      'linux',
    );
    const system = menuTemplate('en', { theme: 'system', projector: false }, recordingActions());

    expect(checked(dark, ['Ver', 'Idioma'])).toEqual(['Español']);
    expect(checked(dark, ['Ver', 'Tema'])).toEqual(['Oscuro']);
    expect(find(dark, ['Ver', 'Modo proyector']).checked).toBe(true);
    expect(find(dark, ['Ver', 'Tema', 'Oscuro']).type).toBe('radio');
    expect(checked(system, ['View', 'Language'])).toEqual(['English']);
    expect(checked(system, ['View', 'Theme'])).toEqual(['Same as the system']);
    expect(find(system, ['View', 'Projector mode']).checked).toBe(false);
  });

  it('calls the matching action for every item', () => {
    const actions = recordingActions();
    const template = menuTemplate('en', { theme: 'light', projector: false }, actions, 'win32');

    click(find(template, ['File', 'Open lab file…']));
    click(find(template, ['File', 'Save lab file as…']));
    click(find(template, ['File', 'Export capture…']));
    click(find(template, ['File', 'Quit Puerto']));
    click(find(template, ['View', 'Language', 'Español']));
    click(find(template, ['View', 'Theme', 'Same as the system']));
    click(find(template, ['View', 'Theme', 'Dark']));
    click(find(template, ['View', 'Projector mode']));
    click(find(template, ['Help', 'Lecture concepts…']));
    click(find(template, ['Help', 'About Puerto']));

    expect(actions.calls).toEqual([
      ['openLabFile'],
      ['saveLabFile'],
      ['exportCapture'],
      ['quit'],
      ['setLocale', 'es'],
      ['setTheme', 'system'],
      ['setTheme', 'dark'],
      ['setProjector', true],
      ['showConcepts'],
      ['showAbout'],
    ]);
  });

  it('turns projector mode off when it was on', () => {
    const actions = recordingActions();
    click(find(menuTemplate('en', viewState, actions, 'linux'), ['View', 'Projector mode']));

    expect(actions.calls).toEqual([['setProjector', false]]);
  });

  it('opens with the app menu on macOS, holding About and a Quit that asks first', () => {
    const actions = recordingActions();
    const template = menuTemplate('es', viewState, actions, 'darwin');
    const [appMenu] = template;

    expect(appMenu?.role).toBe('appMenu');
    expect(labels(template).slice(1)).toEqual(['Archivo', 'Edición', 'Ver', 'Ayuda']);
    expect(labels(submenuOf(appMenu))).toEqual([
      'Acerca de Puerto',
      'Ocultar Puerto',
      'Ocultar otros',
      'Mostrar todo',
      'Salir de Puerto',
    ]);
    // Quit is ours, not the `quit` role, so closing with servers running still asks.
    const quit = find(template, ['Puerto', 'Salir de Puerto']);
    expect(quit.role).toBeUndefined();
    click(quit);
    expect(actions.calls).toEqual([['quit']]);
    expect(labels(submenuOf(find(template, ['Archivo'])))).not.toContain('Salir de Puerto');
    expect(labels(submenuOf(find(template, ['Ayuda'])))).toEqual(['Conceptos de la lección…']);
  });

  it('keeps the edit roles that make copy and paste work in text boxes', () => {
    const edit = submenuOf(
      find(menuTemplate('en', viewState, recordingActions(), 'darwin'), ['Edit']),
    );

    expect(edit.map((item) => item.role).filter(Boolean)).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });
});

describe('application menu', () => {
  beforeEach(() => resetElectronDouble());

  const templateLabels = () => labels((Menu.getApplicationMenu()?.template ?? []) as Item[]);

  it('sets the menu at once, from the saved settings or the system language', () => {
    createApplicationMenu({
      menu: Menu as never,
      actions: recordingActions(),
      initial: menuStateFrom({ projector: false }, 'es'),
      platform: 'linux',
    });

    expect(Menu.setApplicationMenuCalls).toBe(1);
    expect(templateLabels()).toEqual(['Archivo', 'Edición', 'Ver', 'Ayuda']);
  });

  it('is rebuilt when a setting it shows changes, and only then', () => {
    const menu = createApplicationMenu({
      menu: Menu as never,
      actions: recordingActions(),
      initial: { locale: 'en', theme: 'system', projector: false },
      platform: 'linux',
    });

    menu.update({ locale: 'en', theme: 'system', projector: false });
    expect(Menu.setApplicationMenuCalls).toBe(1);

    menu.update({ locale: 'es', theme: 'system', projector: false });
    expect(Menu.setApplicationMenuCalls).toBe(2);
    expect(templateLabels()).toEqual(['Archivo', 'Edición', 'Ver', 'Ayuda']);

    menu.update({ locale: 'es', theme: 'dark', projector: true });
    expect(Menu.setApplicationMenuCalls).toBe(3);
    expect(menu.state()).toEqual({ locale: 'es', theme: 'dark', projector: true });
  });

  it('reads the menu state from settings, following the system where none was chosen', () => {
    expect(menuStateFrom({ projector: true }, 'es')).toEqual({
      locale: 'es',
      theme: 'system',
      projector: true,
    });
    expect(menuStateFrom({ locale: 'en', theme: 'light', projector: false }, 'es')).toEqual({
      locale: 'en',
      theme: 'light',
      projector: false,
    });
  });

  it('takes the first system language Puerto speaks', () => {
    expect(systemLocaleOf(['ca-ES', 'es-ES', 'en-US'], 'ca')).toBe('es');
    expect(systemLocaleOf(['de-DE', 'en-GB'], 'de')).toBe('en');
    expect(systemLocaleOf([], 'es-MX')).toBe('es');
    expect(systemLocaleOf(['fr-FR'], 'fr')).toBe('en');
  });
});

describe('noticeSettings', () => {
  it('reports the settings of every workspace saved, after the save', async () => {
    const seen: WorkspaceSettings[] = [];
    const inner = memoryWorkspaceHandlers();
    const handlers = noticeSettings(inner, (settings) => seen.push(settings));
    const workspace = { ...emptyWorkspace(), settings: { locale: 'es' as const, projector: true } };

    await handlers.saveWorkspace({ workspace });

    expect(seen).toEqual([{ locale: 'es', projector: true }]);
    expect((await inner.loadWorkspace({})).workspace.settings).toEqual({
      locale: 'es',
      projector: true,
    });
  });

  it('reports nothing when the save fails', async () => {
    const onSettings = vi.fn();
    const handlers = noticeSettings(
      {
        loadWorkspace: async () => ({ workspace: emptyWorkspace() }),
        saveWorkspace: async () => {
          throw new Error('disk full');
        },
      },
      onSettings,
    );

    await expect(handlers.saveWorkspace({ workspace: emptyWorkspace() })).rejects.toThrow();
    expect(onSettings).not.toHaveBeenCalled();
  });
});

describe('about dialog', () => {
  const facts = aboutFactsOf('1.2.3', { electron: '45.5.0', node: '22.20.0', chrome: '142.0' });

  it('names the version, what it runs on and the license, in both languages', () => {
    const english = aboutOptions('en', facts);
    const spanish = aboutOptions('es', facts);

    expect(english.title).toBe('About Puerto');
    expect(english.message).toBe('Puerto 1.2.3');
    expect(english.detail).toContain('Electron 45.5.0 · Node.js 22.20.0 · Chromium 142.0');
    expect(english.detail).toContain('License: MIT');
    expect(spanish.title).toBe('Acerca de Puerto');
    expect(spanish.detail).toContain('Licencia: MIT');
  });

  it('states the license package.json declares', () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as { license: string };
    expect(PUERTO_LICENSE).toBe(manifest.license);
  });

  it('says “?” for a version the runtime does not report', () => {
    expect(aboutFactsOf('1.0.0', { node: '20.0.0' })).toEqual({
      version: '1.0.0',
      electron: '?',
      node: '20.0.0',
      chrome: '?',
    });
  });
});
