import { describe, expect, it } from 'vitest';
import type { BehaviourSession } from '../../electron/engine';
import { createBehaviourRegistry, LineFramer } from '../../electron/engine';
import { encodePayload } from '../../electron/engine/behaviours/reply';
import { decode, text } from './helpers';

/** A session that records what a behaviour does, with a switchable full buffer. */
function fakeSession(protocol: 'tcp' | 'udp' = 'tcp') {
  const sent: string[] = [];
  const calls: string[] = [];
  let full = false;
  const session: BehaviourSession = {
    id: 'connection-1',
    protocol,
    local: { address: '127.0.0.1', port: 7007 },
    remote: { address: '127.0.0.1', port: 50000 },
    send: (data) => {
      sent.push(decode(data));
      return !full;
    },
    end: () => calls.push('end'),
    close: () => calls.push('close'),
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
  };
  return { session, sent, calls, fill: (value: boolean) => (full = value) };
}

describe('LineFramer', () => {
  it('returns only complete lines, keeping a partial line across chunks', () => {
    const framer = new LineFramer();
    expect(framer.push(text('hel')).map(decode)).toEqual([]);
    expect(framer.push(text('lo\r\nwor')).map(decode)).toEqual(['hello\r\n']);
    expect(framer.push(text('ld\n\nnext')).map(decode)).toEqual(['world\n', '\n']);
    expect(framer.pendingBytes).toBe(4);
  });

  it('cuts a line that grows past its limit', () => {
    const framer = new LineFramer(4);
    expect(framer.push(text('abcdefghij')).map(decode)).toEqual(['abcd', 'efgh']);
    expect(framer.pendingBytes).toBe(2);
  });
});

describe('built-in behaviours', () => {
  const registry = createBehaviourRegistry();

  it('lists manual, echo and reply for both protocols', () => {
    expect(registry.names()).toEqual(['manual', 'echo', 'reply']);
    for (const name of registry.names()) {
      expect(registry.supports(name, 'tcp')).toBe(true);
      expect(registry.supports(name, 'udp')).toBe(true);
    }
    expect(registry.get('daytime')).toBeUndefined();
  });

  it('echo sends every chunk back, pauses reading while the peer is slow, and ends after the peer', () => {
    const echo = registry.get('echo')!.create({ name: 'echo' });
    const { session, sent, calls, fill } = fakeSession();
    echo.onData?.(session, text('uno'));
    fill(true);
    echo.onData?.(session, text('dos'));
    echo.onDrain?.(session);
    echo.onRemoteEnd?.(session);
    expect(sent).toEqual(['uno', 'dos']);
    expect(calls).toEqual(['pause', 'resume', 'end']);
  });

  it('reply answers once per message', () => {
    const reply = registry
      .get('reply')!
      .create({ name: 'reply', payload: 'OK', encoding: 'text', trigger: 'message' });
    const { session, sent } = fakeSession('udp');
    reply.onData?.(session, text('a\nb\n'));
    reply.onData?.(session, text('c'));
    expect(sent).toEqual(['OK', 'OK']);
  });

  it('reply answers once per complete line, per session', () => {
    const reply = registry
      .get('reply')!
      .create({ name: 'reply', payload: '4f 4b 0a', encoding: 'hex', trigger: 'line' });
    const first = fakeSession();
    const second = fakeSession();
    reply.onData?.(first.session, text('uno'));
    reply.onData?.(second.session, text('x\n'));
    expect(first.sent).toEqual([]);
    reply.onData?.(first.session, text(' dos\ntres\ncua'));
    expect(first.sent).toEqual(['OK\n', 'OK\n']);
    expect(second.sent).toEqual(['OK\n']);
  });

  it('encodes hex payloads with or without spaces', () => {
    expect([...encodePayload('48 6F 6c61', 'hex')]).toEqual([0x48, 0x6f, 0x6c, 0x61]);
    expect(decode(encodePayload('¡Hola!', 'text'))).toBe('¡Hola!');
  });
});
