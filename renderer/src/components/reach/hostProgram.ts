import { findPreloadApi } from '../../transport/preloadTransport';

/**
 * Which program owns the sockets, and so which one a firewall must let through: the Puerto
 * desktop app (its preload exposed the API), or, in browser mode, the `node` process that
 * `npx puerto web` runs (the browser itself opens no socket to the partner).
 */
export type HostProgram = 'desktop' | 'browser';

export function hostProgram(scope: object = globalThis): HostProgram {
  return findPreloadApi(scope) === undefined ? 'browser' : 'desktop';
}
