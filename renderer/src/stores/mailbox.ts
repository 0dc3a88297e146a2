import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { EventBatch, MailSummary, PuertoError } from '../../../shared/contract';
import { usePuertoClient } from '../client/puertoClient';
import { createFollowing } from './followers';

/** While the mailbox is on screen, it is read again this often even without mail traffic. */
export const MAILBOX_REFRESH_MS = 5_000;

/** Replies after which the mailbox has changed: a message accepted (250), a POP3 QUIT. */
const CHANGE_KEYS = new Set(['services.mail.smtp.replies.r250', 'services.mail.pop3.replies.quit']);

/** True when the batch shows the smtp or pop3 service changing the mailbox. */
export function touchesMailbox(batch: EventBatch): boolean {
  return batch.events.some(
    (event) =>
      event.kind === 'data-out' &&
      event.annotation?.lines?.some((line) => CHANGE_KEYS.has(line.key)) === true,
  );
}

/**
 * The lab mailbox the smtp and pop3 services share, read with `getMailbox`. Followed while a
 * view shows it: every few seconds, whenever a batch shows mail traffic, and when the link to
 * the host opens again. A failure stays here (a refresh every few seconds must not flood the
 * error banner).
 */
export const useMailboxStore = defineStore('mailbox', () => {
  const client = usePuertoClient();

  const messages = shallowRef<readonly MailSummary[]>([]);
  const error = shallowRef<PuertoError | null>(null);
  const loading = ref(false);
  const selectedId = ref<string | null>(null);
  const selected = computed(
    () => messages.value.find((message) => message.id === selectedId.value) ?? null,
  );
  let inFlight: Promise<void> | undefined;
  let again = false;

  async function load(): Promise<void> {
    loading.value = true;
    const result = await client.invoke('getMailbox', {});
    loading.value = false;
    if (result.ok) {
      messages.value = result.value.messages;
      error.value = null;
    } else {
      error.value = result.error;
    }
  }

  /** One read at a time; asks made meanwhile become one more read after it. */
  function refresh(): Promise<void> {
    if (inFlight !== undefined) {
      again = true;
      return inFlight;
    }
    inFlight = (async () => {
      do {
        again = false;
        await load();
      } while (again);
      inFlight = undefined;
    })();
    return inFlight;
  }

  function select(id: string | null): void {
    selectedId.value = id;
  }

  function startFollowing(): () => void {
    const timer = setInterval(() => {
      if (client.status.value === 'open') void refresh();
    }, MAILBOX_REFRESH_MS);
    const stopReloads = client.whenOpen(() => void refresh());
    const stopBatches = client.onBatch((batch) => {
      if (touchesMailbox(batch)) void refresh();
    });
    return () => {
      clearInterval(timer);
      stopReloads();
      stopBatches();
    };
  }

  /** Several components may follow at once; the refreshing stops when the last one leaves. */
  const follow = createFollowing(startFollowing);

  return { messages, error, loading, selectedId, selected, refresh, select, follow };
});
