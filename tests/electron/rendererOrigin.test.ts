import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  hasOrigin,
  originOf,
  resolveRendererLocation,
} from '../../electron/main/rendererOrigin';

describe('originOf', () => {
  it.each([
    ['app://puerto/index.html', 'app://puerto'],
    ['app://PUERTO/assets/x.js', 'app://puerto'],
    ['http://localhost:5173/src/main.ts', 'http://localhost:5173'],
    ['https://evil.example/', 'https://evil.example'],
    ['app://puerto@evil.example/', 'app://evil.example'],
  ])('%s has origin %s', (url, origin) => {
    expect(originOf(url)).toBe(origin);
  });

  it.each([
    'file:///etc/passwd',
    'about:blank',
    'javascript:alert(1)',
    'data:text/html,x',
    'nonsense',
  ])('%s has no origin the app could trust', (url) => {
    expect(originOf(url)).toBeUndefined();
    expect(hasOrigin(url, APP_ORIGIN)).toBe(false);
  });

  it('does not confuse a look-alike host with the app', () => {
    expect(hasOrigin('app://puerto.evil.example/', APP_ORIGIN)).toBe(false);
    expect(hasOrigin('app://puerto:8080/', APP_ORIGIN)).toBe(false);
  });
});

describe('resolveRendererLocation', () => {
  it('serves the packaged renderer from app://puerto', () => {
    const location = resolveRendererLocation({ isPackaged: true, developmentUrl: undefined });

    expect(location).toEqual({
      url: 'app://puerto/index.html',
      origin: APP_ORIGIN,
      development: false,
    });
  });

  it('uses a loopback dev server in development', () => {
    const location = resolveRendererLocation({
      isPackaged: false,
      developmentUrl: 'http://localhost:5173',
    });

    expect(location).toEqual({
      url: 'http://localhost:5173',
      origin: 'http://localhost:5173',
      development: true,
    });
  });

  it.each([
    [true, 'http://localhost:5173'],
    [false, 'https://evil.example/'],
    [false, 'http://192.0.2.10:5173/'],
    [false, 'file:///tmp/index.html'],
  ])('ignores the dev URL when packaged=%s or it is %s', (isPackaged, developmentUrl) => {
    const location = resolveRendererLocation({ isPackaged, developmentUrl });

    expect(location.origin).toBe(APP_ORIGIN);
    expect(location.development).toBe(false);
  });
});
