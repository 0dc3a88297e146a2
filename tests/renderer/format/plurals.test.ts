import { describe, expect, it } from 'vitest';
import { messages, pluralForm, translate } from '../../../shared/i18n';
import BaseTrafficCounters from '../../../renderer/src/components/servers/BaseTrafficCounters.vue';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';

/** Every "a | b | c" text of a catalogue, by its dotted key. */
function pluralTexts(node: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof node === 'string') {
    if (node.includes(' | ')) found.set(path, node);
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      for (const entry of pluralTexts(value, path === '' ? key : `${path}.${key}`)) {
        found.set(...entry);
      }
    }
  }
  return found;
}

async function countersText(locale: 'en' | 'es', value: number): Promise<string> {
  const counters = { bytesIn: value, bytesOut: value, messagesIn: value, messagesOut: value };
  const wrapper = createPuertoTestApp(locale).mountComponent(BaseTrafficCounters, { counters });
  await settle();
  return wrapper
    .findAll('.n-text')
    .map((part) => part.text().replace(/\s+/g, ' '))
    .join(' / ');
}

describe('counts in the window agree with their number', () => {
  it('says "1 message", never "1 messages", in both languages', async () => {
    expect(await countersText('en', 1)).toBe('1 byte in, 1 byte out / 1 message in, 1 out');
    expect(await countersText('es', 1)).toBe(
      '1 byte recibido, 1 byte enviado / 1 mensaje recibido, 1 enviado',
    );
    expect(await countersText('en', 65_536)).toBe(
      '65,536 bytes in, 65,536 bytes out / 65,536 messages in, 65,536 out',
    );
    expect(await countersText('es', 0)).toContain('0 mensajes recibidos, 0 enviados');
  });

  it('gives every plural text as many forms in Spanish as in English', () => {
    const english = pluralTexts(messages.en);
    const spanish = pluralTexts(messages.es);
    expect(english.size).toBeGreaterThan(20);
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) {
      expect(spanish.get(key)?.split(' | ').length, key).toBe(text.split(' | ').length);
    }
  });

  it('chooses forms as vue-i18n does, outside Vue too', () => {
    expect(pluralForm('none | one | {n} many', 0)).toBe('none');
    expect(pluralForm('none | one | {n} many', 1)).toBe('one');
    expect(pluralForm('none | one | {n} many', 7)).toBe('{n} many');
    expect(pluralForm('one | many', 0)).toBe('many');
    expect(translate('en', 'ui.log.count', {}, 1)).toBe('1 event');
    expect(translate('es', 'ui.log.count', {}, 0)).toBe('ningún evento');
    expect(translate('en', 'workspace.capture.exported', { name: 'c.jsonl' }, 2)).toBe(
      'Saved 2 events to c.jsonl.',
    );
  });
});
