/**
 * The token leaves the address bar after the first load (issue 12): the page drops `?token=`
 * with history.replaceState, while its WebSocket address keeps it for reconnects.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createTransport } from '../../../renderer/src/transport/createTransport';
import { removeTokenFromAddress } from '../../../renderer/src/transport/addressToken';

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('removeTokenFromAddress', () => {
  it('removes ?token= from the location, keeping the path, other parameters and hash', () => {
    window.history.replaceState({ kept: 1 }, '', '/index.html?lang=es&token=abc123&x=1#inspector');
    const entries = window.history.length;
    removeTokenFromAddress(window);
    expect(window.location.search).toBe('?lang=es&x=1');
    expect(window.location.pathname).toBe('/index.html');
    expect(window.location.hash).toBe('#inspector');
    expect(window.location.href).not.toContain('abc123');
    expect(window.history.state).toEqual({ kept: 1 });
    // Replaced, not pushed: Back does not bring the token back.
    expect(window.history.length).toBe(entries);
  });

  it('leaves an address without a token alone', () => {
    window.history.replaceState(null, '', '/?lang=en');
    const before = window.location.href;
    removeTokenFromAddress(window);
    expect(window.location.href).toBe(before);
  });

  it('keeps the token when the browser refuses cookies, since a reload needs it then', () => {
    const replaced: string[] = [];
    removeTokenFromAddress({
      location: { href: 'http://127.0.0.1:7780/?token=abc' } as Location,
      history: { state: null, replaceState: (_state, _title, url) => replaced.push(String(url)) },
      navigator: { cookieEnabled: false },
    });
    expect(replaced).toEqual([]);
  });
});

describe('createTransport in browser mode', () => {
  it('connects with the token and then removes it from the address', () => {
    window.history.replaceState(null, '', '/?token=abc123');
    const opened: string[] = [];
    const OriginalWebSocket = globalThis.WebSocket;
    class RecordingSocket {
      readyState = 0;
      binaryType = 'blob';
      onopen = null;
      onclose = null;
      onerror = null;
      onmessage = null;
      constructor(url: string) {
        opened.push(url);
      }
      send(): void {}
      close(): void {}
    }
    globalThis.WebSocket = RecordingSocket as unknown as typeof WebSocket;
    try {
      const transport = createTransport(window);
      expect(opened).toEqual([`ws://${window.location.host}/api?token=abc123`]);
      expect(window.location.search).toBe('');
      expect(window.location.href).not.toContain('abc123');
      transport.close();
    } finally {
      globalThis.WebSocket = OriginalWebSocket;
    }
  });
});
