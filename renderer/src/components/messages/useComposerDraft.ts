/**
 * What the student is writing, and whether it can go: the draft, the bytes it makes, the
 * reason it cannot be sent (if any), the send itself and the session's history.
 */
import { computed, ref } from 'vue';
import type { Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { ConnectionInfo } from '../../../../shared/contract';
import { composeMessage } from '../../composer/composeMessage';
import { MessageHistory } from '../../composer/history';
import { payloadProblem } from '../../composer/limits';
import { EMPTY_DRAFT } from '../../composer/types';
import type { ComposerDraft } from '../../composer/types';
import { useEngineStore } from '../../stores/engine';
import { formatClosedAt } from './closingSide';
import type { BlockedReason } from './useConversationTarget';

export function useComposerDraft(
  conversation: Readonly<Ref<ConnectionInfo | undefined>>,
  blocked: Readonly<Ref<BlockedReason | undefined>>,
) {
  const { t } = useI18n();
  const engine = useEngineStore();
  const draft = ref<ComposerDraft>({ ...EMPTY_DRAFT });
  // One composer per window, so its history lasts the session (it is not saved with the workspace).
  const history = new MessageHistory();
  const sending = ref(false);

  const composed = computed(() => composeMessage(draft.value));
  const payload = computed(() => (composed.value.ok ? composed.value.value : undefined));
  const problem = computed(() => {
    if (!composed.value.ok) return composed.value.problem;
    const protocol = conversation.value?.protocol;
    return protocol === undefined
      ? undefined
      : payloadProblem(composed.value.value.length, protocol);
  });
  /** TCP has nothing to put on the wire for zero bytes; an empty UDP datagram is real. */
  const isEmptyForTcp = computed(
    () => payload.value?.length === 0 && conversation.value?.protocol !== 'udp',
  );
  const reason = computed(() => {
    if (blocked.value !== undefined) {
      const time = formatClosedAt(conversation.value?.closedAt);
      return t(`composer.blocked.${blocked.value}`, { time });
    }
    if (problem.value === undefined && isEmptyForTcp.value) return t('composer.blocked.empty');
    return '';
  });
  const canSend = computed(
    () =>
      blocked.value === undefined &&
      problem.value === undefined &&
      payload.value !== undefined &&
      !isEmptyForTcp.value,
  );

  async function send(): Promise<void> {
    const connectionId = conversation.value?.id;
    const bytes = payload.value;
    if (!canSend.value || sending.value || bytes === undefined || connectionId === undefined) {
      return;
    }
    sending.value = true;
    const sent = await engine.send(connectionId, bytes);
    sending.value = false;
    if (sent === undefined) return;
    history.record(draft.value);
    draft.value = { ...draft.value, text: '' };
  }

  function recall(direction: 'previous' | 'next'): void {
    const recalled = direction === 'previous' ? history.previous(draft.value) : history.next();
    if (recalled !== undefined) draft.value = recalled;
  }

  /** A repeated send starts from the current draft: it belongs in the history too. */
  function remember(): void {
    history.record(draft.value);
  }

  return { draft, payload, problem, reason, canSend, sending, send, recall, remember };
}
