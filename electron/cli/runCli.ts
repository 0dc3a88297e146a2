/**
 * Routes `puerto <command> [options]` to its command and turns usage errors into a message,
 * the command's usage and exit code 2.
 */
import { translate } from '../../shared/i18n';
import {
  UsageError,
  isCliCommand,
  parseHelpArguments,
  parsePeersArguments,
  parseProbeArguments,
  parseServeArguments,
  parseWebArguments,
} from './arguments';
import type { CliCommand } from './arguments';
import type { CliContext } from './cliContext';
import { EXIT_OK, EXIT_USAGE } from './cliContext';
import { commandHelp, generalHelp } from './help';

function usageError(error: UsageError, context: CliContext): number {
  context.err(translate(context.locale, `cli.errors.${error.key}`, error.params));
  context.err('');
  context.err(
    error.command === undefined
      ? generalHelp(context.locale)
      : commandHelp(context.locale, error.command),
  );
  return EXIT_USAGE;
}

async function runCommand(command: CliCommand, args: string[], context: CliContext) {
  switch (command) {
    case 'help': {
      const { topic } = parseHelpArguments(args);
      context.out(
        topic === undefined ? generalHelp(context.locale) : commandHelp(context.locale, topic),
      );
      return EXIT_OK;
    }
    case 'serve': {
      const parsed = parseServeArguments(args);
      if (parsed.help) {
        context.out(commandHelp(context.locale, command));
        return EXIT_OK;
      }
      // Loaded on demand: help and usage errors should not wait for the engine to load.
      const { runServe } = await import('./serve');
      return runServe(parsed, context);
    }
    case 'peers': {
      const parsed = parsePeersArguments(args);
      if (parsed.help) {
        context.out(commandHelp(context.locale, command));
        return EXIT_OK;
      }
      return (await import('./peers')).runPeers(parsed, context);
    }
    case 'probe': {
      const parsed = parseProbeArguments(args);
      if (parsed.help) {
        context.out(commandHelp(context.locale, command));
        return EXIT_OK;
      }
      return (await import('./probe')).runProbe(parsed, context);
    }
    case 'web':
    case 'start': {
      const parsed = parseWebArguments(command, args);
      if (parsed.help) {
        context.out(commandHelp(context.locale, command));
        return EXIT_OK;
      }
      if (command === 'web') return (await import('./web')).runWeb(parsed, context);
      return (await import('./start')).runStart(parsed, context);
    }
  }
}

export async function runCli(argv: string[], context: CliContext): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === '--help' || first === '-h') {
      context.out(generalHelp(context.locale));
      return EXIT_OK;
    }
    if (first === undefined) throw new UsageError('missingCommand');
    if (first.startsWith('-')) throw new UsageError('unknownOption', { option: first });
    if (!isCliCommand(first)) throw new UsageError('unknownCommand', { command: first });
    return await runCommand(first, rest, context);
  } catch (cause) {
    if (cause instanceof UsageError) return usageError(cause, context);
    throw cause;
  }
}
