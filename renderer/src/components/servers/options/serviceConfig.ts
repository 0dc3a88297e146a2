/**
 * Shared plumbing for the service option editors: each edits one service's slice of the
 * behaviour configuration, and an emptied optional field leaves the option out so the
 * contract's default (welcome page, sample tree, ready zone) applies.
 */
import { computed } from 'vue';
import type { Ref } from 'vue';
import type { BehaviourConfigInput, BehaviourName } from '../../../../../shared/contract';
import { DEFAULT_DNS_ORIGIN, LAB_ZONE_RECORDS } from '../../../../../shared/catalogue/labZone';

export type ServiceConfig<Name extends BehaviourName> = Extract<
  BehaviourConfigInput,
  { name: Name }
>;

/** What a service starts with when picked; the DNS zone starts as the ready lab zone. */
export function serviceInitial(name: BehaviourName): BehaviourConfigInput {
  if (name === 'dns') {
    return {
      name: 'dns',
      origin: DEFAULT_DNS_ORIGIN,
      records: LAB_ZONE_RECORDS.map((record) => ({ ...record })),
    };
  }
  return { name } as BehaviourConfigInput;
}

/** Text typed in a field, or undefined when it was emptied (the option is left out). */
export function optionalText(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

/** The configuration narrowed to one service, and a way to change some of its options. */
export function useServiceConfig<Name extends BehaviourName>(
  model: Ref<BehaviourConfigInput>,
  name: Name,
) {
  const config = computed(() =>
    model.value.name === name ? (model.value as ServiceConfig<Name>) : undefined,
  );
  function update(change: Partial<ServiceConfig<Name>>): void {
    if (config.value === undefined) return;
    const next: Record<string, unknown> = { ...config.value, ...change };
    // An undefined option is the same as a missing one to zod, but cleaner in the request.
    for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
    model.value = next as BehaviourConfigInput;
  }
  return { config, update };
}
