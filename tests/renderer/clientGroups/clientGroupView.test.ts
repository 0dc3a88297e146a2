import { afterEach, describe, expect, it } from 'vitest';
import type { RequestInput, ServerInfo } from '../../../shared/contract';
import { explainError, messages } from '../../../shared/i18n';
import { connected, finFromServer, received, sent } from './groupEvents';
import { groupApi, mountGroup } from './groupHarness';

afterEach(() => {
  document.body.innerHTML = '';
});

function listeningServer(protocol: 'tcp' | 'udp', port: number): ServerInfo {
  return {
    id: `server-${port}`,
    protocol,
    requestedPort: port,
    port,
    bind: { mode: 'loopback' },
    local: { address: '127.0.0.1', port },
    behaviour: { name: 'daytime' },
    status: 'listening',
    startedAt: 0,
    counters: { bytesIn: 0, bytesOut: 0, messagesIn: 0, messagesOut: 0 },
    concurrency: 'concurrent',
    waiting: [],
    activeConnections: 0,
    totalConnections: 0,
  };
}

describe('adding servers to the group', () => {
  it('explains a bad host or port as typed, in English, and adds nothing', async () => {
    const harness = await mountGroup('en');
    await harness.fill('group-member-host', 'lab pc');
    await harness.fill('group-member-port', '0');
    const { wrapper } = harness;
    expect(wrapper.get('[data-testid="group-member-host-field"]').text()).toContain(
      messages.en.validation.hostInvalid,
    );
    expect(wrapper.get('[data-testid="group-member-port-field"]').text()).toContain(
      messages.en.validation.remotePortRange,
    );
    expect(wrapper.get('[data-testid="group-member-add"]').attributes('disabled')).toBeDefined();
    await wrapper.get('[data-testid="group-member-form"]').trigger('submit');
    expect(harness.group.members).toEqual([]);
    wrapper.unmount();
  });

  it('explains in Spanish, and refuses the same server twice', async () => {
    const harness = await mountGroup('es');
    await harness.fill('group-member-host', '');
    expect(harness.wrapper.get('[data-testid="group-member-host-field"]').text()).toContain(
      messages.es.validation.hostEmpty,
    );
    await harness.fill('group-member-host', '127.0.0.1');
    await harness.addByHand(13);
    await harness.addByHand(13);
    expect(harness.group.members).toHaveLength(1);
    expect(harness.wrapper.get('[data-testid="group-member-problem"]').text()).toBe(
      messages.es.clientGroups.problems.duplicate,
    );
    // TCP and UDP ports are independent: UDP 13 is another server.
    await harness.addByHand(13, 'udp');
    expect(harness.group.members.map((member) => member.protocol)).toEqual(['tcp', 'udp']);
    harness.wrapper.unmount();
  });

  it('adds from recent targets and from the servers running here, with one click each', async () => {
    const harness = await mountGroup('en');
    harness.workspace.recentTargets = [{ protocol: 'tcp', host: '192.168.1.20', port: 13 }];
    await harness.setState({ servers: [listeningServer('udp', 7013)] });
    const chips = harness.wrapper.findAll('[data-testid="group-suggestion"]');
    expect(chips.map((chip) => chip.attributes('data-source'))).toEqual(['local', 'recent']);
    for (const chip of chips) await chip.trigger('click');
    expect(harness.group.members.map(({ protocol, host, port }) => [protocol, host, port])).toEqual(
      [
        ['udp', '127.0.0.1', 7013],
        ['tcp', '192.168.1.20', 13],
      ],
    );
    // Both are in the group now: nothing is left to suggest.
    expect(harness.wrapper.findAll('[data-testid="group-suggestion"]')).toHaveLength(0);
    harness.wrapper.unmount();
  });
});

