#!/usr/bin/env node
/**
 * The package's "bin": plain JavaScript, so it runs before anything is compiled. It starts the
 * CLI that `npm run build` bundled when no source changed since that build, so a start loads no
 * compiler (issue 10). After a developer's edit it runs the sources through tsx, which only a
 * checkout with its devDependencies has; without tsx it refuses to serve the stale build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CLI_BUNDLE, CLI_SOURCES, isBuildFresh } from './buildFreshness.mjs';

const root = join(import.meta.dirname, '..', '..');
const bundle = pathToFileURL(join(root, CLI_BUNDLE)).href;

/**
 * Neither a build nor tsx: nothing that knows the user's language can load, so this one line
 * says it in both (every other message goes through shared/i18n).
 */
const NOTHING_TO_RUN =
  `Puerto is not built and tsx is not installed: run "npm install" in ${root}\n` +
  `Puerto no está construido y tsx no está instalado: ejecuta "npm install" en ${root}\n`;

async function tsxRegister() {
  try {
    return (await import('tsx/esm/api')).register;
  } catch (cause) {
    if (cause?.code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw cause;
  }
}

if (isBuildFresh(root, CLI_SOURCES, CLI_BUNDLE)) {
  await (await import(bundle)).main();
} else {
  const register = await tsxRegister();
  if (register !== undefined) {
    register();
    await (await import('./main.ts')).main();
  } else if (existsSync(fileURLToPath(bundle))) {
    await (await import(bundle)).main({ staleBuild: true });
  } else {
    process.stderr.write(NOTHING_TO_RUN);
    process.exitCode = 1;
  }
}
