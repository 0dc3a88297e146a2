/**
 * Closing the window stops every server a student started, and clients on other machines
 * lose them; so while servers are listening the close is held and the student is asked first.
 * `close` cannot wait for a promise, so every close is held once, the engine is asked, and the
 * close is issued again when it may go through.
 */
import type { MessageBoxOptions } from 'electron';
import type { EngineState, ServerInfo } from '../../shared/contract/model';
import { translate, type Locale } from '../../shared/i18n';

/** How many servers the question names before it says "…". */
export const LISTED_SERVERS = 4;
export const STOP_AND_CLOSE = 0;
export const CANCEL = 1;

export type CloseDecision = { kind: 'close' } | { kind: 'ask'; servers: ServerInfo[] };

/** A server still starting will be listening a moment later: it counts too. */
export function closeDecision(state: Pick<EngineState, 'servers'>): CloseDecision {
  const running = state.servers.filter(
    (server) => server.status === 'listening' || server.status === 'starting',
  );
  return running.length === 0 ? { kind: 'close' } : { kind: 'ask', servers: running };
}

/** `TCP 7007, UDP 7007, TCP 8080, UDP 5353…` */
export function serverList(servers: readonly ServerInfo[]): string {
  const named = servers
    .slice(0, LISTED_SERVERS)
    .map((server) => `${server.protocol.toUpperCase()} ${server.port}`);
  return `${named.join(', ')}${servers.length > LISTED_SERVERS ? '…' : ''}`;
}

export function closeQuestion(locale: Locale, servers: readonly ServerInfo[]): MessageBoxOptions {
  const text = (key: string, params: Record<string, string | number> = {}) =>
    translate(locale, `desktop.close.${key}`, params);
  const list = serverList(servers);
  return {
    type: 'question',
    title: text('title'),
    message:
      servers.length === 1
        ? text('messageOne', { list })
        : text('messageMany', { count: servers.length, list }),
    detail: text('detail'),
    buttons: [text('stopAndClose'), text('cancel')],
    defaultId: STOP_AND_CLOSE,
    cancelId: CANCEL,
    noLink: true,
  };
}

/** The part of `BrowserWindow` the guard uses. */
export interface GuardedWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

export interface CloseGuardOptions {
  window: GuardedWindow;
  getState: () => Promise<Pick<EngineState, 'servers'>>;
  /** Shows the question over the window; resolves with the button pressed. */
  ask: (question: MessageBoxOptions) => Promise<{ response: number }>;
  stopServers: (servers: readonly ServerInfo[]) => Promise<void>;
  locale: () => Locale;
  /**
   * True once the app is quitting (the system logs out, the dock's Quit): the engine is being
   * closed by `closeEngineOnQuit` then, and holding the close would cancel the quit.
   */
  quitting?: () => boolean;
}

export function guardCloseWithRunningServers(options: CloseGuardOptions): void {
  const { window } = options;
  let allowed = false;
  let deciding = false;

  const closeNow = (): void => {
    allowed = true;
    if (!window.isDestroyed()) window.close();
  };

  async function decide(): Promise<void> {
    let decision: CloseDecision;
    try {
      decision = closeDecision(await options.getState());
    } catch {
      // An engine that cannot answer must not trap the student in the app.
      decision = { kind: 'close' };
    }
    if (decision.kind === 'close') return closeNow();
    const { response } = await options.ask(closeQuestion(options.locale(), decision.servers));
    if (response !== STOP_AND_CLOSE) return;
    await options.stopServers(decision.servers).catch((error: unknown) => {
      console.error('Puerto could not stop every server before closing:', error);
    });
    closeNow();
  }

  window.on('close', (event) => {
    if (allowed || options.quitting?.() === true) return;
    event.preventDefault();
    // A second click on the close button while the question is open asks nothing new.
    if (deciding) return;
    deciding = true;
    void decide().finally(() => (deciding = false));
  });
}
