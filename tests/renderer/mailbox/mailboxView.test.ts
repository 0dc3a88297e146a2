import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MailSummary } from '../../../shared/contract';
import { messages as catalogue } from '../../../shared/i18n';
import MailboxView from '../../../renderer/src/components/mailbox/MailboxView.vue';
import { MAILBOX_REFRESH_MS, useMailboxStore } from '../../../renderer/src/stores/mailbox';
import { dataEvent } from '../support/events';
import { FakePuertoApi } from '../support/fakePuertoApi';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';

function mail(id: string, overrides: Partial<MailSummary> = {}): MailSummary {
  return {
    id,
    receivedAt: Date.UTC(2025, 2, 3, 10, 0),
    envelopeFrom: 'profe@lab.example',
    mailboxes: ['alumno'],
    from: 'profe@lab.example',
    to: 'alumno@lab.example',
    subject: `Asunto ${id}`,
    text: `Texto del mensaje ${id}`,
    textTruncated: false,
    attachments: [],
    size: 321,
    ...overrides,
  };
}

/** A fake host whose mailbox the test fills; counts how often it was read. */
function mailHost(initial: MailSummary[] = []) {
  const api = new FakePuertoApi();
  const state = { messages: initial, reads: 0 };
  api.respond('getMailbox', () => {
    state.reads += 1;
    return { ok: true, value: { messages: state.messages } };
  });
  return { api, state };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('MailboxView', () => {
  it('says how to get mail when the mailbox is empty, in Spanish', async () => {
    const { api } = mailHost();
    const wrapper = createPuertoTestApp('es', api).mountComponent(MailboxView);
    await settle();
    expect(wrapper.get('[data-testid="mailbox-empty"]').text()).toBe(
      catalogue.es.services.mail.mailbox.empty,
    );
    wrapper.unmount();
  });

  it('lists the messages and shows the one chosen, with its text and attachments', async () => {
    const { api } = mailHost([
      mail('m2', { subject: '', attachments: ['notas.txt'], text: 'segunda\nlínea' }),
      mail('m1'),
    ]);
    const wrapper = createPuertoTestApp('en', api).mountComponent(MailboxView);
    await settle();
    const list = wrapper.get('[data-testid="mailbox-list"]');
    expect(list.text()).toContain('Asunto m1');
    expect(list.text()).toContain(catalogue.en.services.mail.mailbox.noSubject);
    expect(list.text()).toContain('321 bytes');
    expect(wrapper.find('[data-testid="mail-message"]').exists()).toBe(false);

    await wrapper.get('[data-testid="mail-row-m2"]').trigger('click');
    await settle();
    const message = wrapper.get('[data-testid="mail-message"]');
    expect(wrapper.get('[data-testid="mail-text"]').text()).toBe('segunda\nlínea');
    expect(message.text()).toContain('notas.txt');
    expect(message.text()).toContain('alumno');
    wrapper.unmount();
  });

  it('shows a read failure without filling the error banner', async () => {
    const api = new FakePuertoApi();
    api.respond('getMailbox', () => ({
      ok: false,
      error: { code: 'INTERNAL', message: 'host went away', details: {} },
    }));
    const wrapper = createPuertoTestApp('en', api).mountComponent(MailboxView);
    await settle();
    expect(wrapper.get('[data-testid="mailbox-error"]').text()).toContain(
      'The mailbox could not be read',
    );
    wrapper.unmount();
  });
});

describe('mailbox store', () => {
  it('reads again every few seconds while followed, and on a batch with mail traffic', async () => {
    vi.useFakeTimers();
    const { api, state } = mailHost();
    const app = createPuertoTestApp('en', api);
    const mailbox = useMailboxStore(app.pinia);

    const stop = mailbox.follow();
    await vi.advanceTimersByTimeAsync(0);
    expect(state.reads).toBe(1);

    state.messages = [mail('m1')];
    const accepted = dataEvent(1, 'data-out', '250 OK: message accepted\r\n');
    accepted.annotation = {
      protocol: 'smtp',
      role: 'response',
      lines: [{ text: '250 OK', key: 'services.mail.smtp.replies.r250' }],
    };
    api.emitBatch({ events: [dataEvent(2, 'data-in', 'hello')] });
    await vi.advanceTimersByTimeAsync(0);
    expect(state.reads).toBe(1);
    api.emitBatch({ events: [accepted] });
    await vi.advanceTimersByTimeAsync(0);
    expect(state.reads).toBe(2);
    expect(mailbox.messages.map((message) => message.id)).toEqual(['m1']);

    await vi.advanceTimersByTimeAsync(MAILBOX_REFRESH_MS);
    expect(state.reads).toBe(3);

    stop();
    api.emitBatch({ events: [accepted] });
    await vi.advanceTimersByTimeAsync(MAILBOX_REFRESH_MS * 3);
    expect(state.reads).toBe(3);
    expect(api.batchListenerCount).toBe(0);
  });

  it('stops reading while its tab is hidden', async () => {
    vi.useFakeTimers();
    const { api, state } = mailHost();
    const wrapper = createPuertoTestApp('en', api).mountComponent(MailboxView, { active: false });
    await vi.advanceTimersByTimeAsync(MAILBOX_REFRESH_MS * 2);
    expect(state.reads).toBe(0);
    await wrapper.setProps({ active: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(state.reads).toBe(1);
    wrapper.unmount();
  });
});
