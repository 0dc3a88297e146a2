/**
 * The CLI's entry point. bin.mjs imports it, built (out/main/cli.js) or, in a checkout whose
 * sources changed since the build, through tsx, and calls `main`. Only this file touches
 * `process`: argv, the environment, signals and the exit code.
 */
import { translate } from '../../shared/i18n';
import { createProcessContext } from './cliContext';
import { EXIT_FAILURE } from './cliContext';
import { resolveLocale } from './locale';
import { runCli } from './runCli';

/** Closing sockets is bounded by the engine's grace period; never hang past it on exit. */
const EXIT_GRACE_MS = 5_000;

/** What bin.mjs found before loading this file. */
export interface Launch {
  /**
   * The sources are newer than this build and tsx is not installed to run them: only this
   * build knows the user's language, so it says what to run instead of serving stale code.
   */
  staleBuild?: boolean;
}

export async function main(launch: Launch = {}): Promise<void> {
  const argv = process.argv.slice(2);
  const context = createProcessContext(resolveLocale(argv, process.env));
  if (launch.staleBuild === true) {
    // Loaded here only: a normal start should not pay for the build helpers.
    const { PACKAGE_ROOT } = await import('./build');
    context.err(translate(context.locale, 'cli.status.staleBuild', { folder: PACKAGE_ROOT }));
    process.exitCode = EXIT_FAILURE;
    return;
  }

  let exitCode: number;
  try {
    exitCode = await runCli(argv, context);
  } catch (cause) {
    context.err(cause instanceof Error ? (cause.stack ?? cause.message) : String(cause));
    exitCode = EXIT_FAILURE;
  }
  process.exitCode = exitCode;
  setTimeout(() => process.exit(exitCode), EXIT_GRACE_MS).unref();
}
