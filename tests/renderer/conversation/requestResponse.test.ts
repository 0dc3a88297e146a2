import { describe, expect, it } from 'vitest';
import {
  hasRequest,
  labelMessages,
  oppositeRole,
  requestDirection,
} from '../../../renderer/src/inspector/requestResponse';

const messages = (...kinds: Array<'in' | 'out'>) =>
  kinds.map((kind) => ({ kind: kind === 'in' ? ('data-in' as const) : ('data-out' as const) }));

describe('request and response labels', () => {
  it('knows who asks: the client, or whoever talks to an answering server', () => {
    expect(requestDirection('client', undefined)).toBe('out');
    expect(requestDirection('client', 'echo')).toBe('out');
    expect(requestDirection('server', 'echo')).toBe('in');
    expect(requestDirection('server', 'reply')).toBe('in');
    expect(requestDirection('server', 'http')).toBe('in');
    expect(requestDirection('server', 'manual')).toBeNull();
    expect(requestDirection('server', 'discard')).toBeNull();
    expect(requestDirection('server', undefined)).toBeNull();
    expect(requestDirection(undefined, 'echo')).toBeNull();
  });

  it('labels an echo server’s conversation: what arrives asks, what leaves answers', () => {
    expect(labelMessages(messages('in', 'out', 'in', 'out'), 'in')).toEqual([
      'request',
      'response',
      'request',
      'response',
    ]);
  });

  it('labels a client’s conversation: what it sends asks, what comes back answers', () => {
    expect(labelMessages(messages('out', 'in', 'in'), 'out')).toEqual([
      'request',
      'response',
      'response',
    ]);
  });

  it('leaves unlabelled what the other side says before anyone asked (a greeting)', () => {
    // An SMTP server greets first: 220 arrives before the client's EHLO.
    expect(labelMessages(messages('in', 'out', 'in'), 'out')).toEqual([
      undefined,
      'request',
      'response',
    ]);
    expect(labelMessages(messages('in', 'out', 'in'), 'out', true)[0]).toBe('response');
  });

  it('labels nothing where the roles are unknown', () => {
    expect(labelMessages(messages('in', 'out'), null)).toEqual([undefined, undefined]);
  });

  it('tells whether earlier messages held a request, and names the other side’s role', () => {
    expect(hasRequest(messages('in', 'in', 'out'), 'out')).toBe(true);
    expect(hasRequest(messages('in', 'in', 'out'), 'out', 2)).toBe(false);
    expect(hasRequest(messages('out'), null)).toBe(false);
    expect(oppositeRole('server')).toBe('client');
    expect(oppositeRole('client')).toBe('server');
    expect(oppositeRole(undefined)).toBeUndefined();
  });
});
