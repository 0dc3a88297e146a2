/**
 * Two machines and the classroom (issue 5), end to end in Chromium through browser mode: two
 * Puertos, A and B, each with its own data folder and page, find each other by classroom
 * discovery; B connects to A's server from the peer list, tests it (reachable, then refused
 * once A stops it); strangers' datagrams on the discovery port are ignored and counted; an
 * iterative server keeps a second client waiting in its queue; "Can my partner reach me?"
 * shows the addresses and the firewall help; and B's client group sends to two of A's servers.
 *
 * Both Puertos run on this machine: their beacons go only to the loopback broadcast address
 * 127.255.255.255 on a free port (see support/browserHost.ts), so nothing reaches a real
 * network. Across real hosts (network namespaces joined by a veth pair) the same features are
 * proven in tests/twoHosts, including the probe's "timed out", which needs a firewall rule
 * dropping the packets inside the server's namespace (tests/twoHosts/probe.test.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { requireTool } from '../support/requireTool';
import { startBrowserHost } from './support/browserHost';
import type { BrowserHost } from './support/browserHost';
import { LAB_VIEWPORT, launchChromium, openWatchedPage } from './support/chromiumPage';
import { shootPart } from './support/readmeShots';
import { connectRawTcp, freePortOnBothProtocols, sendLoopbackBroadcast } from './support/sockets';
import type { RawTcpClient } from './support/sockets';
import {
  PATIENCE_MS,
  eventRow,
  openSidebarForm,
  openTab,
  sendFromComposer,
  serverItem,
  startServer,
} from './support/workspacePage';

const haveChromium = requireTool('chromium', 'chromium');

/** Waits until `check` passes (or fails with its last error): the pages poll about once a second. */
function eventually(check: () => Promise<void> | void): Promise<void> {
  return vi.waitFor(check, { timeout: PATIENCE_MS, interval: 100 });
}

/** Types a nickname and turns discovery on, as a student does in the Classmates panel. */
async function joinClassroom(page: Page, nickname: string): Promise<void> {
  const panel = page.getByTestId('classroom-panel');
  await panel.getByTestId('classroom-nickname').locator('input').fill(nickname);
  await panel.getByTestId('classroom-switch').click();
  await page
    .locator('[data-testid="classroom-panel"][data-enabled="true"]')
    .waitFor({ timeout: PATIENCE_MS });
}

/** This machine's own addresses a partner could use (what the reach panel must list). */
function externalIPv4Addresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((addresses) => addresses ?? [])
    .filter((address) => address.family === 'IPv4' && !address.internal)
    .map((address) => address.address);
}

