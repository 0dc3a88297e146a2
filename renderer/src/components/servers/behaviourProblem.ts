import { behaviourSchema } from '../../../../shared/contract';
import type { BehaviourConfigInput } from '../../../../shared/contract';

/** An i18n key. */
export type ProblemKey = string;

/**
 * Why this configuration cannot start a server yet, as a message key; the contract's schema
 * is the judge, so the form refuses exactly what the boundary would.
 */
export function behaviourProblem(config: BehaviourConfigInput): ProblemKey | undefined {
  if (config.name === 'reply' && config.payload.trim() === '') return 'ui.servers.emptyReply';
  const parsed = behaviourSchema.safeParse(config);
  if (parsed.success) return undefined;
  const message = parsed.error.issues[0]?.message ?? '';
  return message.startsWith('validation.') ? message : 'validation.wrongValue';
}
