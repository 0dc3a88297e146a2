/**
 * Tests that judge Puerto with real independent clients (nc, curl, dig…) need those programs.
 * On a developer's machine a missing one skips the test with the command that installs it; in
 * CI it fails the run, so a test can never pass by silently not running.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

function onPath(command: string): boolean {
  const directories = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return directories.some((directory) => {
    try {
      accessSync(join(directory, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** True when `command` is installed; false (with a message) when not; throws under CI. */
export function requireTool(command: string, debianPackage: string): boolean {
  if (onPath(command)) return true;
  const message = `"${command}" is not installed: apt-get install ${debianPackage}`;
  if (process.env.CI) throw new Error(`${message} (required in CI)`);
  console.warn(`Skipping tests that need ${message}`);
  return false;
}
