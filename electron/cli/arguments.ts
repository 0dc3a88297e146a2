/**
 * Reads each command's options with `node:util` parseArgs, strictly: an unknown option, a
 * missing value or a stray word is a usage error (exit 2), reported in the user's language
 * rather than in parseArgs' English.
 */
import { parseArgs } from 'node:util';
import { isLocale } from './locale';

export const CLI_COMMANDS = ['serve', 'peers', 'probe', 'web', 'start', 'help'] as const;
export type CliCommand = (typeof CLI_COMMANDS)[number];

export function isCliCommand(value: string): value is CliCommand {
  return (CLI_COMMANDS as readonly string[]).includes(value);
}

/**
 * The entries of the commands' help, by their key under `cli.options`. An option with the same
 * spelling but another meaning in another command has its own entry (`--udp` is a server for
 * `serve`, a switch for `probe`).
 */
export type OptionName =
  | 'host'
  | 'tcp'
  | 'udp'
  | 'reply'
  | 'config'
  | 'iterative'
  | 'announce'
  | 'name'
  | 'json'
  | 'lang'
  | 'port'
  | 'open'
  | 'noOpen'
  | 'captureMb'
  | 'snaplen'
  | 'peersTimeout'
  | 'peersJson'
  | 'probeUdp'
  | 'probeTimeout'
  | 'probeJson'
  | 'help';

