/**
 * Finding a well-known port the way a student looks for one: by its number as they type it
 * ("5" already shows 53, 514…), by the service's name (HTTP, domain), by its RFC, or by a word
 * of the explanation in their own language, with or without accents ("peticion").
 */
import type { Locale } from '../i18n';
import { WELL_KNOWN_PORTS } from './wellKnownPorts';
import type { WellKnownPort } from './wellKnownPorts';

/** Lower-case letters without accents, so what is typed matches what is written. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

function words(text: string): string[] {
  return [...foldText(text).matchAll(/\p{L}+|\d+/gu)].map((match) => match[0]);
}

/** How well one typed word fits an entry: lower is better, `undefined` is no match. */
const RANK = {
  port: 0,
  portPrefix: 1,
  rfc: 2,
  service: 3,
  nickname: 4,
  summary: 5,
} as const;

function rankWord(entry: WellKnownPort, word: string, locale: Locale): number | undefined {
  const startsWord = (text: string) => words(text).some((candidate) => candidate.startsWith(word));
  if (/^\d+$/.test(word)) {
    if (String(entry.port) === word) return RANK.port;
    if (String(entry.port).startsWith(word)) return RANK.portPrefix;
    if (entry.rfc !== undefined && String(entry.rfc) === word) return RANK.rfc;
    return words(entry.summary[locale]).includes(word) ? RANK.summary : undefined;
  }
  if (entry.rfc !== undefined && 'rfc'.startsWith(word) && word.length >= 2) return RANK.rfc;
  if (startsWord(entry.service) || startsWord(entry.ianaName)) return RANK.service;
  if (startsWord(entry.nickname[locale])) return RANK.nickname;
  return startsWord(entry.summary[locale]) ? RANK.summary : undefined;
}

/**
 * Entries that match every word of `query`, best first (an exact port number before a port
 * that merely starts with it, a name before a word of the explanation), then by port.
 * An empty query lists the whole catalogue in port order.
 */
export function searchPorts(
  query: string,
  locale: Locale,
  catalogue: readonly WellKnownPort[] = WELL_KNOWN_PORTS,
): WellKnownPort[] {
  const typed = words(query);
  const scored: Array<{ entry: WellKnownPort; score: number }> = [];
  for (const entry of catalogue) {
    let score = 0;
    for (const word of typed) {
      const rank = rankWord(entry, word, locale);
      if (rank === undefined) {
        score = Number.POSITIVE_INFINITY;
        break;
      }
      score = Math.max(score, rank);
    }
    if (Number.isFinite(score)) scored.push({ entry, score });
  }
  return scored
    .sort((left, right) => left.score - right.score || left.entry.port - right.entry.port)
    .map((item) => item.entry);
}

export function findWellKnownPort(
  port: number,
  catalogue: readonly WellKnownPort[] = WELL_KNOWN_PORTS,
): WellKnownPort | undefined {
  return catalogue.find((entry) => entry.port === port);
}

/** One line for a suggestion list: "80 — HTTP (web)". */
export function describePort(entry: WellKnownPort, locale: Locale): string {
  return `${entry.port} — ${entry.service} (${entry.nickname[locale]})`;
}
