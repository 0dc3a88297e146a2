import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { Concurrency, Protocol } from '../../../shared/contract';

/** What another part of the window proposes for the New server form. */
export interface ServerDraft {
  protocol: Protocol;
  port: number;
  /** A behaviour name; the form uses it only if it offers that behaviour. */
  behaviour?: string;
  /** The service it stands for, to tell the student what was filled in. */
  service?: string;
  /** Left out, the form keeps the student's own choice. */
  concurrency?: Concurrency;
}

/**
 * The catalogue's "start a server here" fills the New server form through this store: the
 * catalogue proposes, the form takes the proposal once and shows it for the student to check.
 */
export const useServerDraftStore = defineStore('serverDraft', () => {
  const draft = shallowRef<ServerDraft | null>(null);

  function propose(next: ServerDraft): void {
    draft.value = { ...next };
  }

  function take(): ServerDraft | null {
    const taken = draft.value;
    draft.value = null;
    return taken;
  }

  return { draft, propose, take };
});
