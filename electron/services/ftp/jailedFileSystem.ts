/**
 * The file system ftp-srv sees for one logged-in user: every path goes through the jail, every
 * file is opened only after the real-path check, and every error is a FolderError with a fixed
 * message, because ftp-srv copies error messages into its replies (Node's would show the
 * server's absolute paths). Writes are refused unless the account may write.
 */
import { randomUUID } from 'node:crypto';
import type { Stats } from 'node:fs';
import { lstat, mkdir, open, rename, rmdir, unlink } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { clientPathOf, jailPath } from '../files/jail';
import type { JailedFolder } from '../files/jailedFolder';
import { FolderError, folderErrorOf } from '../files/jailedFolder';

/** FTP paths are literal (no percent-decoding); `cd ..` may climb, never above the root. */
const FTP_POLICY = { decoding: 'none', dotSegments: 'within' } as const;

export type NamedStats = Stats & { name: string };

/** Replaces a stream error's message before ftp-srv's own listener copies it into a reply. */
function scrubErrors<Stream extends Readable | Writable>(stream: Stream): Stream {
  stream.prependListener('error', (error: Error) => {
    error.message = folderErrorOf(error).message;
  });
  return stream;
}

async function attempt<Value>(action: () => Promise<Value>): Promise<Value> {
  try {
    return await action();
  } catch (cause) {
    throw folderErrorOf(cause);
  }
}

export class JailedFileSystem {
  #cwd: readonly string[] = [];

  constructor(
    readonly folder: JailedFolder,
    /** False for anonymous users and on a read-only server. */
    readonly writable: boolean,
  ) {}

  /** ftp-srv passes a missing argument as null or undefined: the current folder. */
  #segments(path: string | null = '.'): readonly string[] {
    const jailed = jailPath(path ?? '.', FTP_POLICY, this.#cwd);
    if (!jailed.ok) throw new FolderError(jailed.reason);
    return jailed.segments;
  }

  #assertWritable(): void {
    if (!this.writable) throw new FolderError('readOnly');
  }

  currentDirectory(): string {
    return clientPathOf(this.#cwd);
  }

  async get(fileName: string): Promise<NamedStats> {
    const found = await this.folder.find(this.#segments(fileName));
    return Object.assign(found.stats, { name: fileName });
  }

  async list(path = '.'): Promise<NamedStats[]> {
    const entries = await this.folder.list(this.#segments(path));
    return entries.map((entry) => Object.assign(entry.stats, { name: entry.name }));
  }

  async chdir(path = '.'): Promise<string> {
    const segments = this.#segments(path);
    const found = await this.folder.find(segments);
    if (!found.stats.isDirectory()) throw new FolderError('notDirectory');
    this.#cwd = segments;
    return this.currentDirectory();
  }

  async read(fileName: string, { start }: { start?: number } = {}) {
    const segments = this.#segments(fileName);
    const found = await this.folder.find(segments);
    if (!found.stats.isFile()) throw new FolderError('notFile');
    const handle = await attempt(() => open(found.path, 'r'));
    const stream = scrubErrors(handle.createReadStream(start === undefined ? {} : { start }));
    return { stream, clientPath: clientPathOf(segments) };
  }

  async write(
    fileName: string,
    { append = false, start }: { append?: boolean; start?: number } = {},
  ) {
    this.#assertWritable();
    const segments = this.#segments(fileName);
    const path = await this.folder.forWriting(segments);
    const existing = await lstat(path).catch(() => undefined);
    if (existing !== undefined && !existing.isFile()) throw new FolderError('notFile');
    const handle = await attempt(() => open(path, append ? 'a' : 'w', 0o644));
    const stream = scrubErrors(handle.createWriteStream(start === undefined ? {} : { start }));
    // ftp-srv's STOR signals the end of the upload by emitting 'close' on the stream (its own
    // file system ends the stream then); without this the upload would never finish.
    stream.once('close', () => stream.end());
    return { stream, clientPath: clientPathOf(segments) };
  }

  async delete(path: string): Promise<void> {
    this.#assertWritable();
    const target = await this.folder.forWriting(this.#segments(path));
    // lstat, not stat: deleting a link removes the link, never what it points to.
    const stats = await attempt(() => lstat(target));
    await attempt(() => (stats.isDirectory() ? rmdir(target) : unlink(target)));
  }

  async mkdir(path: string): Promise<string> {
    this.#assertWritable();
    const segments = this.#segments(path);
    const target = await this.folder.forWriting(segments);
    await attempt(() => mkdir(target));
    // ftp-srv puts the returned path in its 257 reply: the client's path, never the server's.
    return clientPathOf(segments);
  }

  async rename(from: string, to: string): Promise<void> {
    this.#assertWritable();
    const source = await this.folder.forWriting(this.#segments(from));
    const target = await this.folder.forWriting(this.#segments(to));
    await attempt(() => lstat(source));
    await attempt(() => rename(source, target));
  }

  async chmod(): Promise<void> {
    throw new FolderError('denied');
  }

  getUniqueName(): string {
    return randomUUID().replace(/-/g, '');
  }
}
