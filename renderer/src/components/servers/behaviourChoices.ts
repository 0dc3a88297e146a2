/**
 * The behaviours the New server form offers, in the order it shows them. Adding one (a classic
 * service) is one entry here plus its `ui.servers.behaviours.<name>` and
 * `ui.servers.behaviourHelp.<name>` texts; a behaviour with options names the component that
 * edits them.
 */
import type { Component } from 'vue';
import type { BehaviourConfigInput, BehaviourName } from '../../../../shared/contract';
import ReplyFields from './ReplyFields.vue';
import { serviceInitial } from './options/serviceConfig';
import { findService } from './serviceChoices';

export interface BehaviourChoice {
  name: BehaviourName;
  /** The configuration the behaviour starts with when the student picks it. */
  initial: () => BehaviourConfigInput;
  /** Edits the behaviour's options through `v-model` on the whole configuration. */
  fields?: Component;
  /** Where its name and one-line help live, when not `ui.servers.behaviours.<name>`. */
  labelKey?: string;
  helpKey?: string;
}

export const BEHAVIOUR_CHOICES: readonly BehaviourChoice[] = [
  { name: 'manual', initial: () => ({ name: 'manual' }) },
  { name: 'echo', initial: () => ({ name: 'echo' }) },
  {
    name: 'reply',
    initial: () => ({ name: 'reply', payload: '', encoding: 'text', trigger: 'line' }),
    fields: ReplyFields,
  },
];

export function findBehaviourChoice(name: string | undefined): BehaviourChoice | undefined {
  return BEHAVIOUR_CHOICES.find((choice) => choice.name === name);
}

export function behaviourLabelKey(name: string): string {
  return findBehaviourChoice(name)?.labelKey ?? `ui.servers.behaviours.${name}`;
}

export function behaviourHelpKey(name: string): string {
  return findBehaviourChoice(name)?.helpKey ?? `ui.servers.behaviourHelp.${name}`;
}

/** The settings a behaviour or a classic service starts with; undefined for an unknown name. */
export function initialConfigOf(name: string | undefined): BehaviourConfigInput | undefined {
  if (name === undefined) return undefined;
  const choice = findBehaviourChoice(name);
  if (choice !== undefined) return choice.initial();
  const service = findService(name);
  return service === undefined ? undefined : serviceInitial(service.name);
}
