/**
 * The one catalogue of user-visible text, in English and Spanish. The renderer loads it into
 * vue-i18n; the CLI and the engine's error explanations read it through `translate`. Spanish is
 * typed as `typeof en`, so a key missing in either language fails the type check.
 */
import { en } from './en';
import { es } from './es';
import type { PuertoError } from '../contract/errors';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export type MessageSchema = typeof en;

export const messages: Record<Locale, MessageSchema> = { en, es };

/** Picks `es` for any Spanish locale tag (es, es-ES, es_MX.UTF-8…), else `en`. */
export function pickLocale(tag: string | undefined | null): Locale {
  return tag !== undefined && tag !== null && /^es\b|^es[-_]/i.test(tag) ? 'es' : 'en';
}

function lookup(locale: Locale, key: string): string | undefined {
  let node: unknown = messages[locale];
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * vue-i18n's default choice among "none | one | many" (or "one | many") forms for `count`,
 * so "1 events" reads "1 event" outside Vue too.
 */
export function pluralForm(template: string, count: number): string {
  const forms = template.split(' | ');
  if (forms.length === 1) return template;
  const index = forms.length === 2 ? (Math.abs(count) === 1 ? 0 : 1) : Math.min(Math.abs(count), 2);
  return forms[Math.min(index, forms.length - 1)] as string;
}

/**
 * vue-i18n-compatible `{name}` interpolation, for code that runs outside Vue (CLI, tests). With
 * `plural`, as `t(key, params, plural)`: the form for that count, whose `{n}` and `{count}` it
 * fills unless `params` names them.
 */
export function translate(
  locale: Locale,
  key: string,
  params: Record<string, string | number | boolean> = {},
  plural?: number,
): string {
  const found = lookup(locale, key) ?? lookup('en', key) ?? key;
  const template = plural === undefined ? found : pluralForm(found, plural);
  const values = plural === undefined ? params : { n: plural, count: plural, ...params };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export interface ErrorExplanation {
  title: string;
  explain: string;
  hint: string;
}

/**
 * Turns an error into the three sentences a student reads. A `reason` detail that is itself
 * a message key (`validation.portRange`) is translated first.
 */
export function explainError(locale: Locale, error: PuertoError): ErrorExplanation {
  const params: Record<string, string | number | boolean> = { ...error.details };
  const reason = params.reason;
  if (typeof reason === 'string' && lookup(locale, reason) !== undefined) {
    // The reason may name the other details too (`{field}`), so it is filled from them.
    params.reason = translate(locale, reason, params);
  }
  if (params.reason === undefined) params.reason = error.message;
  const base = `errors.${error.code}`;
  return {
    title: translate(locale, `${base}.title`, params),
    explain: translate(locale, `${base}.explain`, params),
    hint: translate(locale, `${base}.hint`, params),
  };
}
