/**
 * `puerto serve`: starts the servers the command line names and prints every event until the
 * user stops it, like a server program that "never terminates" (lecture slide 4).
 */
import { translate } from '../../shared/i18n';
import { createDispatcher, validateRequest } from '../boundary';
import { createLabEngine } from '../services';
import type { ServeArguments } from './arguments';
import type { CliContext } from './cliContext';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './cliContext';
import { formatEventJson, formatEventLine } from './eventFormat';
import { printError } from './explain';
import { ConfigError, applyLabConfig, loadLabConfig } from './labConfig';
import type { LabConfig } from './labConfig';
import { planServers } from './serverPlan';

/** The `--config` file's options, or undefined after explaining why the file cannot be used. */
function readConfig(file: string | undefined, context: CliContext): LabConfig | undefined {
  if (file === undefined) return {};
  try {
    return loadLabConfig(file);
  } catch (cause) {
    if (!(cause instanceof ConfigError)) throw cause;
    context.err(translate(context.locale, `cli.errors.${cause.key}`, cause.params));
    if (cause.fieldError !== undefined) printError(context, cause.fieldError);
    return undefined;
  }
}

export async function runServe(args: ServeArguments, context: CliContext): Promise<number> {
  const config = readConfig(args.config, context);
  if (config === undefined) return EXIT_USAGE;
  const planned = applyLabConfig(planServers(args), config);
  // Every argument is checked before any socket opens, so a typo never leaves half the servers up.
  for (const server of planned) {
    const validation = validateRequest('startServer', server.request);
    if (!validation.ok) {
      printError(context, validation.error, server.argument);
      return EXIT_USAGE;
    }
  }

  const engine = createLabEngine();
  const dispatch = createDispatcher(engine);
  const format = args.json
    ? formatEventJson
    : (event: Parameters<typeof formatEventLine>[0]) => formatEventLine(event, context.locale);
  const unsubscribe = engine.onEvent((event) => context.out(format(event)));
  const stop = async (exitCode: number) => {
    await engine.close();
    unsubscribe();
    return exitCode;
  };

  for (const server of planned) {
    const result = await dispatch('startServer', server.request);
    if (!result.ok) {
      printError(context, result.error, server.argument);
      return stop(result.error.code === 'INVALID_INPUT' ? EXIT_USAGE : EXIT_FAILURE);
    }
  }
  context.err(translate(context.locale, 'cli.status.serving'));
  await context.stopRequested;
  context.err(translate(context.locale, 'cli.status.stopping'));
  return stop(EXIT_OK);
}
