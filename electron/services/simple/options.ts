/**
 * The knobs of the simple services. None is part of a server's saved options: they are the
 * limits and sources of time and chance, each with a safe default, that tests replace.
 */

export interface SimpleServiceOptions {
  /** Wall-clock time in milliseconds since 1970, possibly with a fraction (daytime, time, SNTP). */
  clock: () => number;
  /** A number in [0, 1): chargen's UDP burst sizes and which quote comes first. */
  random: () => number;
  /**
   * After a one-answer TCP service (daytime, qotd, time) sends its FIN, how long the client may
   * keep its side open before the server closes the connection anyway.
   */
  lingerMs: number;
  /** Line notes per message in the inspector; the rest are summed up in one more note. */
  notesPerMessage: number;
  /**
   * Characters of a line a note repeats. The capture already holds the bytes; notes stay
   * small so a flood of long lines cannot double what the capture keeps.
   */
  noteCharacters: number;
}

/**
 * `Date.now()` follows the system clock (also when it is stepped) but only to the millisecond.
 * The bits below it are filled at random, as RFC 4330 §3 advises for a timestamp's
 * non-significant bits, rather than left at zero.
 */
export function systemClock(): number {
  return Date.now() + Math.random();
}

export const DEFAULT_SIMPLE_OPTIONS: Readonly<SimpleServiceOptions> = {
  clock: systemClock,
  random: Math.random,
  lingerMs: 10_000,
  notesPerMessage: 8,
  noteCharacters: 160,
};
