/**
 * Reads each command's options with `node:util` parseArgs, strictly: an unknown option, a
 * missing value or a stray word is a usage error (exit 2), reported in the user's language
 * rather than in parseArgs' English.
 */
import { parseArgs } from 'node:util';
import { isLocale } from './locale';

export const CLI_COMMANDS = ['serve', 'web', 'start', 'help'] as const;
export type CliCommand = (typeof CLI_COMMANDS)[number];

export function isCliCommand(value: string): value is CliCommand {
  return (CLI_COMMANDS as readonly string[]).includes(value);
}

export type OptionName =
  'host' | 'tcp' | 'udp' | 'reply' | 'config' | 'json' | 'lang' | 'port' | 'help';

const SERVE_OPTIONS = {
  host: { type: 'string' },
  tcp: { type: 'string', multiple: true },
  udp: { type: 'string', multiple: true },
  reply: { type: 'string' },
  config: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const WEB_OPTIONS = {
  port: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP_OPTIONS = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The options each command accepts, in the order its help lists them. */
export const COMMAND_OPTIONS: Readonly<Record<CliCommand, readonly OptionName[]>> = {
  serve: ['host', 'tcp', 'udp', 'reply', 'config', 'json', 'lang', 'help'],
  web: ['port', 'lang', 'help'],
  start: ['port', 'lang', 'help'],
  help: ['lang'],
};

/** A wrong command line: an i18n key under `cli.errors` and its parameters. */
export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string> = {},
    readonly command?: CliCommand,
  ) {
    super(`Usage error: ${key}`);
  }
}

export interface ServeArguments {
  host?: string;
  tcp: string[];
  udp: string[];
  reply?: string;
  /** A JSON file with the services' options (`lab.json`). */
  config?: string;
  json: boolean;
  help: boolean;
}

export interface WebArguments {
  /** Kept as typed: the port is validated by the contract's schema, like every port. */
  port?: string;
  help: boolean;
}

export interface HelpArguments {
  topic?: CliCommand;
}

function toUsageError(cause: unknown, command: CliCommand): UsageError {
  const code = (cause as { code?: unknown }).code;
  const message = cause instanceof Error ? cause.message : String(cause);
  const quoted = (/'([^']*)'/.exec(message)?.[1] ?? '').split(' ')[0] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return new UsageError('unknownOption', { option: quoted }, command);
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return new UsageError('unexpectedArgument', { argument: quoted }, command);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && message.includes('does not take')) {
    return new UsageError('noValueAllowed', { option: quoted }, command);
  }
  return new UsageError('missingValue', { option: quoted }, command);
}

/** Runs parseArgs, turning its English errors into usage errors, and checks `--lang`. */
function guarded<T extends { values: { lang?: string } }>(command: CliCommand, run: () => T): T {
  let parsed: T;
  try {
    parsed = run();
  } catch (cause) {
    throw toUsageError(cause, command);
  }
  const { lang } = parsed.values;
  if (lang !== undefined && !isLocale(lang.toLowerCase())) {
    throw new UsageError('badLanguage', { value: lang }, command);
  }
  return parsed;
}

export function parseServeArguments(args: string[]): ServeArguments {
  const { values } = guarded('serve', () =>
    parseArgs({ args, options: SERVE_OPTIONS, strict: true }),
  );
  return {
    host: values.host,
    tcp: values.tcp ?? [],
    udp: values.udp ?? [],
    reply: values.reply,
    config: values.config,
    json: values.json ?? false,
    help: values.help ?? false,
  };
}

export function parseWebArguments(command: 'web' | 'start', args: string[]): WebArguments {
  const { values } = guarded(command, () =>
    parseArgs({ args, options: WEB_OPTIONS, strict: true }),
  );
  return { port: values.port, help: values.help ?? false };
}

export function parseHelpArguments(args: string[]): HelpArguments {
  const { positionals } = guarded('help', () =>
    parseArgs({ args, options: HELP_OPTIONS, strict: true, allowPositionals: true }),
  );
  const [topic, extra] = positionals;
  if (extra !== undefined) throw new UsageError('unexpectedArgument', { argument: extra }, 'help');
  if (topic === undefined) return {};
  if (!isCliCommand(topic)) throw new UsageError('unknownCommand', { command: topic });
  return { topic };
}
