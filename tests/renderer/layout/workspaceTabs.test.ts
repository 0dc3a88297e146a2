/**
 * The centre's tabs: five views in a fixed order, each named in the page's language, drawn when
 * first chosen (the topology at once), and the mailbox read only while its tab is on screen.
 */
import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it } from 'vitest';
import { messages as catalogue } from '../../../shared/i18n';
import WorkspaceTabs from '../../../renderer/src/components/layout/WorkspaceTabs.vue';
import { dataEvent } from '../support/events';
import { FakePuertoApi } from '../support/fakePuertoApi';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A batch the mailbox reacts to: the SMTP server accepted a message. */
function mailAccepted() {
  const event = dataEvent(1, 'data-out', '250 OK: message accepted\r\n');
  event.annotation = {
    protocol: 'smtp',
    role: 'response',
    lines: [{ text: '250 OK', key: 'services.mail.smtp.replies.r250' }],
  };
  return { events: [event] };
}

async function mountTabs() {
  const api = new FakePuertoApi();
  let reads = 0;
  api.respond('getMailbox', () => {
    reads += 1;
    return { ok: true, value: { messages: [] } };
  });
  const wrapper = createPuertoTestApp('es', api).mountComponent(WorkspaceTabs);
  await settle();
  const tab = (name: string) => wrapper.get(`#workbench-tab-${name}`);
  const press = async (name: string, key: string) => {
    await tab(name).trigger('keydown', { key });
    await settle();
  };
  return { api, wrapper, tab, press, reads: () => reads };
}

describe('WorkspaceTabs', () => {
  it('lists the five views in order, titled in the page language', async () => {
    const { wrapper } = await mountTabs();
    const es = catalogue.es;
    const tabs = wrapper.findAll('[role="tab"]');
    expect(tabs.map((item) => item.attributes('id'))).toEqual(
      ['topology', 'conversation', 'groups', 'catalogue', 'mailbox'].map(
        (name) => `workbench-tab-${name}`,
      ),
    );
    expect(tabs.map((item) => item.text())).toEqual([
      es.topology.title,
      es.conversation.title,
      es.clientGroups.title,
      es.catalogue.title,
      es.services.mail.mailbox.title,
    ]);
    expect(tabs.map((item) => item.attributes('aria-selected'))).toEqual([
      'true',
      'false',
      'false',
      'false',
      'false',
    ]);
    wrapper.unmount();
  });

  it('draws a view when first chosen, and reads the mailbox only while it is shown', async () => {
    const { api, wrapper, press, reads } = await mountTabs();
    expect(wrapper.find('#workbench-panel-topology').exists()).toBe(true);
    expect(wrapper.find('[data-testid="mailbox-view"]').exists()).toBe(false);
    expect(reads()).toBe(0);

    await press('topology', 'End');
    expect(wrapper.get('#workbench-tab-mailbox').attributes('aria-selected')).toBe('true');
    expect(wrapper.find('[data-testid="mailbox-view"]').exists()).toBe(true);
    expect(reads()).toBe(1);
    api.emitBatch(mailAccepted());
    await settle();
    expect(reads()).toBe(2);

    await press('mailbox', 'Home');
    expect(wrapper.get('#workbench-tab-topology').attributes('aria-selected')).toBe('true');
    api.emitBatch(mailAccepted());
    await settle();
    expect(reads()).toBe(2);
    wrapper.unmount();
  });
});
