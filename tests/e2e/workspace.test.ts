/**
 * The lab workspace, end to end in Chromium through browser mode, as a student's session goes:
 * TCP and UDP servers on the same port number, two clients to the TCP one, a reply typed by hand
 * on the server side, text and hex, a real UDP client, the inspector, its hex dump and the
 * conversation view, Spanish and back; then browser mode restarts on the same data directory
 * and the workspace is there again. Screenshots for the README are taken along the way.
 */
import type { Socket as UdpSocket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WORKSPACE_FILE_NAME } from '../../shared/contract';
import { requireTool } from '../support/requireTool';
import { LAB_VIEWPORT } from './support/chromiumPage';
import { shootPart, shootWindow } from './support/readmeShots';
import { exchangeDatagram, freePortOnBothProtocols } from './support/sockets';
import { openWorkbenchSession } from './support/workbenchSession';
import type { WorkbenchSession } from './support/workbenchSession';
import {
  PATIENCE_MS,
  chooseOption,
  eventRow,
  openTab,
  openTcpClient,
  sendFromComposer,
  serverItem,
  startServer,
} from './support/workspacePage';

const haveChromium = requireTool('chromium', 'chromium');

/** Waits until `check` passes (or fails with its last error): the page applies batches a few times a second. */
function eventually(check: () => Promise<void> | void): Promise<void> {
  return vi.waitFor(check, { timeout: PATIENCE_MS, interval: 100 });
}

