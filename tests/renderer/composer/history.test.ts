import { describe, expect, it } from 'vitest';
import { MAX_HISTORY, MessageHistory } from '../../../renderer/src/composer/history';
import { EMPTY_DRAFT } from '../../../renderer/src/composer/types';
import type { ComposerDraft } from '../../../renderer/src/composer/types';

const draft = (text: string, change: Partial<ComposerDraft> = {}): ComposerDraft => ({
  ...EMPTY_DRAFT,
  text,
  ...change,
});

describe('MessageHistory', () => {
  it('walks back and forward, then returns the unsent draft', () => {
    const history = new MessageHistory();
    history.record(draft('one'));
    history.record(draft('48 49', { mode: 'hex' }));
    expect(history.previous(draft('typing'))).toEqual(draft('48 49', { mode: 'hex' }));
    expect(history.previous(draft('ignored'))).toEqual(draft('one'));
    expect(history.previous(draft('ignored'))).toBeUndefined();
    expect(history.next()).toEqual(draft('48 49', { mode: 'hex' }));
    expect(history.next()).toEqual(draft('typing'));
    expect(history.next()).toBeUndefined();
  });

  it('skips empty messages and repeats of the last one, and starts over after a send', () => {
    const history = new MessageHistory();
    history.record(draft('same'));
    history.record(draft('same'));
    history.record(draft(''));
    expect(history.size).toBe(1);
    history.previous(draft('x'));
    history.record(draft('new'));
    expect(history.previous(draft(''))).toEqual(draft('new'));
  });

  it('keeps a copy, so editing the recalled draft does not change the history', () => {
    const history = new MessageHistory();
    const sent = draft('kept');
    history.record(sent);
    sent.text = 'changed';
    const recalled = history.previous(draft(''));
    if (recalled !== undefined) recalled.text = 'edited';
    expect(history.next()).toEqual(draft(''));
    expect(history.previous(draft(''))).toEqual(draft('kept'));
  });

  it('forgets the oldest entries beyond its limit', () => {
    const history = new MessageHistory();
    for (let index = 0; index < MAX_HISTORY + 5; index++) history.record(draft(`m${index}`));
    expect(history.size).toBe(MAX_HISTORY);
    let oldest: ComposerDraft | undefined;
    for (let step = 0; step < MAX_HISTORY; step++) oldest = history.previous(draft(''));
    expect(oldest?.text).toBe('m5');
  });
});
