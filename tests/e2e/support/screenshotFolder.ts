/**
 * Where the end-to-end tests leave their screenshots. `npm test` must leave the work tree as it
 * found it, so by default they go to a folder under the system's temporary directory;
 * `npm run screenshots` (PUERTO_SCREENSHOTS=1) writes them to docs/screenshots for the README.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DOCS_SCREENSHOTS = fileURLToPath(
  new URL('../../../docs/screenshots/', import.meta.url),
);

export function screenshotFolder(env: NodeJS.ProcessEnv = process.env): string {
  const folder = env.PUERTO_SCREENSHOTS ? DOCS_SCREENSHOTS : join(tmpdir(), 'puerto-screenshots');
  mkdirSync(folder, { recursive: true });
  return folder;
}
