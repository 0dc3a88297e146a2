/**
 * Browser mode's address, kept in the data folder so that a restart of `puerto web` on the same
 * folder answers on the same port with the same token: a tab left open reconnects by itself and
 * a bookmark keeps working (issue 11, item 6). The token is the page's only secret, so the file
 * is readable by its owner alone: writeFileAtomic creates it with mode 0600 on POSIX. Windows
 * ignores mode bits; there the file inherits the folder's ACL, which for the default folder
 * (%APPDATA%\Puerto) is the user's own, but a PUERTO_DATA_DIR on a shared folder exposes it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../workspace/atomicWrite';
import { createToken } from './accessControl';

export const BROWSER_ADDRESS_FILE_NAME = 'browser-mode.json';
/** Tried on the first start: easy to read out to a class, rarely taken. */
export const DEFAULT_BROWSER_PORT = 7780;

const storedAddressSchema = z.object({
  version: z.literal(1),
  port: z.number().int().min(1).max(65_535),
  token: z.string().regex(/^[\w-]{16,}$/),
});

export interface BrowserAddress {
  port: number;
  token: string;
}

export function browserAddressPath(directory: string): string {
  return join(directory, BROWSER_ADDRESS_FILE_NAME);
}

/**
 * The address the last start used, or a new one (the default port and a new token) when there
 * was none or the file cannot be trusted: a damaged file only costs the old tabs their link.
 */
export async function loadBrowserAddress(
  directory: string,
): Promise<BrowserAddress & { stored: boolean }> {
  try {
    const text = await readFile(browserAddressPath(directory), 'utf8');
    const parsed = storedAddressSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { port: parsed.data.port, token: parsed.data.token, stored: true };
  } catch {
    // Missing, unreadable or not JSON: start with a new address.
  }
  return { port: DEFAULT_BROWSER_PORT, token: createToken(), stored: false };
}

export async function saveBrowserAddress(
  directory: string,
  address: BrowserAddress,
): Promise<void> {
  const content = { version: 1, port: address.port, token: address.token };
  await writeFileAtomic(browserAddressPath(directory), `${JSON.stringify(content, null, 2)}\n`);
}
