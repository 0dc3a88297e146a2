/**
 * The engine keeps finished servers, clients and conversations in its state for a while; the
 * drawing shows each one fading for FADE_MS after it finished and then drops it. The fade is
 * timed from the moment this window saw the item finish, so the CSS animation and the removal
 * agree; items that finished long before (a reloaded page) are never drawn at all.
 */
import { FADE_MS } from './geometry';
import type { EngineView } from './types';

/** Item id → when its fade started (window clock, ms since the epoch). */
export type Closings = ReadonlyMap<string, number>;

interface Finishable {
  id: string;
  finished: boolean;
  finishedAt?: number;
}

function finishables(state: EngineView): Finishable[] {
  return [
    ...state.servers.map((server) => ({ id: server.id, finished: server.status === 'stopped' })),
    ...state.clients.map((client) => ({
      id: client.id,
      finished: client.status === 'closed' || client.status === 'error',
    })),
    ...state.connections.map((connection) => ({
      id: connection.id,
      finished: connection.status === 'closed',
      ...(connection.closedAt !== undefined ? { finishedAt: connection.closedAt } : {}),
    })),
  ];
}

export function trackClosings(previous: Closings, state: EngineView, now: number): Closings {
  const next = new Map<string, number>();
  for (const item of finishables(state)) {
    if (!item.finished) continue;
    const known = previous.get(item.id);
    if (known !== undefined) next.set(item.id, known);
    else if (item.finishedAt !== undefined && now - item.finishedAt >= FADE_MS) {
      next.set(item.id, item.finishedAt);
    } else next.set(item.id, now);
  }
  return next;
}

export type Presence = 'live' | 'closing';

/** `undefined`: not drawn (finished and faded, or finished before this window saw it). */
export function presenceOf(
  id: string,
  finished: boolean,
  closings: Closings,
  now: number,
): Presence | undefined {
  if (!finished) return 'live';
  const since = closings.get(id);
  if (since === undefined) return undefined;
  return now - since < FADE_MS ? 'closing' : undefined;
}

/** When the next fading item should disappear, so the caller can redraw then. */
export function nextFadeEnd(closings: Closings, now: number): number | undefined {
  let earliest: number | undefined;
  for (const since of closings.values()) {
    const end = since + FADE_MS;
    if (end > now && (earliest === undefined || end < earliest)) earliest = end;
  }
  return earliest;
}
