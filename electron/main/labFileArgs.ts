/**
 * The lab file a launch names on its command line. Windows and Linux pass a double-clicked
 * `.puerto` file as an argument, to the first launch and (through `second-instance`) to the
 * copy that hands over to it; Linux desktop files may pass it as a `file://` URL. Electron's
 * own argv also holds the executable, the app path in development and Chromium switches it adds
 * itself, so only an argument that names a `.puerto` file counts.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAB_FILE_EXTENSION } from '../../shared/contract/labFile';

const LAB_FILE_SUFFIX = `.${LAB_FILE_EXTENSION}`;

function asPath(argument: string): string | undefined {
  if (!/^file:/i.test(argument)) return argument;
  try {
    return fileURLToPath(argument);
  } catch {
    return undefined;
  }
}

/**
 * The last argument naming a `.puerto` file, as an absolute path (relative ones are taken from
 * `workingDirectory`, the launching shell's); undefined when there is none. The first entry is
 * the executable and is never a lab file, even if someone renamed it so.
 */
export function labFileFromArgv(
  argv: readonly string[],
  workingDirectory: string = process.cwd(),
): string | undefined {
  for (const argument of argv.slice(1).toReversed()) {
    if (argument.startsWith('-')) continue;
    const path = asPath(argument);
    if (path === undefined || !path.toLowerCase().endsWith(LAB_FILE_SUFFIX)) continue;
    if (path.length === LAB_FILE_SUFFIX.length) continue;
    return isAbsolute(path) ? path : resolve(workingDirectory, path);
  }
  return undefined;
}
