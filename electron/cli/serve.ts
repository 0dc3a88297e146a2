/**
 * `puerto serve`: starts the servers the command line names and prints every event until the
 * user stops it, like a server program that "never terminates" (lecture slide 4).
 */
import { nicknameSchema } from '../../shared/contract/classroom';
import { translate } from '../../shared/i18n';
import { createDispatcher, invalidInput, validateRequest } from '../boundary';
import { createLabEngine } from '../services';
import type { ServeArguments } from './arguments';
import type { CliContext } from './cliContext';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, lineOutput } from './cliContext';
import { formatEventJson, formatEventLine, skippedLinesNotice } from './eventFormat';
import { printError } from './explain';
import { ConfigError, EMPTY_LAB_CONFIG, applyLabConfig, loadLabConfig } from './labConfig';
import type { LabConfig } from './labConfig';
import { LineWriter } from './lineWriter';
import { planServers } from './serverPlan';
import type { PlannedServer } from './serverPlan';

/** Longest wait at stop for the last event lines to reach a slow output (main's grace is 5 s). */
const OUTPUT_FLUSH_MS = 2_000;

function explainConfigError(cause: unknown, context: CliContext): void {
  if (!(cause instanceof ConfigError)) throw cause;
  context.err(translate(context.locale, `cli.errors.${cause.key}`, cause.params));
  if (cause.fieldError !== undefined) printError(context, cause.fieldError);
}

/** The `--config` file's settings merged into the servers, or undefined after saying why not. */
function plannedWithConfig(args: ServeArguments, context: CliContext): PlannedServer[] | undefined {
  try {
    const config: LabConfig =
      args.config === undefined ? EMPTY_LAB_CONFIG : loadLabConfig(args.config);
    return applyLabConfig(planServers(args), config);
  } catch (cause) {
    explainConfigError(cause, context);
    return undefined;
  }
}

function nicknameIsValid(name: string | undefined, context: CliContext): boolean {
  if (name === undefined) return true;
  const checked = nicknameSchema.safeParse(name);
  const [issue] = checked.success ? [] : checked.error.issues;
  if (issue === undefined) return true;
  printError(context, invalidInput('--name', issue.message), `--name ${name}`);
  return false;
}

export async function runServe(args: ServeArguments, context: CliContext): Promise<number> {
  const planned = plannedWithConfig(args, context);
  if (planned === undefined || !nicknameIsValid(args.name, context)) return EXIT_USAGE;
  // Every argument is checked before any socket opens, so a typo never leaves half the servers up.
  for (const server of planned) {
    const validation = validateRequest('startServer', server.request);
    if (!validation.ok) {
      printError(context, validation.error, server.argument);
      return EXIT_USAGE;
    }
  }

  const engine = createLabEngine(args.capture);
  const dispatch = createDispatcher(engine);
  const output = new LineWriter(lineOutput(context), {
    skippedNotice: (count) => {
      const notice = skippedLinesNotice(count, context.locale);
      // Standard output stays pure JSON for scripts and imports; the `seq` gap shows where.
      if (!args.json) return notice;
      context.err(notice);
      return undefined;
    },
  });
  const format = args.json
    ? formatEventJson
    : (event: Parameters<typeof formatEventLine>[0]) => formatEventLine(event, context.locale);
  const unsubscribe = engine.onEvent((event) => {
    const isData = event.kind === 'data-in' || event.kind === 'data-out';
    output.write(() => format(event), isData ? 'skippable' : 'essential');
  });
  let stopAnnouncing = async () => {};
  const stop = async (exitCode: number) => {
    await stopAnnouncing();
    await engine.close();
    unsubscribe();
    await output.close(OUTPUT_FLUSH_MS);
    return exitCode;
  };

  for (const server of planned) {
    const result = await dispatch('startServer', server.request);
    if (!result.ok) {
      printError(context, result.error, server.argument);
      return stop(result.error.code === 'INVALID_INPUT' ? EXIT_USAGE : EXIT_FAILURE);
    }
  }
  if (args.announce) {
    // Loaded on demand: most runs announce nothing.
    const { announceServers } = await import('./announce');
    const announcing = await announceServers(engine, args.name, context);
    if (announcing === undefined) return stop(EXIT_USAGE);
    stopAnnouncing = announcing;
  }
  context.err(translate(context.locale, 'cli.status.serving'));
  await context.stopRequested;
  context.err(translate(context.locale, 'cli.status.stopping'));
  return stop(EXIT_OK);
}
