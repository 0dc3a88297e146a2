import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BaseWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLabFiles, withLabExtension } from '../../electron/main/labFiles';
import { createWorkspaceFile, type WorkspaceFile } from '../../electron/workspace';
import {
  LAB_FILE_KIND,
  MAX_LAB_FILE_BYTES,
  parseLabFile,
  workspaceWithLab,
} from '../../shared/contract/labFile';
import type { Locale } from '../../shared/i18n';
import { emptyWorkspace, type ServerPlan, type Workspace } from '../../shared/contract/workspace';
import { dialog, FakeBrowserWindow, resetElectronDouble } from '../doubles/electron';

const echoPlan: ServerPlan = {
  key: 'eco-tcp',
  protocol: 'tcp',
  port: 7007,
  bind: { mode: 'all' },
  behaviour: { name: 'echo' },
  concurrency: 'concurrent',
  autostart: false,
};

const studentPlan: ServerPlan = { ...echoPlan, key: 'mine', protocol: 'udp', port: 9999 };

function labText(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    kind: LAB_FILE_KIND,
    version: 1,
    title: 'Práctica 1: eco',
    servers: [echoPlan],
    snippets: [{ id: 's1', name: 'Hola', mode: 'text', text: 'hola\r\n' }],
    ...overrides,
  });
}

describe('parseLabFile', () => {
  it('reads a lab file, filling the defaults the workspace schemas give', () => {
    const parsed = parseLabFile(labText());
    expect(parsed).toMatchObject({
      ok: true,
      lab: { title: 'Práctica 1: eco', servers: [echoPlan] },
    });
    expect(parsed.ok && parsed.lab.snippets?.[0]).toMatchObject({
      lineEnding: 'none',
      encoding: 'utf-8',
    });
  });

  it('says what is wrong with a file that is not one', () => {
    expect(parseLabFile('{"kind": "puerto-lab", ')).toEqual({
      ok: false,
      problem: { reason: 'notJson', params: {} },
    });
    expect(parseLabFile('{"version": 1, "servers": []}')).toMatchObject({
      problem: { reason: 'notLabFile' },
    });
    expect(parseLabFile(labText({ version: 7 }))).toEqual({
      ok: false,
      problem: { reason: 'otherVersion', params: { version: '7' } },
    });
    expect(parseLabFile(labText({ servers: [{ ...echoPlan, port: 70000 }] }))).toEqual({
      ok: false,
      problem: { reason: 'invalidValue', params: { field: 'servers.0.port' } },
    });
  });

  it('replaces servers and snippets and keeps the settings when opened', () => {
    const parsed = parseLabFile(labText({ servers: [] }));
    if (!parsed.ok) throw new Error('not parsed');
    const before: Workspace = {
      ...emptyWorkspace(),
      servers: [studentPlan],
      settings: { locale: 'es', projector: true },
    };

    expect(workspaceWithLab(before, parsed.lab)).toMatchObject({
      servers: [],
      snippets: [{ id: 's1' }],
      settings: { locale: 'es', projector: true },
    });
  });
});

