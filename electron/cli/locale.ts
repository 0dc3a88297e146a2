/**
 * The language of the command line: `--lang` when given (anywhere on the line, so even usage
 * errors come out in the right language), else the POSIX locale variables in their order of
 * precedence (LC_ALL, LC_MESSAGES, LANG).
 */
import { LOCALES, pickLocale } from '../../shared/i18n';
import type { Locale } from '../../shared/i18n';

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

export function localeFromEnvironment(env: NodeJS.ProcessEnv): Locale {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find(
    (value) => value !== undefined && value !== '',
  );
  return pickLocale(tag);
}

/** The value given to `--lang`, if any, whether or not it is a valid language. */
export function requestedLanguage(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    if (argument === '--') return undefined;
    if (argument === '--lang') return argv[index + 1];
    if (argument.startsWith('--lang=')) return argument.slice('--lang='.length);
  }
  return undefined;
}

export function resolveLocale(argv: readonly string[], env: NodeJS.ProcessEnv): Locale {
  const requested = requestedLanguage(argv)?.toLowerCase();
  return requested !== undefined && isLocale(requested) ? requested : localeFromEnvironment(env);
}
