import { describe, expect, it } from 'vitest';
import { LOCALES, messages } from '../../shared/i18n';

/** Every leaf of a catalogue, as `path.to.key` → text (or the type found where text belongs). */
function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (typeof node !== 'object' || node === null) {
    found.set(prefix, node);
    return found;
  }
  for (const [key, child] of Object.entries(node)) {
    for (const [path, value] of leaves(child, prefix === '' ? key : `${prefix}.${key}`)) {
      found.set(path, value);
    }
  }
  return found;
}

/** The parts of the catalogue the renderer hands to vue-i18n. */
const RENDERER_NAMESPACES = [
  'classroom',
  'reach',
  'clientGroups',
  'ui',
  'events',
  'validation',
  'errors',
  'machine',
  'topology',
  'inspector',
  'conversation',
  'composer',
  'catalogue',
  'workspace',
  'services',
  'desktop',
];

const english = leaves(messages.en);
const spanish = leaves(messages.es);

describe('i18n catalogues', () => {
  it('has every key in both English and Spanish', () => {
    const missingInSpanish = [...english.keys()].filter((key) => !spanish.has(key));
    const missingInEnglish = [...spanish.keys()].filter((key) => !english.has(key));
    expect({ missingInSpanish, missingInEnglish }).toEqual({
      missingInSpanish: [],
      missingInEnglish: [],
    });
    expect(english.size).toBeGreaterThan(100);
  });

  it('holds only non-empty text', () => {
    for (const locale of LOCALES) {
      const notText = [...leaves(messages[locale])]
        .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
        .map(([key]) => key);
      expect(notText, locale).toEqual([]);
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: unknown) =>
      [...String(text).matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    const differing = [...english.keys()].filter(
      (key) =>
        JSON.stringify(placeholders(english.get(key))) !==
        JSON.stringify(placeholders(spanish.get(key))),
    );
    expect(differing).toEqual([]);
  });

  it('avoids the characters vue-i18n would read as syntax in what the renderer shows', () => {
    // `@` starts a linked message, `|` separates plural forms, `{…}` must be one placeholder.
    // Plural texts are meant ("no events | {n} event | {n} events", issue 11): their " | "
    // separators are allowed, any other `|` is not. The CLI's namespaces are printed by
    // `translate`, which has no such syntax.
    const unsafe = /[@|$]|\{(?!\w+\})|(?<!\{\w+)\}/;
    for (const locale of LOCALES) {
      const offending = [...leaves(messages[locale])]
        .filter(([key]) => RENDERER_NAMESPACES.some((namespace) => key.startsWith(`${namespace}.`)))
        .filter(([, value]) =>
          String(value)
            .split(' | ')
            .some((form) => unsafe.test(form)),
        )
        .map(([key, value]) => `${key}: ${String(value)}`);
      expect(offending, locale).toEqual([]);
    }
  });
});
