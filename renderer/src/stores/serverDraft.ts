import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type {
  BehaviourConfigInput,
  BindChoice,
  Concurrency,
  Protocol,
} from '../../../shared/contract';

/** What another part of the window proposes for the New server form. */
export interface ServerDraft {
  protocol: Protocol;
  port: number;
  /** A behaviour name; the form starts it with that behaviour's first settings. */
  behaviour?: string;
  /** The whole configuration (an edited server's options), which wins over `behaviour`. */
  config?: BehaviourConfigInput;
  bind?: BindChoice;
  /** The service it stands for, to tell the student what was filled in. */
  service?: string;
  /** Left out, the form keeps the student's own choice. */
  concurrency?: Concurrency;
  /** Editing a stopped server: starting the edited one takes its place in the list. */
  replaces?: { serverId?: string; planKey?: string };
}

/**
 * The catalogue and a server card's Edit fill the New server form through this store: they
 * propose, the form takes the proposal once and shows it for the student to check.
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
