/**
 * A folder the http and ftp services may serve, and nothing outside it. `jail.ts` keeps the
 * client's path inside lexically; here every path is also checked after following symbolic
 * links (realpath), so a link inside the folder that leads elsewhere is refused too.
 * Errors carry fixed, neutral messages: the server's real paths never reach a client.
 */
import { realpathSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { JailRefusal } from './jail';

export type FolderProblem =
  | JailRefusal
  | 'outside'
  | 'missing'
  | 'denied'
  | 'notDirectory'
  | 'notFile'
  | 'exists'
  | 'notEmpty'
  | 'isRoot'
  | 'readOnly'
  | 'failed';

const OUTSIDE_MESSAGE = 'Outside the shared folder';

/** What a client reads (FTP replies are English by convention, RFC 959 §4.2). */
const MESSAGES: Readonly<Record<FolderProblem, string>> = {
  tooLong: 'Path too long',
  tooDeep: 'Path too deep',
  nul: 'Path not allowed',
  control: 'Path not allowed',
  backslash: 'Path not allowed',
  driveLetter: 'Path not allowed',
  badEncoding: 'Path not allowed',
  encodedSeparator: 'Path not allowed',
  encodedDot: 'Path not allowed',
  doubleEncoding: 'Path not allowed',
  dotSegment: 'Path not allowed',
  escapesRoot: OUTSIDE_MESSAGE,
  outside: OUTSIDE_MESSAGE,
  missing: 'No such file or directory',
  denied: 'Permission denied',
  notDirectory: 'Not a directory',
  notFile: 'Not a file',
  exists: 'Already exists',
  notEmpty: 'Directory not empty',
  isRoot: 'The shared folder itself cannot be changed',
  readOnly: 'Read-only: this server does not accept changes',
  failed: 'The action failed',
};

export class FolderError extends Error {
  constructor(readonly problem: FolderProblem) {
    super(MESSAGES[problem]);
    this.name = 'FolderError';
  }
}

const ERRNO_PROBLEMS: Readonly<Record<string, FolderProblem>> = {
  ENOENT: 'missing',
  ENOTDIR: 'missing',
  EACCES: 'denied',
  EPERM: 'denied',
  EROFS: 'denied',
  EEXIST: 'exists',
  ENOTEMPTY: 'notEmpty',
  EISDIR: 'notFile',
  ELOOP: 'outside',
};

/** Any failure as a FolderError, so a Node message (with its absolute path) never escapes. */
export function folderErrorOf(cause: unknown): FolderError {
  if (cause instanceof FolderError) return cause;
  const errno = (cause as { code?: unknown } | null)?.code;
  const problem = typeof errno === 'string' ? ERRNO_PROBLEMS[errno] : undefined;
  return new FolderError(problem ?? 'failed');
}

export interface FolderEntry {
  name: string;
  stats: Stats;
}

export interface FoundEntry {
  /** The real path (links followed); only for opening, never for showing. */
  path: string;
  stats: Stats;
}

export const DEFAULT_MAX_LISTED_ENTRIES = 5_000;

export class JailedFolder {
  /** The folder's real path: every path served must be this or start with it. */
  readonly #root: string;
  readonly #prefix: string;

  private constructor(root: string) {
    this.#root = root;
    this.#prefix = root.endsWith(sep) ? root : root + sep;
  }

  /** Checks once, when the service starts, that the folder exists and is a folder. */
  static open(folder: string): JailedFolder {
    let root: string;
    try {
      root = realpathSync(resolve(folder));
    } catch (cause) {
      throw folderErrorOf(cause);
    }
    if (!statSync(root).isDirectory()) throw new FolderError('notDirectory');
    return new JailedFolder(root);
  }

  contains(realPath: string): boolean {
    return realPath === this.#root || realPath.startsWith(this.#prefix);
  }

  #lexical(segments: readonly string[]): string {
    return join(this.#root, ...segments);
  }

  /** An existing entry, after following links; refused when it leads outside the folder. */
  async find(segments: readonly string[]): Promise<FoundEntry> {
    try {
      const real = await realpath(this.#lexical(segments));
      if (!this.contains(real)) throw new FolderError('outside');
      return { path: real, stats: await stat(real) };
    } catch (cause) {
      throw folderErrorOf(cause);
    }
  }

  /**
   * Where a new or replaced entry may be written: its folder must exist inside, and an
   * existing link at that name must lead inside too. The folder itself is never a target.
   */
  async forWriting(segments: readonly string[]): Promise<string> {
    if (segments.length === 0) throw new FolderError('isRoot');
    const target = this.#lexical(segments);
    try {
      const parent = await realpath(dirname(target));
      if (!this.contains(parent)) throw new FolderError('outside');
      const path = join(parent, basename(target));
      const existing = await lstat(path).catch(() => undefined);
      if (existing?.isSymbolicLink() && !this.contains(await realpath(path))) {
        throw new FolderError('outside');
      }
      return path;
    } catch (cause) {
      throw folderErrorOf(cause);
    }
  }

  /** A folder's entries, sorted by name; entries that lead outside are left out. */
  async list(
    segments: readonly string[],
    maxEntries = DEFAULT_MAX_LISTED_ENTRIES,
  ): Promise<FolderEntry[]> {
    const folder = await this.find(segments);
    if (!folder.stats.isDirectory()) throw new FolderError('notDirectory');
    let names: string[];
    try {
      names = (await readdir(folder.path)).sort().slice(0, maxEntries);
    } catch (cause) {
      throw folderErrorOf(cause);
    }
    const entries = await Promise.all(
      names.map(async (name) => {
        try {
          const real = await realpath(join(folder.path, name));
          return this.contains(real) ? { name, stats: await stat(real) } : undefined;
        } catch {
          return undefined;
        }
      }),
    );
    return entries.filter((entry): entry is FolderEntry => entry !== undefined);
  }
}
