/**
 * The pages the http service writes itself (welcome, echo, folder listing, errors). Each page
 * carries Spanish and English together, the language the browser prefers first, because the
 * student reading it may not be the one whose browser asked. Every text comes from shared/i18n
 * and everything the client sent is escaped.
 */
import { LOCALES, pickLocale, translate } from '../../../shared/i18n';
import type { Locale } from '../../../shared/i18n';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** Translated and escaped, ready to put in a page. */
export function text(locale: Locale, key: string, params: Record<string, string | number> = {}) {
  return escapeHtml(translate(locale, key, params));
}

/** Both languages, the one `Accept-Language` names first (Spanish for `es-*`). */
export function localesFor(acceptLanguage: string | undefined): Locale[] {
  const first = pickLocale(acceptLanguage?.split(',')[0]?.trim());
  return [first, ...LOCALES.filter((locale) => locale !== first)];
}

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;' +
  'line-height:1.5;color:#1d2430}section+section{border-top:1px solid #ccd;margin-top:2rem}' +
  'pre{background:#f3f4f8;padding:.75rem;overflow-x:auto;white-space:pre-wrap;word-break:break-all}' +
  'code{background:#f3f4f8;padding:0 .2rem}td,th{padding:.1rem .8rem .1rem 0;text-align:left}';

/** The policy for generated pages: no script at all, a form may post back to this server only. */
export const PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/**
 * One page, a section per language. `title` and `section` return HTML that is already escaped.
 * `common` (tables, the bytes received) is the same in every language, so it is shown once,
 * right after the first section.
 */
export function bilingualPage(
  locales: readonly Locale[],
  title: (locale: Locale) => string,
  section: (locale: Locale) => string,
  common = '',
): string {
  const [first = 'en'] = locales;
  const sections = locales
    .map(
      (locale, index) =>
        `<section lang="${locale}"><h1>${title(locale)}</h1>${section(locale)}</section>` +
        (index === 0 && common !== '' ? `\n${common}` : ''),
    )
    .join('\n');
  return (
    `<!doctype html>\n<html lang="${first}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${title(first)}</title><style>${STYLE}</style></head>\n<body>\n${sections}\n</body></html>\n`
  );
}