describe.skipIf(!haveChromium)('the lab workspace, end to end in Chromium', () => {
  let session: WorkbenchSession | undefined;
  let page: Page;
  let udpClient: UdpSocket | undefined;
  let port = 0;
  const clientPorts: number[] = [];

  function engine() {
    if (session === undefined) throw new Error('the session did not start');
    return session.host.engine;
  }

  beforeAll(async () => {
    port = await freePortOnBothProtocols();
    // The lab's screen size: the README's pictures are what a student sees there.
    session = await openWorkbenchSession('puerto-e2e-', { viewport: LAB_VIEWPORT });
    ({ page } = session);
  });

  afterAll(async () => {
    udpClient?.close();
    await session?.close();
  });

  it('starts TCP and UDP servers on the same port number, side by side on the canvas', async () => {
    await page.getByTestId('server-empty').waitFor();
    await startServer(page, 'tcp', port, 'manual');
    await startServer(page, 'udp', port, 'echo');

    const state = await engine().getState();
    expect(
      state?.servers.map(({ protocol, port: bound, status }) => [protocol, bound, status]),
    ).toEqual([
      ['tcp', port, 'listening'],
      ['udp', port, 'listening'],
    ]);

    // TCP down the machine's left edge, UDP down its right: level, separate, both numbered.
    const tcpTile = page.locator(
      `[data-testid="topology-port"][data-protocol="tcp"][data-port="${port}"]`,
    );
    const udpTile = page.locator(
      `[data-testid="topology-port"][data-protocol="udp"][data-port="${port}"]`,
    );
    await expect.poll(() => tcpTile.count(), { timeout: PATIENCE_MS }).toBe(1);
    await expect.poll(() => udpTile.count(), { timeout: PATIENCE_MS }).toBe(1);
    const tcpBox = await tcpTile.boundingBox();
    const udpBox = await udpTile.boundingBox();
    if (tcpBox === null || udpBox === null) throw new Error('a port tile is not drawn');
    expect(tcpBox.x + tcpBox.width).toBeLessThan(udpBox.x);
    expect(Math.abs(tcpBox.y - udpBox.y)).toBeLessThan(tcpBox.height);
    expect(await tcpTile.textContent()).toContain(String(port));
    expect(await udpTile.textContent()).toContain(String(port));

    // Started servers are remembered; the TCP one will start by itself next time.
    await serverItem(page, 'tcp', port).getByTestId('server-autostart').click();
    await serverItem(page, 'tcp', port)
      .locator('[data-testid="server-autostart"].n-switch--active')
      .waitFor({ timeout: PATIENCE_MS });
  });

  it('opens two clients to the TCP server, both shown, each with its own ephemeral port', async () => {
    clientPorts.push(await openTcpClient(page, port, 0));
    clientPorts.push(await openTcpClient(page, port, 1));
    const [first, second] = clientPorts;
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(0);
    expect(first).not.toBe(second);
    await expect(
      page.locator('[data-testid="client-item"][data-status="open"]').count(),
    ).resolves.toBe(2);
    for (const clientPort of clientPorts) {
      await page
        .locator(`[data-testid="client-item"][data-local-port="${clientPort}"]`)
        .getByTestId('client-local-port')
        .filter({ hasText: String(clientPort) })
        .waitFor();
      // Each client is drawn with its port, and a line joins it to the server it talks to.
      await page
        .locator(`[data-testid="topology-client"][data-local-port="${clientPort}"]`)
        .waitFor({ timeout: PATIENCE_MS });
    }
    await expect
      .poll(() => page.locator('[data-testid="topology-line"][data-status="open"]').count(), {
        timeout: PATIENCE_MS,
      })
      .toBeGreaterThanOrEqual(2);
    await expect(page.getByTestId('recent-target').first().getAttribute('data-port')).resolves.toBe(
      String(port),
    );
    const state = await engine().getState();
    const accepted = state?.connections.filter((item) => item.role === 'server');
    expect(accepted?.map((item) => item.remote.port).sort()).toEqual([...clientPorts].sort());
  });

  it('sends text from a client and answers in hex by hand from the server side', async () => {
    const [first] = clientPorts;
    await sendFromComposer(
      page,
      new RegExp(`^Client · TCP .*:${first} ↔`),
      'text',
      'hola servidor',
    );
    await eventRow(page, 'data-out', 'hola servidor').waitFor({ timeout: PATIENCE_MS });
    await eventRow(page, 'data-in', 'hola servidor').waitFor({ timeout: PATIENCE_MS });

    // The manual server says nothing by itself: the student picks the accepted connection.
    const serverSide = new RegExp(`^Server side · TCP .*:${port} ↔ .*:${first}$`);
    await sendFromComposer(page, serverSide, 'hex', '48 6F 6C 61 0D 0A');
    await expect(page.getByTestId('composer-text-field').textContent()).resolves.toContain(
      '48 6F 6C 61 0D 0A',
    );
    await eventually(async () => {
      const state = await engine().getState();
      const client = state?.clients.find((item) => item.local?.port === first);
      expect(client?.counters.bytesIn).toBe(6);
    });
    await expect
      .poll(() => page.locator('[data-testid="event-row"][data-kind="data-in"]').count(), {
        timeout: PATIENCE_MS,
      })
      .toBe(2);
  });

  it('shows a real UDP client’s datagram as a flow of its own', async () => {
    const exchange = await exchangeDatagram(port, 'ping udp');
    udpClient = exchange.socket;
    expect(exchange.answer).toBe('ping udp');
    await eventRow(page, 'data-in', 'ping udp').waitFor({ timeout: PATIENCE_MS });
    await page
      .locator('[data-testid="topology-peer"][data-protocol="udp"]')
      .waitFor({ timeout: PATIENCE_MS });
    const state = await engine().getState();
    const peer = state?.connections.find((item) => item.protocol === 'udp');
    expect(peer?.remote.port).toBe(exchange.localPort);
  });

  it('shows a message’s bytes in the hex dump', async () => {
    const inspector = page.getByTestId('message-inspector');
    const hexReply = inspector.locator('[data-testid="event-row"][data-kind="data-out"]', {
      hasText: /Hola/,
    });
    await hexReply.click();
    const detail = inspector.getByTestId('event-detail');
    await detail.waitFor();
    await expect(detail.getByTestId('detail-wire-bytes').textContent()).resolves.toContain('6');
    const row = detail.getByTestId('hex-row').first();
    await expect(row.textContent()).resolves.toMatch(/^0+\s*48 6f 6c 61 0d 0a\s+Hola\.\.$/i);
    await shootPart(page, 'inspector-hexdump.png', inspector, detail);
    // The whole session for the README: both servers, both clients, the selected reply's bytes.
    await detail.getByTestId('hex-row').last().scrollIntoViewIfNeeded();
    await shootWindow(page, 'workspace-en.png', 'server-new');
  });

  it('draws the first client’s conversation as a sequence diagram labelled request and response', async () => {
    await openTab(page, 'conversation');
    const view = page.getByTestId('conversation-view');
    await chooseOption(
      page,
      view.getByTestId('conversation-picker'),
      new RegExp(`:${clientPorts[0]} ↔`),
    );
    await view.getByTestId('conversation-bubbles').waitFor({ timeout: PATIENCE_MS });
    await expect(view.getByTestId('conversation-bubble').count()).resolves.toBe(2);
    await view.getByTestId('conversation-mode-diagram').click();
    const arrows = view.getByTestId('sequence-arrow');
    await expect.poll(() => arrows.count(), { timeout: PATIENCE_MS }).toBe(2);
    expect(await arrows.nth(0).getAttribute('data-label')).toBe('request');
    expect(await arrows.nth(0).getAttribute('data-sender')).toBe('local');
    expect(await arrows.nth(1).getAttribute('data-label')).toBe('response');
    expect(await arrows.nth(1).getAttribute('data-sender')).toBe('remote');
    await expect(view.getByTestId('sequence-diagram').textContent()).resolves.toMatch(
      /request · 14 bytes[\s\S]*response · 6 bytes/,
    );
    await shootPart(page, 'conversation.png', view, view.getByTestId('sequence-diagram'));
    await openTab(page, 'inspector');
  });

  it('speaks Spanish and back', async () => {
    const title = page.getByTestId('message-inspector').locator('.n-card-header__main');
    await expect(title.textContent()).resolves.toBe('Message inspector');
    await chooseOption(page, page.getByTestId('language-picker'), /^Español$/);
    await eventually(async () => expect(await title.textContent()).toBe('Inspector de mensajes'));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    // The same view as the English picture (the conversation test left its own tab in front).
    await openTab(page, 'topology');
    await page.getByTestId('hex-row').last().scrollIntoViewIfNeeded();
    await shootWindow(page, 'workspace-es.png', 'server-new');
    await chooseOption(page, page.getByTestId('language-picker'), /^English$/);
    await eventually(async () => expect(await title.textContent()).toBe('Message inspector'));
  });

  it('has a projector mode and a searchable catalogue of well-known ports', async () => {
    await page.getByTestId('projector-toggle').click();
    await page.locator('html.projector').waitFor({ state: 'attached' });
    await shootWindow(page, 'projector.png');
    await page.getByTestId('projector-toggle').click();
    await page.locator('html.projector').waitFor({ state: 'detached' });

    await openTab(page, 'catalogue');
    const catalogue = page.getByTestId('port-catalogue');
    await catalogue.getByTestId('catalogue-search').locator('input').fill('ssh');
    await catalogue.locator('[data-testid="catalogue-row"][data-port="22"]').waitFor();
    await catalogue.getByTestId('catalogue-search').locator('input').fill('');
    await catalogue.locator('[data-testid="catalogue-row"][data-port="7"]').waitFor();
    // The catalogue's heading, search, legend and its first four rows.
    const firstRows = catalogue.getByTestId('catalogue-row').nth(3);
    await shootPart(page, 'catalogue.png', catalogue, firstRows);
    await openTab(page, 'inspector');
  });

  it('finds the workspace restored when browser mode starts again', async () => {
    // Settings the next session must bring back: Spanish and the dark theme.
    await chooseOption(page, page.getByTestId('language-picker'), /^Español$/);
    await chooseOption(page, page.getByTestId('theme-picker'), /^Oscuro$/);
    if (session === undefined) throw new Error('the session did not start');
    const file = join(session.dataDirectory, WORKSPACE_FILE_NAME);
    await eventually(() => {
      const saved = JSON.parse(readFileSync(file, 'utf8'));
      expect(saved.settings).toMatchObject({ locale: 'es', theme: 'dark' });
      expect(saved.servers).toHaveLength(2);
    });

    udpClient?.close();
    udpClient = undefined;
    await session.restart();
    ({ page } = session);

    // The TCP server marked "start when Puerto starts" listens again; the UDP one waits, saved.
    await serverItem(page, 'tcp', port)
      .and(page.locator('[data-status="listening"]'))
      .waitFor({ timeout: PATIENCE_MS });
    await serverItem(page, 'udp', port)
      .and(page.locator('[data-status="saved"]'))
      .waitFor({ timeout: PATIENCE_MS });
    const state = await engine().getState();
    expect(
      state.servers.map(({ protocol, port: bound, status }) => [protocol, bound, status]),
    ).toEqual([['tcp', port, 'listening']]);
    await expect(page.getByTestId('recent-target').first().getAttribute('data-port')).resolves.toBe(
      String(port),
    );
    // The page opened in an English-speaking browser with no memory of its own: Spanish and
    // the dark theme came from the saved workspace.
    const title = page.getByTestId('message-inspector').locator('.n-card-header__main');
    await eventually(async () => expect(await title.textContent()).toBe('Inspector de mensajes'));
    await expect(page.getByTestId('theme-picker').textContent()).resolves.toContain('Oscuro');

    // The saved UDP plan starts again from its row.
    await serverItem(page, 'udp', port).getByTestId('server-start-again').click();
    await serverItem(page, 'udp', port)
      .and(page.locator('[data-status="listening"]'))
      .waitFor({ timeout: PATIENCE_MS });
  });

  it('ran both sessions without script errors, CSP violations or failed requests', () => {
    expect(session?.problems).toEqual([]);
  });
});