describe('lab files in the main process', () => {
  let directory: string;
  let file: WorkspaceFile;
  let window: FakeBrowserWindow;
  let locale: Locale;
  let replaced: number;

  beforeEach(async () => {
    resetElectronDouble();
    directory = await mkdtemp(join(tmpdir(), 'puerto-lab-files-'));
    file = createWorkspaceFile({ directory });
    await file.save({
      ...emptyWorkspace(),
      servers: [studentPlan],
      settings: { locale: 'es', theme: 'dark', projector: true },
    });
    window = new FakeBrowserWindow();
    locale = 'en';
    replaced = 0;
  });
  afterEach(async () => {
    await file.settled();
    await rm(directory, { recursive: true, force: true });
  });

  function labFiles() {
    return createLabFiles({
      workspace: file,
      dialog,
      window: () => window as unknown as BaseWindow,
      locale: () => locale,
      onWorkspaceReplaced: () => (replaced += 1),
    });
  }

  async function onDisk(): Promise<Workspace> {
    await file.settled();
    return JSON.parse(await readFile(join(directory, 'workspace.json'), 'utf8')) as Workspace;
  }

  const errorBoxes = () => dialog.optionsOf('messageBox').filter((box) => box.type === 'error');

  it('opens a good lab file into the workspace file and tells the page', async () => {
    const path = join(directory, 'eco.puerto');
    await writeFile(path, labText());

    expect(await labFiles().open(path)).toBe(true);

    const saved = await onDisk();
    expect(saved.servers).toEqual([echoPlan]);
    expect(saved.snippets.map((snippet) => snippet.id)).toEqual(['s1']);
    expect(saved.settings).toEqual({ locale: 'es', theme: 'dark', projector: true });
    expect(replaced).toBe(1);
    expect(errorBoxes()).toEqual([]);
  });

  it('shows an instructor’s notes once the lab is open', async () => {
    const path = join(directory, 'notes.puerto');
    await writeFile(path, labText({ notes: 'Arranca el eco y conéctate desde otro PC.' }));

    await labFiles().open(path);

    expect(dialog.optionsOf('messageBox')).toEqual([
      expect.objectContaining({
        type: 'info',
        message: 'Práctica 1: eco',
        detail: 'Arranca el eco y conéctate desde otro PC.',
      }),
    ]);
  });

  it('accepts a file saved with a byte order mark', async () => {
    const path = join(directory, 'bom.puerto');
    await writeFile(path, `\uFEFF${labText()}`);

    expect(await labFiles().open(path)).toBe(true);
  });

  it('explains a damaged file in the student’s language and leaves the workspace alone', async () => {
    const path = join(directory, 'roto.puerto');
    await writeFile(path, labText({ servers: [{ ...echoPlan, protocol: 'sctp' }] }));
    const before = await readFile(join(directory, 'workspace.json'), 'utf8');
    locale = 'es';

    expect(await labFiles().open(path)).toBe(false);

    expect(errorBoxes()).toEqual([
      expect.objectContaining({
        title: 'No se pudo abrir el archivo de práctica',
        message: 'No se pudo abrir roto.puerto: el valor de «servers.0.protocol» no es válido.',
        detail: 'Tu espacio de trabajo no ha cambiado.',
      }),
    ]);
    expect(dialog.shown[0]?.parent).toBe(window);
    expect(await readFile(join(directory, 'workspace.json'), 'utf8')).toBe(before);
    expect((await file.load()).workspace.servers).toEqual([studentPlan]);
    expect(replaced).toBe(0);
  });

  it('explains a file that is not JSON, is missing, or is far too large', async () => {
    const notJson = join(directory, 'notes.puerto');
    const large = join(directory, 'large.puerto');
    await writeFile(notJson, 'servers: eco 7007');
    await writeFile(large, Buffer.alloc(MAX_LAB_FILE_BYTES + 1, 0x20));

    await labFiles().open(notJson);
    await labFiles().open(join(directory, 'missing.puerto'));
    await labFiles().open(large);

    expect(errorBoxes().map((box) => box.message)).toEqual([
      'notes.puerto could not be opened: it is not valid JSON (it may have been cut short, or edited by hand).',
      'missing.puerto could not be opened: the system refused to read it (ENOENT).',
      'large.puerto could not be opened: it is too large to be a lab file (9 MB).',
    ]);
    expect(replaced).toBe(0);
  });

  it('opens what the open dialog returns, and nothing when it is cancelled', async () => {
    const path = join(directory, 'eco.puerto');
    await writeFile(path, labText());

    await labFiles().openChosen();
    expect(replaced).toBe(0);
    expect(dialog.optionsOf('open')[0]).toMatchObject({
      title: 'Open lab file',
      filters: [{ name: 'Puerto lab files', extensions: ['puerto'] }],
    });

    dialog.openPaths = [path];
    await labFiles().openChosen();
    expect(replaced).toBe(1);
    expect((await onDisk()).servers).toEqual([echoPlan]);
  });

  it('saves the workspace’s servers and snippets as a lab file that opens again', async () => {
    dialog.savePath = join(directory, 'mi-practica');

    await labFiles().saveChosen();

    const written = await readFile(join(directory, 'mi-practica.puerto'), 'utf8');
    const parsed = parseLabFile(written);
    expect(parsed).toMatchObject({ ok: true, lab: { kind: 'puerto-lab', servers: [studentPlan] } });
    expect(written).not.toContain('projector');

    const other = createWorkspaceFile({ directory: join(directory, 'other') });
    const openedElsewhere = createLabFiles({
      workspace: other,
      dialog,
      window: () => window as unknown as BaseWindow,
      locale: () => 'en',
      onWorkspaceReplaced: () => {},
    });
    expect(await openedElsewhere.open(join(directory, 'mi-practica.puerto'))).toBe(true);
    expect((await other.load()).workspace.servers).toEqual([studentPlan]);
    await other.settled();
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    await labFiles().saveChosen();

    expect(dialog.optionsOf('save')).toEqual([
      expect.objectContaining({ defaultPath: 'lab.puerto' }),
    ]);
  });

  it('explains a lab file that cannot be written', async () => {
    const blocker = join(directory, 'a-file');
    await writeFile(blocker, 'x');
    dialog.savePath = join(blocker, 'lab.puerto');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});

    await labFiles().saveChosen();

    expect(errorBoxes()).toEqual([
      expect.objectContaining({
        title: 'The lab file could not be saved',
        message: expect.stringMatching(
          /^lab\.puerto could not be saved: the system refused to write it \(E[A-Z]+\)\.$/,
        ),
      }),
    ]);
    logged.mockRestore();
  });

  it('adds the extension only when it is missing', () => {
    expect(withLabExtension('/x/lab')).toBe('/x/lab.puerto');
    expect(withLabExtension('/x/Lab.PUERTO')).toBe('/x/Lab.PUERTO');
  });
});
