/**
 * Turns `serve`'s options into `startServer` requests. Nothing is validated here on purpose:
 * the requests go through the boundary like the app's own, so a wrong port or address is
 * refused with exactly the same explanation in the CLI and in the window.
 */
import type { ServeArguments } from './arguments';
import { UsageError } from './arguments';

export interface PlannedServer {
  /** The option as typed (`--tcp 7007:echo`), to say which one failed. */
  argument: string;
  request: Record<string, unknown>;
}

/** `--host` absent: every interface; a loopback address: loopback; anything else: that address. */
export function bindFor(host: string | undefined): Record<string, unknown> {
  if (host === undefined) return { mode: 'all' };
  const address = host.trim();
  if (address === '127.0.0.1' || address.toLowerCase() === 'localhost') {
    return { mode: 'loopback', family: 'IPv4' };
  }
  if (address === '::1') return { mode: 'loopback', family: 'IPv6' };
  return { mode: 'address', address };
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '\\': '\\' };

/** Shells make a real new line awkward to type, so `--reply 'hola\n'` means one. */
export function unescapeReply(text: string): string {
  return text.replace(/\\([nrt\\])/g, (_whole, letter: string) => ESCAPES[letter] ?? letter);
}

/** A number when it looks like one (so 1.5 and -1 get the port-range explanation), else as typed. */
export function portValue(text: string): number | string {
  return /^[+-]?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text;
}

function behaviourFor(
  name: string,
  protocol: 'tcp' | 'udp',
  reply: string | undefined,
): Record<string, unknown> {
  if (name !== 'reply') return { name };
  if (reply === undefined) throw new UsageError('replyMissing', {}, 'serve');
  // A TCP stream has no message boundaries a student can see, so TCP answers each line.
  const trigger = protocol === 'tcp' ? 'line' : 'message';
  return { name, payload: unescapeReply(reply), encoding: 'text', trigger };
}

function planOne(protocol: 'tcp' | 'udp', spec: string, args: ServeArguments): PlannedServer {
  const separator = spec.indexOf(':');
  const portText = separator === -1 ? spec : spec.slice(0, separator);
  const behaviourName =
    separator === -1
      ? 'manual'
      : spec
          .slice(separator + 1)
          .trim()
          .toLowerCase();
  return {
    argument: `--${protocol} ${spec}`,
    request: {
      protocol,
      port: portValue(portText),
      bind: bindFor(args.host),
      behaviour: behaviourFor(behaviourName, protocol, args.reply),
      // UDP has no connections to queue: `--iterative` is about TCP servers only.
      ...(args.iterative && protocol === 'tcp' ? { concurrency: 'iterative' } : {}),
    },
  };
}

export function planServers(args: ServeArguments): PlannedServer[] {
  const planned = [
    ...args.tcp.map((spec) => planOne('tcp', spec, args)),
    ...args.udp.map((spec) => planOne('udp', spec, args)),
  ];
  if (planned.length === 0) throw new UsageError('noServers', {}, 'serve');
  return planned;
}
