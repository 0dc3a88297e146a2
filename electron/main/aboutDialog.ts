/** Help → About Puerto: the version and what it runs on, which a lab administrator asks first. */
import type { MessageBoxOptions } from 'electron';
import { translate, type Locale } from '../../shared/i18n';

/** As in package.json; a test keeps the two the same. */
export const PUERTO_LICENSE = 'MIT';

export interface AboutFacts {
  version: string;
  electron: string;
  node: string;
  chrome: string;
}

export function aboutFactsOf(
  version: string,
  versions: Partial<Record<'electron' | 'node' | 'chrome', string>>,
): AboutFacts {
  return {
    version,
    electron: versions.electron ?? '?',
    node: versions.node ?? '?',
    chrome: versions.chrome ?? '?',
  };
}

export function aboutOptions(locale: Locale, facts: AboutFacts): MessageBoxOptions {
  const text = (key: string, params: Record<string, string> = {}) =>
    translate(locale, `desktop.about.${key}`, params);
  const { version, electron, node, chrome } = facts;
  return {
    type: 'info',
    title: text('title'),
    message: text('message', { version }),
    detail: [
      text('tagline'),
      text('versions', { electron, node, chrome }),
      text('license', { license: PUERTO_LICENSE }),
    ].join('\n'),
    buttons: [text('close')],
  };
}
