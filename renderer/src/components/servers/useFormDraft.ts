import { nextTick, ref, watch } from 'vue';
import type { Ref } from 'vue';
import type { BehaviourConfigInput, Concurrency, Protocol } from '../../../../shared/contract';
import { useServerDraftStore } from '../../stores/serverDraft';
import type { ServerDraft } from '../../stores/serverDraft';
import { initialConfigOf } from './behaviourChoices';
import { bindValue } from './bindChoices';
import { labPortOfEntry, serviceEntryOf } from './servicePorts';

export interface DraftTargets {
  protocol: Ref<Protocol>;
  portText: Ref<string>;
  portTyped: Ref<boolean>;
  bindChoice: Ref<string>;
  behaviour: Ref<BehaviourConfigInput>;
  concurrency: Ref<Concurrency>;
}

/**
 * Takes what the catalogue or a card's Edit proposes into the New server form: every field
 * the proposal names, the behaviour included (a proposal that keeps the last behaviour is how
 * "Ready for QOTD" once started chargen). `filled` is the note above the form until the
 * student changes the protocol or the port; `replacing` is the card an edit will take over.
 */
export function useFormDraft(fields: DraftTargets, onApplied: () => void) {
  const drafts = useServerDraftStore();
  const filled = ref<{ service?: string; editing: boolean } | undefined>(undefined);
  const replacing = ref<ServerDraft['replaces']>(undefined);

  function apply(draft: ServerDraft): void {
    fields.protocol.value = draft.protocol;
    fields.portText.value = String(draft.port);
    const config = draft.config ?? initialConfigOf(draft.behaviour);
    if (config !== undefined) fields.behaviour.value = config;
    if (draft.bind !== undefined) fields.bindChoice.value = bindValue(draft.bind);
    if (draft.concurrency !== undefined) fields.concurrency.value = draft.concurrency;
    // A port other than the service's lab port was the student's own: a later service keeps it.
    const entry = serviceEntryOf(fields.behaviour.value.name);
    fields.portTyped.value = entry !== undefined && labPortOfEntry(entry) !== draft.port;
    replacing.value = draft.replaces;
    // After the changes above have been seen, so only the student's own edits clear the note.
    void nextTick(() => {
      filled.value = { service: draft.service, editing: draft.replaces !== undefined };
    });
    onApplied();
  }

  watch([fields.protocol, fields.portText], () => {
    filled.value = undefined;
  });

  watch(
    () => drafts.draft,
    () => {
      const draft = drafts.take();
      if (draft !== null) apply(draft);
    },
    { immediate: true, flush: 'post' },
  );

  /** The replaced card, handed over once when the edited server is started. */
  function takeReplaced(): ServerDraft['replaces'] {
    const replaced = replacing.value;
    replacing.value = undefined;
    filled.value = undefined;
    return replaced;
  }

  return { filled, takeReplaced };
}
