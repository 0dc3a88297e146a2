/**
 * Opening and saving lab files (`.puerto`) in the main process. Opening reads and checks the
 * whole file before anything changes: a bad file is explained in a dialog, in the student's
 * language, and the workspace stays as it was. A good one replaces the workspace's servers and
 * snippets through the workspace file (so it survives a restart), keeps the settings, and the
 * page is told to load the workspace again.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BaseWindow, MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { LabFile, LabFileParse, LabFileProblem } from '../../shared/contract/labFile';
import {
  LAB_FILE_EXTENSION,
  MAX_LAB_FILE_BYTES,
  labFileFromWorkspace,
  parseLabFile,
  workspaceWithLab,
} from '../../shared/contract/labFile';
import type { Workspace } from '../../shared/contract/workspace';
import { translate, type Locale } from '../../shared/i18n';
import { writeFileAtomic } from '../workspace';

const MEBIBYTE = 1024 * 1024;

/** The parts of Electron's `dialog` used here, each shown over the app's window. */
export interface LabFileDialog {
  showOpenDialog(
    window: DialogParent,
    options: OpenDialogOptions,
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(
    window: DialogParent,
    options: SaveDialogOptions,
  ): Promise<{ canceled: boolean; filePath?: string }>;
  showMessageBox(window: DialogParent, options: MessageBoxOptions): Promise<{ response: number }>;
}

/** A window the dialogs belong to (Electron's `BaseWindow`). */
export type DialogParent = BaseWindow;

export interface LabFileWorkspace {
  load(): Promise<{ workspace: Workspace }>;
  save(workspace: Workspace): Promise<unknown>;
}

export interface LabFileHost {
  workspace: LabFileWorkspace;
  dialog: LabFileDialog;
  window: () => DialogParent;
  locale: () => Locale;
  /** The workspace file now holds the lab: the page must load it again. */
  onWorkspaceReplaced: () => void;
}

export interface LabFiles {
  /** Resolves true when the lab replaced the workspace, false when it was refused. */
  open(path: string): Promise<boolean>;
  openChosen(): Promise<void>;
  saveChosen(): Promise<void>;
}

function errnoOf(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unknown';
}

function problem(reason: LabFileProblem['reason'], params: Record<string, string> = {}) {
  return { ok: false as const, problem: { reason, params } };
}

export async function readLabFile(path: string): Promise<LabFileParse> {
  try {
    const { size } = await stat(path);
    if (size > MAX_LAB_FILE_BYTES) {
      return problem('tooLarge', { size: String(Math.ceil(size / MEBIBYTE)) });
    }
    // Editors on Windows may start a UTF-8 file with a byte order mark, which JSON refuses.
    return parseLabFile((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (cause) {
    return problem('cannotRead', { errno: errnoOf(cause) });
  }
}

export async function writeLabFile(path: string, lab: LabFile): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(lab, null, 2)}\n`);
}

/** GTK's save dialog does not add the extension of the chosen filter by itself. */
export function withLabExtension(path: string): string {
  return path.toLowerCase().endsWith(`.${LAB_FILE_EXTENSION}`)
    ? path
    : `${path}.${LAB_FILE_EXTENSION}`;
}

export function createLabFiles(host: LabFileHost): LabFiles {
  const text = (key: string, params: Record<string, string> = {}) =>
    translate(host.locale(), `desktop.${key}`, params);
  const filters = () => [{ name: text('labFile.filterName'), extensions: [LAB_FILE_EXTENSION] }];
  // One open at a time: two double-clicks in a row must not interleave their replacements.
  let queue: Promise<unknown> = Promise.resolve();

  async function explain(title: string, message: string, detail?: string): Promise<void> {
    await host.dialog.showMessageBox(host.window(), {
      type: 'error',
      title: text(title),
      message,
      ...(detail !== undefined ? { detail } : {}),
      buttons: [text('labFile.close')],
    });
  }

  async function refuseOpen(path: string, refused: LabFileProblem): Promise<false> {
    const reason = text(`labFile.problems.${refused.reason}`, refused.params);
    await explain(
      'labFile.openFailed',
      text('labFile.openFailedMessage', { name: basename(path), reason }),
      text('labFile.unchanged'),
    );
    return false;
  }

  async function openNow(path: string): Promise<boolean> {
    const read = await readLabFile(path);
    if (!read.ok) return refuseOpen(path, read.problem);
    const { workspace } = await host.workspace.load();
    try {
      await host.workspace.save(workspaceWithLab(workspace, read.lab));
    } catch (cause) {
      const errno = String((cause as { details?: { errno?: unknown } }).details?.errno ?? '');
      return refuseOpen(path, { reason: 'workspaceNotSaved', params: { errno } });
    }
    host.onWorkspaceReplaced();
    // An instructor's notes are the point of the file: they are shown, not left in the JSON.
    if (read.lab.notes !== undefined && read.lab.notes.trim() !== '') {
      await host.dialog.showMessageBox(host.window(), {
        type: 'info',
        title: text('labFile.opened'),
        message: read.lab.title ?? basename(path),
        detail: read.lab.notes,
        buttons: [text('labFile.close')],
      });
    }
    return true;
  }

  function open(path: string): Promise<boolean> {
    const opening = queue.then(() => openNow(path));
    queue = opening.catch(() => undefined);
    return opening;
  }

  async function openChosen(): Promise<void> {
    const chosen = await host.dialog.showOpenDialog(host.window(), {
      title: text('labFile.openTitle'),
      filters: filters(),
      properties: ['openFile'],
    });
    const [path] = chosen.filePaths;
    if (!chosen.canceled && path !== undefined) await open(path);
  }

  async function saveChosen(): Promise<void> {
    const chosen = await host.dialog.showSaveDialog(host.window(), {
      title: text('labFile.saveTitle'),
      defaultPath: `${text('labFile.defaultName')}.${LAB_FILE_EXTENSION}`,
      filters: filters(),
    });
    if (chosen.canceled || chosen.filePath === undefined || chosen.filePath === '') return;
    const path = withLabExtension(chosen.filePath);
    const { workspace } = await host.workspace.load();
    try {
      await writeLabFile(path, labFileFromWorkspace(workspace));
    } catch (cause) {
      const reason = text('labFile.problems.cannotWrite', { errno: errnoOf(cause) });
      await explain(
        'labFile.saveFailed',
        text('labFile.saveFailedMessage', { name: basename(path), reason }),
      );
    }
  }

  return { open, openChosen, saveChosen };
}
