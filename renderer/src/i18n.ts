import { createI18n } from 'vue-i18n';
import { messages } from '../../shared/i18n';
import type { Locale } from '../../shared/i18n';

/**
 * Composition API only (`legacy: false`). vue-i18n compiles messages to an AST it interprets,
 * without `eval`, which the page's `script-src 'self'` policy forbids anyway.
 */
export function createPuertoI18n(locale: Locale) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages,
  });
}
