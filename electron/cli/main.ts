/**
 * The CLI's entry point (loaded by bin.mjs through tsx). Only this file touches `process`:
 * argv, the environment, signals and the exit code.
 */
import { createProcessContext } from './cliContext';
import { EXIT_FAILURE } from './cliContext';
import { resolveLocale } from './locale';
import { runCli } from './runCli';

/** Closing sockets is bounded by the engine's grace period; never hang past it on exit. */
const EXIT_GRACE_MS = 5_000;

const argv = process.argv.slice(2);
const context = createProcessContext(resolveLocale(argv, process.env));

let exitCode: number;
try {
  exitCode = await runCli(argv, context);
} catch (cause) {
  context.err(cause instanceof Error ? (cause.stack ?? cause.message) : String(cause));
  exitCode = EXIT_FAILURE;
}
process.exitCode = exitCode;
setTimeout(() => process.exit(exitCode), EXIT_GRACE_MS).unref();
