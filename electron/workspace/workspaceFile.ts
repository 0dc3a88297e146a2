/**
 * The workspace file of one host: read and checked once at start, then kept in memory and
 * written back atomically on every save. Saves that arrive while a write is running are
 * coalesced into one next write of the newest workspace, so a burst of changes costs at most
 * two writes and the file always ends with the last one. A damaged file never stops Puerto:
 * it is renamed aside (never deleted) and reported as the load's `problem`.
 */
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadedWorkspace } from '../../shared/contract/commands';
import type { ErrorDetails, PuertoError } from '../../shared/contract/errors';
import type { Workspace } from '../../shared/contract/workspace';
import {
  WORKSPACE_FILE_NAME,
  WORKSPACE_VERSION,
  emptyWorkspace,
  workspaceSchema,
} from '../../shared/contract/workspace';
import { EngineError } from '../engine';
import type { AtomicWriteHooks } from './atomicWrite';
import { removeStaleTemporaryFiles, writeFileAtomic } from './atomicWrite';

export interface WorkspaceFileOptions {
  directory: string;
  fileName?: string;
  /** For tests: a pause or a crash between the complete temporary file and the rename. */
  hooks?: AtomicWriteHooks;
  now?: () => Date;
}

export interface WorkspaceFile {
  readonly path: string;
  /** The first call reads the disk; later calls answer with the newest saved workspace. */
  load(): Promise<LoadedWorkspace>;
  save(workspace: Workspace): Promise<{ savedAt: number }>;
  /** Resolves once every save asked for so far is on disk (or failed). */
  settled(): Promise<void>;
}

type Unusable = { reason: string; details?: ErrorDetails };

function errnoOf(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unknown';
}

/** Why the text cannot be the workspace, or the workspace it holds. */
function parseWorkspace(text: string): Workspace | Unusable {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { reason: 'workspace.problems.notJson' };
  }
  const version = (value as { version?: unknown } | null)?.version;
  if (typeof value === 'object' && value !== null && version !== WORKSPACE_VERSION) {
    return { reason: 'workspace.problems.otherVersion', details: { version: String(version) } };
  }
  const parsed = workspaceSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const path = parsed.error.issues[0]?.path ?? [];
  const field = path.length === 0 ? 'workspace' : path.map(String).join('.');
  return { reason: 'workspace.problems.invalidValue', details: { field } };
}

/** `2026-11-25T19-30-12-345Z`: sortable, and valid in file names on every system. */
function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

interface PendingSave {
  workspace: Workspace;
  waiters: Array<{
    resolve: (value: { savedAt: number }) => void;
    reject: (cause: unknown) => void;
  }>;
}

export function createWorkspaceFile(options: WorkspaceFileOptions): WorkspaceFile {
  const path = join(options.directory, options.fileName ?? WORKSPACE_FILE_NAME);
  const now = options.now ?? (() => new Date());
  let loading: Promise<void> | undefined;
  let current: Workspace = emptyWorkspace();
  /** Told on every load until a save succeeds: then the file on disk is good again. */
  let problem: PuertoError | undefined;
  let pending: PendingSave | undefined;
  let writing: Promise<void> | undefined;
  /** A save before the first read finished wins over what the read finds. */
  let savedBeforeRead = false;

  async function keepAside(unusable: Unusable): Promise<PuertoError> {
    const aside = `${path}.broken-${fileStamp(now())}`;
    let keptAs = aside;
    try {
      await rename(path, aside);
    } catch {
      // Could not move it: it stays where it was, and the next save will say why it fails.
      keptAs = path;
    }
    return {
      code: 'WORKSPACE_UNREADABLE',
      message: `The workspace file ${path} could not be used (${unusable.reason}); kept as ${keptAs}`,
      details: { file: path, keptAs, reason: unusable.reason, ...unusable.details },
    };
  }

  async function readFromDisk(): Promise<void> {
    await removeStaleTemporaryFiles(path);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (cause) {
      if (errnoOf(cause) === 'ENOENT') return;
      problem = await keepAside({
        reason: 'workspace.problems.cannotRead',
        details: { errno: errnoOf(cause) },
      });
      return;
    }
    const parsed = parseWorkspace(text);
    if ('reason' in parsed) problem = await keepAside(parsed);
    else if (!savedBeforeRead) current = parsed;
  }

  async function load(): Promise<LoadedWorkspace> {
    loading ??= readFromDisk();
    await loading;
    return problem === undefined ? { workspace: current } : { workspace: current, problem };
  }

  function notSaved(cause: unknown): EngineError {
    return new EngineError('WORKSPACE_NOT_SAVED', `Could not write ${path}: ${String(cause)}`, {
      file: path,
      reason: 'workspace.problems.cannotWrite',
      errno: errnoOf(cause),
    });
  }

  async function drain(): Promise<void> {
    while (pending !== undefined) {
      const batch = pending;
      pending = undefined;
      try {
        await writeFileAtomic(path, `${JSON.stringify(batch.workspace, null, 2)}\n`, options.hooks);
        problem = undefined;
        const savedAt = Date.now();
        for (const waiter of batch.waiters) waiter.resolve({ savedAt });
      } catch (cause) {
        const error = notSaved(cause);
        for (const waiter of batch.waiters) waiter.reject(error);
      }
    }
    writing = undefined;
  }

  function save(workspace: Workspace): Promise<{ savedAt: number }> {
    current = workspace;
    if (loading === undefined) savedBeforeRead = true;
    // Never before the first read: a damaged old file must be kept aside, not overwritten.
    loading ??= readFromDisk();
    const read = loading;
    return new Promise((resolve, reject) => {
      pending ??= { workspace, waiters: [] };
      pending.workspace = workspace;
      pending.waiters.push({ resolve, reject });
      writing ??= read.then(drain);
    });
  }

  async function settled(): Promise<void> {
    while (writing !== undefined) await writing;
  }

  return { path, load, save, settled };
}