describe.skipIf(!haveChromium)('two machines and the classroom, end to end in Chromium', () => {
  const problems: string[] = [];
  const dataDirectories: string[] = [];
  const rawClients: RawTcpClient[] = [];
  let hostA: BrowserHost | undefined;
  let hostB: BrowserHost | undefined;
  let browser: Browser | undefined;
  let contextA: BrowserContext | undefined;
  let contextB: BrowserContext | undefined;
  let pageA: Page;
  let pageB: Page;
  let discoveryPort = 0;
  let echoPort = 0;
  let iterativePort = 0;

  function hosts(): { a: BrowserHost; b: BrowserHost } {
    if (hostA === undefined || hostB === undefined) throw new Error('the hosts did not start');
    return { a: hostA, b: hostB };
  }

  /** A as B's peer list shows it (by A's instance id, so it cannot be B's own entry). */
  function peerAOnB(): Locator {
    const instance = hosts().a.classroom.state().instance;
    return pageB.locator(`[data-testid="peer"][data-instance="${instance}"]`);
  }

  function peerServerOnB(protocol: 'tcp' | 'udp', port: number): Locator {
    return peerAOnB().locator(
      `[data-testid="peer-server"][data-protocol="${protocol}"][data-port="${port}"]`,
    );
  }

  beforeAll(async () => {
    // One free port for discovery, shared by both hosts: that is what makes them classmates.
    discoveryPort = await freePortOnBothProtocols();
    echoPort = await freePortOnBothProtocols();
    do iterativePort = await freePortOnBothProtocols();
    while (iterativePort === echoPort || iterativePort === discoveryPort);
    for (const name of ['a', 'b']) {
      dataDirectories.push(mkdtempSync(join(tmpdir(), `puerto-e2e-classroom-${name}-`)));
    }
    hostA = await startBrowserHost(dataDirectories[0] ?? '', {
      discoveryPort,
      hostname: 'aula-pc-a',
    });
    hostB = await startBrowserHost(dataDirectories[1] ?? '', {
      discoveryPort,
      hostname: 'aula-pc-b',
    });
    browser = await launchChromium();
    ({ context: contextA, page: pageA } = await openWatchedPage(
      browser,
      hostA.web.url,
      problems,
      LAB_VIEWPORT,
    ));
    ({ context: contextB, page: pageB } = await openWatchedPage(
      browser,
      hostB.web.url,
      problems,
      LAB_VIEWPORT,
    ));
  });

  afterAll(async () => {
    for (const client of rawClients) client.socket.destroy();
    await contextA?.close();
    await contextB?.close();
    await browser?.close();
    await hostA?.close();
    await hostB?.close();
    for (const directory of dataDirectories) rmSync(directory, { recursive: true, force: true });
  });

  it('finds the classmate once both turn discovery on, with the server A runs', async () => {
    const { a, b } = hosts();
    await startServer(pageA, 'tcp', echoPort, 'echo');

    // Off by default: nothing announced, no badge, until the student turns it on.
    for (const page of [pageA, pageB]) {
      await page.getByTestId('classroom-off').waitFor({ timeout: PATIENCE_MS });
      expect(await page.getByTestId('discovery-badge').count()).toBe(0);
    }
    expect(a.classroom.state().enabled).toBe(false);

    await joinClassroom(pageA, 'Ana');
    await joinClassroom(pageB, 'Bruno');
    for (const page of [pageA, pageB]) {
      await page.getByTestId('discovery-badge').waitFor({ timeout: PATIENCE_MS });
      // The notice says what is sent and where.
      await expect(page.getByTestId('discovery-notice').textContent()).resolves.toContain(
        `udp/${discoveryPort}`,
      );
    }
    expect(a.classroom.state()).toMatchObject({ enabled: true, nickname: 'Ana' });
    expect(b.classroom.state()).toMatchObject({ enabled: true, nickname: 'Bruno' });

    // B hears A, with A's nickname, host name, the address the beacon came from and its server.
    await peerServerOnB('tcp', echoPort).waitFor({ timeout: PATIENCE_MS });
    await expect(peerAOnB().getByTestId('peer-nickname').textContent()).resolves.toBe('Ana');
    await expect(peerAOnB().getByTestId('peer-hostname').textContent()).resolves.toBe('aula-pc-a');
    await expect(peerAOnB().getByTestId('peer-source').textContent()).resolves.toContain(
      '127.0.0.1',
    );
    await expect(peerServerOnB('tcp', echoPort).textContent()).resolves.toContain('echo');

    // A hears B, who runs no server; neither lists itself.
    const instanceB = b.classroom.state().instance;
    await pageA
      .locator(`[data-testid="peer"][data-instance="${instanceB}"]`, { hasText: 'Bruno' })
      .waitFor({ timeout: PATIENCE_MS });
    expect(await pageA.getByTestId('peer').count()).toBe(1);
    expect(await pageB.getByTestId('peer').count()).toBe(1);
    expect(b.classroom.state().peers.map((peer) => peer.instance)).toEqual([
      a.classroom.state().instance,
    ]);
  });

  it('opens a client to A’s server from the peer list and gets the echo back', async () => {
    const { a } = hosts();
    await peerServerOnB('tcp', echoPort).getByTestId('peer-server-connect').click();
    const opened = pageB.locator('[data-testid="client-item"][data-status="open"]');
    await opened.first().waitFor({ timeout: PATIENCE_MS });
    const ephemeral = Number(await opened.first().getAttribute('data-local-port'));
    expect(ephemeral).toBeGreaterThan(0);

    // A accepted exactly that client: its ephemeral port is the remote port A sees.
    await eventually(async () => {
      const state = await a.engine.getState();
      const accepted = state.connections.filter(
        (connection) => connection.role === 'server' && connection.local.port === echoPort,
      );
      expect(accepted.map((connection) => connection.remote.port)).toEqual([ephemeral]);
    });

    await sendFromComposer(
      pageB,
      new RegExp(`^Client · TCP .*:${ephemeral} ↔ .*:${echoPort}$`),
      'text',
      'hola desde B',
    );
    await eventRow(pageB, 'data-out', 'hola desde B').waitFor({ timeout: PATIENCE_MS });
    await eventRow(pageB, 'data-in', 'hola desde B').waitFor({ timeout: PATIENCE_MS });
    // …and A's page shows it arriving at its server.
    await eventRow(pageA, 'data-in', 'hola desde B').waitFor({ timeout: PATIENCE_MS });
  });

  it('tests A’s server: reachable, then refused once A stops it', async () => {
    const { a } = hosts();
    const row = peerServerOnB('tcp', echoPort);
    await row.getByTestId('peer-server-test').click();
    const reachable = row.locator('[data-testid="probe-outcome"][data-outcome="reachable"]');
    await reachable.waitFor({ timeout: PATIENCE_MS });
    await expect(reachable.getByTestId('probe-explanation').textContent()).resolves.toMatch(
      /accepted the connection/,
    );
    await shootPart(pageB, 'classroom.png', pageB.getByTestId('classroom-panel'));

    await serverItem(pageA, 'tcp', echoPort).getByTestId('server-stop').click();
    await serverItem(pageA, 'tcp', echoPort)
      .and(pageA.locator('[data-status="listening"]'))
      .waitFor({ state: 'detached', timeout: PATIENCE_MS });
    const listening = (await a.engine.getState()).servers.filter(
      (server) => server.status === 'listening',
    );
    expect(listening.map((server) => server.port)).not.toContain(echoPort);
    // A's next beacon no longer announces it, so B's list drops it: beacons follow what runs.
    await row.waitFor({ state: 'detached', timeout: PATIENCE_MS });

    // The student tests the same address and port from the client form instead.
    const form = await openSidebarForm(pageB, 'client');
    await form.getByTestId('client-protocol-tcp').click();
    await form.getByTestId('client-host').locator('input').fill('127.0.0.1');
    await form.getByTestId('client-port').locator('input').fill(String(echoPort));
    await form.getByTestId('client-test-reach').click();
    const refused = form.locator('[data-testid="probe-outcome"][data-outcome="refused"]');
    await refused.waitFor({ timeout: PATIENCE_MS });
    const explanation = await refused.getByTestId('probe-explanation').textContent();
    expect(explanation).toContain(`nothing listens on TCP port ${echoPort}`);
    expect(explanation).toContain('TCP and UDP ports are independent');
    // A refusal is an answer: no firewall is blamed for it.
    expect(await refused.getByTestId('firewall-help').count()).toBe(0);
  });

  it('ignores and counts datagrams on the discovery port that are not beacons', async () => {
    const { a, b } = hosts();
    const peersOfA = a.classroom.state().peers.map((peer) => peer.instance);
    const peersOfB = b.classroom.state().peers.map((peer) => peer.instance);
    await sendLoopbackBroadcast(discoveryPort, '{"puerto":1,"instance":"not hex", "servers":');
    await sendLoopbackBroadcast(discoveryPort, 'x'.repeat(2_000));

    for (const page of [pageA, pageB]) {
      const counter = page.getByTestId('classroom-ignored');
      await eventually(async () => {
        expect(await counter.getAttribute('data-malformed')).toBe('1');
        expect(await counter.getAttribute('data-oversized')).toBe('1');
      });
      await expect(counter.textContent()).resolves.toContain('1 malformed, 1 too large');
      expect(await page.getByTestId('peer').count()).toBe(1);
    }
    expect(a.classroom.state().peers.map((peer) => peer.instance)).toEqual(peersOfA);
    expect(b.classroom.state().peers.map((peer) => peer.instance)).toEqual(peersOfB);
  });

  it('keeps a second client waiting while an iterative server serves the first', async () => {
    const { a } = hosts();
    await startServer(pageA, 'tcp', iterativePort, 'echo', { concurrency: 'iterative' });
    const item = serverItem(pageA, 'tcp', iterativePort);
    await item.getByTestId('server-iterative-tag').waitFor();
    const queue = item.getByTestId('server-waiting-queue');

    const first = await connectRawTcp(iterativePort);
    rawClients.push(first);
    await queue
      .and(pageA.locator('[data-serving="1"][data-waiting="0"]'))
      .waitFor({ timeout: PATIENCE_MS });
    const second = await connectRawTcp(iterativePort);
    rawClients.push(second);
    await queue
      .and(pageA.locator('[data-serving="1"][data-waiting="1"]'))
      .waitFor({ timeout: PATIENCE_MS });
    const waiting = queue.getByTestId('server-waiting-item');
    await expect(waiting.getAttribute('data-position')).resolves.toBe('1');
    await expect(waiting.getAttribute('data-remote')).resolves.toBe(
      `127.0.0.1:${second.localPort}`,
    );
    await eventRow(pageA, 'waiting', String(second.localPort)).waitFor({ timeout: PATIENCE_MS });

    // The second writes first; the first's echo coming back proves the server was working
    // after the second's bytes arrived, and still has not answered them.
    second.socket.write('segundo\n');
    first.socket.write('primero\n');
    await eventually(() => expect(first.received()).toBe('primero\n'));
    expect(second.received()).toBe('');
    const state = await a.engine.getState();
    const server = state.servers.find((candidate) => candidate.port === iterativePort);
    expect(server?.waiting.map((endpoint) => endpoint.port)).toEqual([second.localPort]);
    await shootPart(pageA, 'iterative.png', item);

    // When the first leaves, the second is served: its held bytes are echoed, the queue empties.
    first.socket.end();
    await eventually(() => expect(second.received()).toBe('segundo\n'));
    await queue
      .and(pageA.locator('[data-serving="1"][data-waiting="0"]'))
      .waitFor({ timeout: PATIENCE_MS });
    second.socket.end();
    await queue
      .and(pageA.locator('[data-serving="0"][data-waiting="0"]'))
      .waitFor({ timeout: PATIENCE_MS });
  });

  it('answers "Can my partner reach me?" with the addresses and the firewall help', async () => {
    const item = serverItem(pageA, 'tcp', iterativePort);
    await item.getByTestId('server-reach').locator('.n-collapse-item__header').click();
    const details = item.getByTestId('server-reach-details');
    await details.getByTestId('server-reach-address').first().waitFor({ timeout: PATIENCE_MS });
    // "All interfaces" is dual stack (::) where the system has IPv6, else 0.0.0.0.
    expect(['all', 'all-ipv4']).toContain(await details.getAttribute('data-kind'));
    await details
      .locator(
        '[data-testid="server-reach-address"][data-address="127.0.0.1"][data-scope="loopback"]',
      )
      .waitFor();
    for (const address of externalIPv4Addresses()) {
      await details
        .locator(`[data-testid="server-reach-address"][data-address="${address}"]`)
        .waitFor();
    }
    if (externalIPv4Addresses().length > 0) {
      // The address to give a partner is the one "This machine" highlights.
      const highlighted = (await pageA.getByTestId('partner-address-value').textContent())?.trim();
      const address = highlighted?.includes(':') ? `[${highlighted}]` : highlighted;
      await expect(details.getByTestId('server-reach-partner-value').textContent()).resolves.toBe(
        `${address}:${iterativePort}`,
      );
    }

    const help = details.getByTestId('firewall-help');
    // The server's machine is this one (Linux); browser mode's sockets belong to node.
    await expect(help.getAttribute('data-platform')).resolves.toBe('linux');
    await expect(help.getAttribute('data-program')).resolves.toBe('browser');
    const intro = await help.getByTestId('firewall-intro').textContent();
    expect(intro).toContain(String(iterativePort));
    expect(intro).toContain('node (Node.js)');
    const commands = await help.getByTestId('firewall-command-text').allTextContents();
    expect(commands).toContain(`sudo ufw allow ${iterativePort}/tcp`);
    expect(commands).toContain(`sudo firewall-cmd --add-port=${iterativePort}/tcp`);
    await shootPart(pageA, 'reach.png', item);
  });

  it('sends one message to two of A’s servers, simultaneously and then in turns', async () => {
    const { a } = hosts();
    // UDP on the same port number as the iterative TCP server: a different port.
    await startServer(pageA, 'udp', iterativePort, 'echo');
    await openTab(pageB, 'groups');
    const view = pageB.getByTestId('client-group');
    for (const protocol of ['tcp', 'udp'] as const) {
      await view.getByTestId(`group-member-protocol-${protocol}`).click();
      await view.getByTestId('group-member-host').locator('input').fill('127.0.0.1');
      await view.getByTestId('group-member-port').locator('input').fill(String(iterativePort));
      await view.getByTestId('group-member-add').click();
      await view
        .locator(`[data-testid="group-member"][data-protocol="${protocol}"]`)
        .waitFor({ timeout: PATIENCE_MS });
    }
    await view.getByTestId('group-open').click();
    await expect
      .poll(() => view.locator('[data-testid="group-member"][data-status="open"]').count(), {
        timeout: PATIENCE_MS,
      })
      .toBe(2);

    const message = view.getByTestId('group-message').locator('textarea');
    await message.fill('hola a todos');
    await view.getByTestId('group-send').click();
    const roundOne = view.locator('[data-testid="group-round"][data-round="1"]');
    await expect
      .poll(() => roundOne.locator('[data-testid="group-answer"][data-state="answered"]').count(), {
        timeout: PATIENCE_MS,
      })
      .toBe(2);
    const answers = await roundOne.getByTestId('group-answer-text').allTextContents();
    expect(answers).toHaveLength(2);
    for (const answer of answers) expect(answer).toContain('hola a todos');

    // Round-robin: each send goes to the next member only.
    await view.getByTestId('group-mode-round-robin').click();
    const answeredBy: string[] = [];
    for (const [round, text] of [
      [2, 'uno'],
      [3, 'dos'],
    ] as const) {
      await message.fill(text);
      await view.getByTestId('group-send').click();
      const row = view.locator(`[data-testid="group-round"][data-round="${round}"]`);
      const answered = row.locator('[data-testid="group-answer"][data-state="answered"]');
      await answered.first().waitFor({ timeout: PATIENCE_MS });
      expect(await answered.count()).toBe(1);
      expect(await row.locator('[data-testid="group-answer"][data-state="not-sent"]').count()).toBe(
        1,
      );
      await expect(answered.getByTestId('group-answer-text').textContent()).resolves.toContain(
        text,
      );
      answeredBy.push((await answered.getAttribute('data-key')) ?? '');
    }
    expect(new Set(answeredBy).size).toBe(2);

    // Both answers really came from A's two servers, one TCP and one UDP.
    const state = await a.engine.getState();
    const served = state.servers.filter((server) => server.port === iterativePort);
    expect(served.map((server) => [server.protocol, server.counters.bytesIn > 0]).sort()).toEqual([
      ['tcp', true],
      ['udp', true],
    ]);
    await shootPart(pageB, 'groups.png', view);
    await view.getByTestId('group-close').click();
  });

  it('ran both pages without script errors, CSP violations or failed requests', () => {
    expect(problems).toEqual([]);
  });
});