describe('opening, sending and comparing', () => {
  it('opens one client per server; a refused one explains itself and the others keep working', async () => {
    const harness = await mountGroup('en', groupApi([9]));
    for (const port of [7, 9, 13]) await harness.addByHand(port);
    await harness.click('group-open');

    expect(harness.api.callsOf('openClient')).toEqual([
      { protocol: 'tcp', host: '127.0.0.1', port: 7 },
      { protocol: 'tcp', host: '127.0.0.1', port: 9 },
      { protocol: 'tcp', host: '127.0.0.1', port: 13 },
    ]);
    expect(harness.memberStatuses()).toEqual(['open', 'failed', 'open']);
    const failedItem = harness.wrapper.findAll('[data-testid="group-member"]')[1];
    const explained = explainError('en', {
      code: 'CONNECTION_REFUSED',
      message: '',
      details: { host: '127.0.0.1', port: 9, proto: 'tcp' },
    });
    expect(failedItem?.get('[data-testid="error-explanation"]').text()).toContain(explained.title);
    expect(failedItem?.text()).toContain(explained.explain);
    // Only what opened is remembered as a recent target.
    expect(harness.workspace.recentTargets.map((target) => target.port).sort()).toEqual([13, 7]);

    await harness.fill('group-message', 'hola');
    await harness.click('group-send');
    expect(harness.sentTo()).toEqual(['connection-1', 'connection-2']);
    const payload = (harness.api.callsOf('send')[0] as RequestInput<'send'>).data;
    expect(new TextDecoder().decode(payload)).toBe('hola\n');
    harness.wrapper.unmount();
  });

  it('sends with the chosen line ending and shows each answer in its round and column', async () => {
    const harness = await mountGroup('en');
    for (const port of [7, 13]) await harness.addByHand(port);
    await harness.click('group-open');
    await harness.wrapper
      .get('[data-testid="group-sender"] [data-testid="composer-ending-crlf"] input')
      .setValue(true);
    await harness.fill('group-message', 'time?');
    await harness.click('group-send');
    const payload = (harness.api.callsOf('send')[0] as RequestInput<'send'>).data;
    expect(Array.from(payload.slice(-2))).toEqual([0x0d, 0x0a]);

    const cells = () => harness.wrapper.findAll('[data-testid="group-answer"]');
    expect(cells().map((cell) => cell.attributes('data-state'))).toEqual(['waiting', 'waiting']);
    expect(cells()[0]?.text()).toBe(messages.en.clientGroups.answers.waiting);

    await harness.feed([
      sent('connection-1', 'time?\r\n', { seq: 1, at: 0 }),
      sent('connection-2', 'time?\r\n', { seq: 2, at: 0.1 }),
      received('connection-2', 'Mon Jan  1 10:00:00 2024\r\n', { seq: 3, at: 2.6 }),
    ]);
    expect(cells().map((cell) => cell.attributes('data-state'))).toEqual(['waiting', 'answered']);
    const answer = cells()[1];
    expect(answer?.get('[data-testid="group-answer-text"]').text()).toBe(
      'Mon Jan  1 10:00:00 2024\\r\\n',
    );
    expect(answer?.get('[data-testid="group-answer-bytes"]').text()).toBe('26 bytes');
    expect(answer?.get('[data-testid="group-answer-timing"]').text()).toBe(
      'first byte after 2.5 ms',
    );
    const headers = harness.wrapper.findAll('[data-testid="group-answer-header"]');
    expect(headers.map((header) => header.text())).toEqual([
      'TCP127.0.0.1:7open',
      'TCP127.0.0.1:13open',
    ]);
    harness.wrapper.unmount();
  });

  it('alternates round-robin, skipping a member whose connection closed, with "—" elsewhere', async () => {
    const harness = await mountGroup('en');
    for (const port of [7, 13, 17]) await harness.addByHand(port);
    await harness.click('group-open');
    await harness.wrapper.get('[data-testid="group-mode-round-robin"] input').setValue(true);
    await harness.fill('group-message', 'x');

    // The daytime server (port 13) answered and closed its side: its client is closed now.
    const [first, second, third] = harness.group.views;
    await harness.setState({
      clients: [
        { ...first!.client!, status: 'open' },
        { ...second!.client!, status: 'closed' },
        { ...third!.client!, status: 'open' },
      ],
    });
    expect(harness.memberStatuses()).toEqual(['open', 'closed', 'open']);
    for (let round = 0; round < 3; round++) await harness.click('group-send');
    expect(harness.sentTo()).toEqual(['connection-1', 'connection-3', 'connection-1']);

    const rows = harness.wrapper.findAll('[data-testid="group-round"]');
    expect(rows.map((row) => row.attributes('data-round'))).toEqual(['1', '2', '3']);
    expect(
      rows.map((row) =>
        row.findAll('[data-testid="group-answer"]').map((cell) => cell.attributes('data-state')),
      ),
    ).toEqual([
      ['waiting', 'not-sent', 'not-sent'],
      ['not-sent', 'not-sent', 'waiting'],
      ['waiting', 'not-sent', 'not-sent'],
    ]);
    expect(rows[0]?.findAll('[data-testid="group-answer"]')[1]?.text()).toBe('—');
    harness.wrapper.unmount();
  });

  it('shows a refused send in the cell of its member only', async () => {
    const api = groupApi();
    const harness = await mountGroup('es', api);
    for (const port of [7, 13]) await harness.addByHand(port);
    await harness.click('group-open');
    api.respond('send', (request) =>
      request.connectionId === 'connection-2'
        ? {
            ok: false,
            error: { code: 'CONNECTION_CLOSED', message: 'closed', details: {} },
          }
        : { ok: true, value: { bytes: request.data.byteLength, flushed: true } },
    );
    await harness.fill('group-message', 'hola');
    await harness.click('group-send');
    const cells = harness.wrapper.findAll('[data-testid="group-answer"]');
    expect(cells.map((cell) => cell.attributes('data-state'))).toEqual(['waiting', 'failed']);
    expect(cells[1]?.text()).toContain(
      explainError('es', { code: 'CONNECTION_CLOSED', message: '', details: {} }).title,
    );
    harness.wrapper.unmount();
  });

  it('will not open or send with fewer than two servers, and says why', async () => {
    const harness = await mountGroup('en');
    await harness.addByHand(7);
    expect(harness.wrapper.get('[data-testid="group-open"]').attributes('disabled')).toBeDefined();
    expect(harness.wrapper.get('[data-testid="group-reason"]').text()).toBe(
      messages.en.clientGroups.problems.tooFew.replace('{min}', '2'),
    );
    await harness.addByHand(13);
    expect(harness.wrapper.get('[data-testid="group-reason"]').text()).toBe(
      messages.en.clientGroups.problems.noneOpen,
    );
    harness.wrapper.unmount();
  });

  it('closes every open client with one click, and opens them again', async () => {
    const harness = await mountGroup('en');
    for (const port of [7, 13]) await harness.addByHand(port);
    await harness.click('group-open');
    await harness.click('group-close');
    expect(harness.api.callsOf('closeClient')).toEqual([
      { clientId: 'client-1' },
      { clientId: 'client-2' },
    ]);
    expect(harness.memberStatuses()).toEqual(['closed', 'closed']);
    await harness.click('group-open');
    expect(harness.memberStatuses()).toEqual(['open', 'open']);
    expect(harness.group.views.map((view) => view.client?.id)).toEqual(['client-3', 'client-4']);
    harness.wrapper.unmount();
  });
});

