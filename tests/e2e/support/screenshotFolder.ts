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

const TEMPORARY_SCREENSHOTS = join(tmpdir(), 'puerto-screenshots');

export function screenshotFolder(env: NodeJS.ProcessEnv = process.env): string {
  const folder = env.PUERTO_SCREENSHOTS ? DOCS_SCREENSHOTS : TEMPORARY_SCREENSHOTS;
  mkdirSync(folder, { recursive: true });
  return folder;
}

/**
 * Pictures a test leaves for a person checking its run, which the README does not show: always
 * in the temporary folder, so `npm run screenshots` adds nothing to docs/ beyond the README's.
 */
export function checkScreenshotFolder(): string {
  mkdirSync(TEMPORARY_SCREENSHOTS, { recursive: true });
  return TEMPORARY_SCREENSHOTS;
}
