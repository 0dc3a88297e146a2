import { describe, expect, it } from 'vitest';
import type { ClientInfo } from '../../../shared/contract';
import ClientListItem from '../../../renderer/src/components/clients/ClientListItem.vue';
import { openClient } from '../support/engineInfo';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';

const udpClient = (error?: ClientInfo['error']): ClientInfo =>
  openClient('client-1', 'connection-1', {
    protocol: 'udp',
    remote: { address: '127.0.0.1', port: 7008 },
    local: { address: '0.0.0.0', port: 50123 },
    counters: { bytesIn: 0, bytesOut: 5, messagesIn: 0, messagesOut: 1 },
    ...(error === undefined ? {} : { error }),
  });

const unreachable = {
  code: 'PORT_UNREACHABLE' as const,
  message: 'recvmsg ECONNREFUSED',
  details: { proto: 'UDP', address: '127.0.0.1', port: 7008 },
};

async function mountItem(client: ClientInfo, locale: 'en' | 'es' = 'en') {
  const wrapper = createPuertoTestApp(locale).mountComponent(ClientListItem, {
    client,
    selected: false,
  });
  await settle();
  return wrapper;
}

describe('a UDP client answered with ICMP port unreachable', () => {
  it('says "port unreachable" instead of "open", explains it, and can still be closed', async () => {
    const wrapper = await mountItem(udpClient(unreachable));
    expect(wrapper.find('[data-testid="client-unreachable"]').text()).toBe('port unreachable');
    expect(wrapper.text()).toContain('No UDP server on 127.0.0.1:7008');
    expect(wrapper.text()).toContain('ICMP “port unreachable”');
    expect(wrapper.find('[data-testid="client-close"]').attributes('disabled')).toBeUndefined();
  });

  it('says it in Spanish', async () => {
    const wrapper = await mountItem(udpClient(unreachable), 'es');
    expect(wrapper.find('[data-testid="client-unreachable"]').text()).toBe('puerto inalcanzable');
  });

  it('shows a UDP client without an answer as plainly open', async () => {
    const wrapper = await mountItem(udpClient());
    expect(wrapper.find('[data-testid="client-unreachable"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('open');
  });
});
