/**
 * `puerto web` as an app (issue 11, item 6), run in this process so the browser launcher can be
 * injected: one line with the address, the browser opened only when someone can see it, and the
 * same port and token on every start with the same data folder. No real browser ever opens.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseWebArguments } from '../../electron/cli/arguments';
import type { BrowserLauncher } from '../../electron/cli/browserLauncher';
import type { CliContext } from '../../electron/cli/cliContext';
import { runWeb } from '../../electron/cli/web';
import { browserAddressPath } from '../../electron/web';
import { translate } from '../../shared/i18n';
import type { Locale } from '../../shared/i18n';

const URL_PATTERN = /^http:\/\/127\.0\.0\.1:(\d+)\/\?token=([0-9a-f]{64})$/;

let directory: string;
const blockers: Server[] = [];

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'puerto-web-launch-'));
});
afterEach(async () => {
  await Promise.all(blockers.splice(0).map((server) => new Promise((done) => server.close(done))));
  await rm(directory, { recursive: true, force: true });
});

interface Run {
  out: string[];
  err: string[];
  opened: string[];
  /** Resolves once the address is printed; `stop` then ends the run like Ctrl+C. */
  ready: Promise<string>;
  stop(): Promise<number>;
}

function startWeb(
  argv: string[],
  options: { env?: NodeJS.ProcessEnv; terminal?: boolean; locale?: Locale } = {},
): Run {
  const out: string[] = [];
  const err: string[] = [];
  const opened: string[] = [];
  let requestStop: (signal: NodeJS.Signals) => void = () => {};
  let announce: (url: string) => void = () => {};
  const ready = new Promise<string>((resolve) => (announce = resolve));
  const findUrl = (line: string) => /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/.exec(line)?.[0];
  const context: CliContext = {
    locale: options.locale ?? 'en',
    env: {
      PUERTO_DATA_DIR: directory,
      PUERTO_DISCOVERY_TARGETS: '127.0.0.1',
      DISPLAY: ':0',
      ...options.env,
    },
    out: (line) => {
      out.push(line);
      const url = findUrl(line);
      if (url !== undefined) announce(url);
    },
    err: (line) => err.push(line),
    outputIsTerminal: options.terminal ?? false,
    stopRequested: new Promise((resolve) => (requestStop = resolve)),
  };
  const launch: BrowserLauncher = (url) => opened.push(url);
  const exit = runWeb(parseWebArguments('web', argv), context, launch);
  void exit.then(() => announce(''));
  return {
    out,
    err,
    opened,
    ready,
    stop: () => {
      requestStop('SIGINT');
      return exit;
    },
  };
}

async function run(argv: string[], options: Parameters<typeof startWeb>[1] = {}) {
  const web = startWeb(argv, options);
  const url = await web.ready;
  const code = await web.stop();
  return { ...web, url, code };
}

describe('puerto web as an app', () => {
  it('says where it is in one line and opens the browser for someone at a terminal', async () => {
    for (const locale of ['en', 'es'] as const) {
      const web = startWeb([], { terminal: true, locale });
      const url = await web.ready;
      expect(url).toMatch(URL_PATTERN);
      expect(web.out).toEqual([translate(locale, 'cli.status.webOpen', { url })]);
      expect(web.opened).toEqual([url]);
      // The address works: the page comes behind the token.
      expect((await fetch(url)).status).toBe(200);
      expect(await web.stop()).toBe(0);
    }
  }, 60_000);

  it('opens nothing with --no-open, under CI, without a display, or piped without --open', async () => {
    const cases: Array<[string[], NodeJS.ProcessEnv, boolean]> = [
      [['--no-open'], {}, true],
      [[], { CI: 'true' }, true],
      [[], { DISPLAY: '' }, true],
      [[], {}, false],
    ];
    for (const [argv, env, terminal] of cases) {
      const web = await run(argv, { env, terminal });
      expect(web.opened, `${argv.join(' ')} ${JSON.stringify(env)}`).toEqual([]);
      expect(web.code).toBe(0);
    }
    // Piped: the bare address alone on stdout for scripts, the sentence on stderr.
    const piped = await run([]);
    expect(piped.out).toEqual([piped.url]);
    expect(piped.err).toContain(translate('en', 'cli.status.webOpen', { url: piped.url }));
    const asked = await run(['--open']);
    expect(asked.opened).toEqual([asked.url]);
  }, 60_000);

  it('keeps the same port and token across restarts of one data folder', async () => {
    const first = await run([]);
    const second = await run([]);
    expect(second.url).toBe(first.url);
    const [, port, token] = URL_PATTERN.exec(first.url) ?? [];
    const stored = JSON.parse(await readFile(browserAddressPath(directory), 'utf8'));
    expect(stored).toEqual({ version: 1, port: Number(port), token });
  }, 60_000);

  it('moves to a free port, keeping the token, when another program took the stored one', async () => {
    const blocker = createServer();
    blockers.push(blocker);
    await new Promise<void>((resolve) => blocker.listen({ port: 0, host: '127.0.0.1' }, resolve));
    const taken = (blocker.address() as { port: number }).port;
    const token = 'c'.repeat(64);
    await writeFile(
      browserAddressPath(directory),
      JSON.stringify({ version: 1, port: taken, token }),
    );

    const moved = await run([]);
    const [, port, usedToken] = URL_PATTERN.exec(moved.url) ?? [];
    expect(Number(port)).not.toBe(taken);
    expect(usedToken).toBe(token);
    expect(moved.err).toContain(
      translate('en', 'cli.status.portTaken', { previous: taken, port: Number(port) }),
    );
    const stored = JSON.parse(await readFile(browserAddressPath(directory), 'utf8'));
    expect(stored).toEqual({ version: 1, port: Number(port), token });
  }, 60_000);

  it('does not move away from a port given with --port: that port in use is an error', async () => {
    const blocker = createServer();
    blockers.push(blocker);
    await new Promise<void>((resolve) => blocker.listen({ port: 0, host: '127.0.0.1' }, resolve));
    const taken = (blocker.address() as { port: number }).port;
    const web = startWeb(['--port', String(taken)]);
    expect(await web.stop()).toBe(1);
    expect(web.out).toEqual([]);
    expect(web.opened).toEqual([]);
  }, 60_000);
});
