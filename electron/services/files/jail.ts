/**
 * The jail shared by the http and ftp services: turns a path a client typed into path segments
 * that can only name something inside the chosen folder. Pure on purpose (no file system), so
 * every hostile input can be tested on its own; `jailedFolder.ts` adds the symbolic-link check.
 *
 * A client path is always read relative to the folder: `/` is the folder itself, so an
 * "absolute" `/etc/passwd` names `<folder>/etc/passwd`, never the server's own `/etc`.
 */

/** Why a path was refused. None of these ever carries the server's real path. */
export type JailRefusal =
  | 'tooLong'
  | 'tooDeep'
  | 'nul'
  | 'control'
  | 'backslash'
  | 'driveLetter'
  | 'badEncoding'
  | 'encodedSeparator'
  | 'encodedDot'
  | 'doubleEncoding'
  | 'dotSegment'
  | 'escapesRoot';

export interface JailPolicy {
  /**
   * `percent`: the path comes from a URL and is decoded exactly once (RFC 3986 §2.1); `none`:
   * the path is literal text (FTP, RFC 959), so `%2e` is just three characters of a name.
   */
  decoding: 'percent' | 'none';
  /**
   * `within`: `..` climbs back, but never above the folder (FTP `cd ..`); `refuse`: any `..`
   * is refused (browsers never send one, RFC 3986 §5.2.4, so in HTTP it is an attack).
   */
  dotSegments: 'within' | 'refuse';
  /** Longest path accepted, in characters. */
  maxLength?: number;
  /** Most folders deep a path may name. */
  maxDepth?: number;
}

export const DEFAULT_MAX_PATH_LENGTH = 4096;
export const DEFAULT_MAX_PATH_DEPTH = 64;

export type JailedPath =
  | { ok: true; segments: readonly string[]; clientPath: string }
  | { ok: false; reason: JailRefusal };

// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const CONTROL = /[\u0000-\u001f\u007f]/;
const DRIVE = /^[a-z]:/i;
const PERCENT_ESCAPE = /%[0-9a-f]{2}/i;

/** The segments as a client shows them: `/`, `/docs`, `/docs/readme.txt`. */
export function clientPathOf(segments: readonly string[]): string {
  return `/${segments.join('/')}`;
}

type SegmentResult = { ok: true; name: string } | { ok: false; reason: JailRefusal };

function decodeSegment(raw: string, decoding: JailPolicy['decoding']): SegmentResult {
  if (decoding === 'none') return { ok: true, name: raw };
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    return { ok: false, reason: 'badEncoding' };
  }
  if (name.includes('/')) return { ok: false, reason: 'encodedSeparator' };
  // `%2e%2e` is `..` only after decoding: refusing it here means no later layer can be fooled.
  if (name !== raw && (name === '.' || name === '..')) return { ok: false, reason: 'encodedDot' };
  // What is still an escape after one decoding was encoded twice (`%252e`): a known trick.
  if (PERCENT_ESCAPE.test(name)) return { ok: false, reason: 'doubleEncoding' };
  return { ok: true, name };
}

function checkName(name: string): JailRefusal | undefined {
  if (name.includes('\0')) return 'nul';
  if (CONTROL.test(name)) return 'control';
  // A backslash separates folders on Windows, so `..\..` would climb there.
  if (name.includes('\\')) return 'backslash';
  if (DRIVE.test(name)) return 'driveLetter';
  return undefined;
}

/**
 * Resolves `input` against `cwd` (segments already inside the folder) under `policy`.
 * Empty and `.` segments are dropped; `//` counts as `/`.
 */
export function jailPath(
  input: string,
  policy: JailPolicy,
  cwd: readonly string[] = [],
): JailedPath {
  if (input.length > (policy.maxLength ?? DEFAULT_MAX_PATH_LENGTH)) {
    return { ok: false, reason: 'tooLong' };
  }
  const segments = input.startsWith('/') ? [] : [...cwd];
  for (const raw of input.split('/')) {
    const decoded = decodeSegment(raw, policy.decoding);
    if (!decoded.ok) return decoded;
    const refusal = checkName(decoded.name);
    if (refusal !== undefined) return { ok: false, reason: refusal };
    if (decoded.name === '' || decoded.name === '.') continue;
    if (decoded.name === '..') {
      if (policy.dotSegments === 'refuse') return { ok: false, reason: 'dotSegment' };
      if (segments.length === 0) return { ok: false, reason: 'escapesRoot' };
      segments.pop();
      continue;
    }
    segments.push(decoded.name);
  }
  if (segments.length > (policy.maxDepth ?? DEFAULT_MAX_PATH_DEPTH)) {
    return { ok: false, reason: 'tooDeep' };
  }
  return { ok: true, segments, clientPath: clientPathOf(segments) };
}