describe('servers that speak first', () => {
  it('shows a TCP daytime answer on connecting, before any message is sent', async () => {
    const harness = await mountGroup('en');
    for (const port of [13, 7]) await harness.addByHand(port);
    await harness.click('group-open');
    expect(harness.wrapper.find('[data-testid="group-greeting"]').exists()).toBe(false);

    await harness.feed([
      connected('connection-1', { seq: 1, at: 0 }),
      connected('connection-2', { seq: 2, at: 0 }),
      received('connection-1', 'Mon Jan  1 10:00:00 2024\r\n', { seq: 3, at: 12 }),
      finFromServer('connection-1', { seq: 4, at: 13 }),
    ]);
    const row = harness.wrapper.get('[data-testid="group-greeting"]');
    expect(row.text()).toContain(messages.en.clientGroups.answers.onConnect);
    const cells = row.findAll('[data-testid="group-answer"]');
    expect(cells.map((cell) => cell.attributes('data-state'))).toEqual(['answered', 'not-sent']);
    expect(cells[0]?.get('[data-testid="group-answer-timing"]').text()).toBe(
      '12 ms after connecting',
    );
    expect(cells[0]?.get('[data-testid="group-answer-half-closed"]').text()).toBe(
      messages.en.clientGroups.answers.halfClosedBy.remote,
    );
    expect(harness.wrapper.findAll('[data-testid="group-round"]')).toHaveLength(0);
    harness.wrapper.unmount();
  });
});

describe('a server that answered and closed its side', () => {
  it('is skipped by the next sends and replaced by a fresh client on Open', async () => {
    const harness = await mountGroup('en');
    for (const port of [13, 7]) await harness.addByHand(port);
    await harness.click('group-open');
    const [daytime, echo] = harness.group.views;
    await harness.setState({
      clients: [{ ...daytime!.client!, status: 'half-closed' }, echo!.client!],
      connections: [
        {
          id: daytime!.client!.connectionId,
          protocol: 'tcp',
          role: 'client',
          clientId: daytime!.client!.id,
          local: { address: '127.0.0.1', port: 50001 },
          remote: { address: '127.0.0.1', port: 13 },
          status: 'half-closed',
          localEnded: false,
          remoteEnded: true,
          flow: 'flowing',
          openedAt: 0,
          counters: daytime!.client!.counters,
        },
      ],
    });
    await harness.fill('group-message', 'x');
    await harness.click('group-send');
    expect(harness.sentTo()).toEqual(['connection-2']);

    await harness.click('group-open');
    expect(harness.api.callsOf('closeClient')).toEqual([{ clientId: 'client-1' }]);
    expect(harness.api.callsOf('openClient')).toHaveLength(3);
    expect(harness.group.views[0]?.client?.id).toBe('client-3');
    harness.wrapper.unmount();
  });
});