const SERVE_OPTIONS = {
  host: { type: 'string' },
  tcp: { type: 'string', multiple: true },
  udp: { type: 'string', multiple: true },
  reply: { type: 'string' },
  config: { type: 'string' },
  iterative: { type: 'boolean' },
  announce: { type: 'boolean' },
  name: { type: 'string' },
  json: { type: 'boolean' },
  'capture-mb': { type: 'string' },
  snaplen: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const PEERS_OPTIONS = {
  timeout: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const PROBE_OPTIONS = {
  udp: { type: 'boolean' },
  timeout: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const WEB_OPTIONS = {
  port: { type: 'string' },
  open: { type: 'boolean' },
  // parseArgs learnt `allowNegative` only in Node 22: the negative form is its own option.
  'no-open': { type: 'boolean' },
  'capture-mb': { type: 'string' },
  snaplen: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP_OPTIONS = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The options each command accepts, in the order its help lists them. */
export const COMMAND_OPTIONS: Readonly<Record<CliCommand, readonly OptionName[]>> = {
  serve: [
    'host',
    'tcp',
    'udp',
    'reply',
    'config',
    'iterative',
    'announce',
    'name',
    'json',
    'captureMb',
    'snaplen',
    'lang',
    'help',
  ],
  peers: ['peersTimeout', 'peersJson', 'lang', 'help'],
  probe: ['probeUdp', 'probeTimeout', 'probeJson', 'lang', 'help'],
  web: ['port', 'open', 'noOpen', 'captureMb', 'snaplen', 'lang', 'help'],
  start: ['port', 'open', 'noOpen', 'captureMb', 'snaplen', 'lang', 'help'],
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
  /** Every TCP server serves one client at a time; the others wait in the listen queue. */
  iterative: boolean;
  /** Tell classmates about these servers with discovery beacons. */
  announce: boolean;
  /** The nickname classmates see (the host name without it). */
  name?: string;
  json: boolean;
  capture: CaptureArguments;
  help: boolean;
}

/** What the capture keeps (issue 10): engine options, only those the user gave. */
export interface CaptureArguments {
  captureBudgetBytes?: number;
  payloadCapPerEvent?: number;
}

export interface PeersArguments {
  /** How long to listen for beacons. */
  seconds: number;
  json: boolean;
  help: boolean;
}

export interface ProbeArguments {
  /** Kept as typed: host and port are judged by the contract's schema, as in the window. */
  host: string;
  port: string;
  protocol: 'tcp' | 'udp';
  /** In seconds, when given. */
  seconds?: number;
  json: boolean;
  help: boolean;
}

export interface WebArguments {
  /** Kept as typed: the port is validated by the contract's schema, like every port. */
  port?: string;
  /** `--open` (true) or `--no-open` (false); undefined lets Puerto decide (browserLauncher.ts). */
  open?: boolean;
  capture: CaptureArguments;
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
  if (values.name !== undefined && values.announce !== true) {
    throw new UsageError('nameNeedsAnnounce', {}, 'serve');
  }
  return {
    host: values.host,
    tcp: values.tcp ?? [],
    udp: values.udp ?? [],
    reply: values.reply,
    config: values.config,
    iterative: values.iterative ?? false,
    announce: values.announce ?? false,
    name: values.name,
    json: values.json ?? false,
    capture: captureArguments(values, 'serve'),
    help: values.help ?? false,
  };
}

export const MAX_CAPTURE_MB = 4096;
export const MAX_SNAPLEN = 1024 * 1024;

/** A whole number within [min, max]; anything else is a usage error naming the option. */
function wholeNumber(
  text: string,
  option: string,
  limits: { min: number; max: number },
  command: CliCommand,
): number {
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= limits.min && value <= limits.max)) {
    const params = { option, value: text, min: String(limits.min), max: String(limits.max) };
    throw new UsageError('badWholeNumber', params, command);
  }
  return value;
}

function captureArguments(
  values: { 'capture-mb'?: string; snaplen?: string },
  command: CliCommand,
): CaptureArguments {
  const capture: CaptureArguments = {};
  const megabytes = values['capture-mb'];
  if (megabytes !== undefined) {
    const limits = { min: 1, max: MAX_CAPTURE_MB };
    capture.captureBudgetBytes =
      wholeNumber(megabytes, '--capture-mb', limits, command) * 1024 * 1024;
  }
  if (values.snaplen !== undefined) {
    const limits = { min: 0, max: MAX_SNAPLEN };
    capture.payloadCapPerEvent = wholeNumber(values.snaplen, '--snaplen', limits, command);
  }
  return capture;
}

/** `puerto peers` listens 3 seconds: a beacon a second, so every classmate is heard twice. */
export const DEFAULT_PEERS_SECONDS = 3;
export const MIN_PEERS_SECONDS = 0.5;
export const MAX_PEERS_SECONDS = 60;
/** The contract's probe limits (`probeServer.timeoutMs`), in seconds. */
export const MIN_PROBE_SECONDS = 0.2;
export const MAX_PROBE_SECONDS = 30;

/** A number of seconds within [min, max]; anything else is a usage error naming the limits. */
export function parseSeconds(
  text: string,
  limits: { min: number; max: number },
  command: CliCommand,
): number {
  const seconds = /^\s*\d+(\.\d+)?\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!(seconds >= limits.min && seconds <= limits.max)) {
    throw new UsageError(
      'badSeconds',
      { option: '--timeout', value: text, min: String(limits.min), max: String(limits.max) },
      command,
    );
  }
  return seconds;
}

export function parsePeersArguments(args: string[]): PeersArguments {
  const { values } = guarded('peers', () =>
    parseArgs({ args, options: PEERS_OPTIONS, strict: true }),
  );
  const seconds =
    values.timeout === undefined
      ? DEFAULT_PEERS_SECONDS
      : parseSeconds(values.timeout, { min: MIN_PEERS_SECONDS, max: MAX_PEERS_SECONDS }, 'peers');
  return { seconds, json: values.json ?? false, help: values.help ?? false };
}

export function parseProbeArguments(args: string[]): ProbeArguments {
  const { values, positionals } = guarded('probe', () =>
    parseArgs({ args, options: PROBE_OPTIONS, strict: true, allowPositionals: true }),
  );
  const help = values.help ?? false;
  const [host, port, extra] = positionals;
  if (extra !== undefined) throw new UsageError('unexpectedArgument', { argument: extra }, 'probe');
  if (!help && (host === undefined || port === undefined)) {
    throw new UsageError('probeTarget', {}, 'probe');
  }
  const limits = { min: MIN_PROBE_SECONDS, max: MAX_PROBE_SECONDS };
  return {
    host: host ?? '',
    port: port ?? '',
    protocol: values.udp === true ? 'udp' : 'tcp',
    ...(values.timeout !== undefined
      ? { seconds: parseSeconds(values.timeout, limits, 'probe') }
      : {}),
    json: values.json ?? false,
    help,
  };
}

export function parseWebArguments(command: 'web' | 'start', args: string[]): WebArguments {
  const { values } = guarded(command, () =>
    parseArgs({ args, options: WEB_OPTIONS, strict: true }),
  );
  if (values.open === true && values['no-open'] === true) {
    throw new UsageError('openConflict', {}, command);
  }
  const open = values.open === true ? true : values['no-open'] === true ? false : undefined;
  return {
    port: values.port,
    ...(open !== undefined ? { open } : {}),
    capture: captureArguments(values, command),
    help: values.help ?? false,
  };
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
