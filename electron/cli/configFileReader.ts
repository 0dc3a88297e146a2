/**
 * Reads a configuration file as JSON, bounded: `--config /dev/zero` (or a mistyped path to a
 * video) must stop with a clear message, not read until the process runs out of memory.
 * Windows Notepad saves UTF-8 with a byte order mark; JSON forbids it (RFC 8259 §8.1) but
 * allows a reader to ignore it, so it is stripped here.
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** Far above any lab file (a big DNS zone is a few KiB), far below what hurts a lab PC. */
export const CONFIG_MAX_BYTES = 1024 * 1024;

const BYTE_ORDER_MARK = '\uFEFF';
const READ_CHUNK_BYTES = 64 * 1024;

/** Why a file could not be used: an i18n key under `cli.errors` and its parameters. */
export class ConfigFileProblem extends Error {
  constructor(
    readonly key: 'configUnreadable' | 'configTooLarge' | 'configNotJson' | 'configNotObject',
    readonly params: Record<string, string>,
  ) {
    super(`Configuration file problem: ${key}`);
  }
}

/** Reads at most `maxBytes` + 1 bytes, so a file (or device) that never ends is caught early. */
function readBounded(file: string, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  let descriptor: number;
  try {
    descriptor = openSync(file, 'r');
  } catch (cause) {
    throw new ConfigFileProblem('configUnreadable', { file, reason: reasonOf(cause) });
  }
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK_BYTES, maxBytes + 1 - total));
      const read = readSync(descriptor, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > maxBytes) {
        throw new ConfigFileProblem('configTooLarge', { file, limit: String(maxBytes) });
      }
    }
  } catch (cause) {
    if (cause instanceof ConfigFileProblem) throw cause;
    throw new ConfigFileProblem('configUnreadable', { file, reason: reasonOf(cause) });
  } finally {
    closeSync(descriptor);
  }
  return Buffer.concat(chunks, total);
}

function reasonOf(cause: unknown): string {
  const code = (cause as { code?: unknown }).code;
  return String(code ?? cause);
}

/** What the root looks like, written as JSON so it reads the same in every language. */
function jsonShape(root: unknown): string {
  if (Array.isArray(root)) return '[…]';
  if (typeof root === 'string') return '"…"';
  return String(root);
}

/** The file's JSON root, which must be an object; throws ConfigFileProblem naming the file. */
export function readJsonObjectFile(file: string, maxBytes = CONFIG_MAX_BYTES): object {
  let text = readBounded(file, maxBytes).toString('utf8');
  if (text.startsWith(BYTE_ORDER_MARK)) text = text.slice(BYTE_ORDER_MARK.length);
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (cause) {
    throw new ConfigFileProblem('configNotJson', { file, reason: (cause as Error).message });
  }
  if (typeof root !== 'object' || root === null || Array.isArray(root)) {
    throw new ConfigFileProblem('configNotObject', { file, found: jsonShape(root) });
  }
  return root;
}
