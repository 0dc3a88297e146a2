/**
 * "One client at a time": the lecture's server "can handle simultaneous requests from several
 * clients" (concurrent); an iterative one serves a single client while the others wait in the
 * listen queue. Only TCP has connections to queue, so the contract refuses iterative UDP.
 */
import type { Concurrency, Protocol, RequestInput } from '../../../../shared/contract';

export const CONCURRENCY_CHOICES: readonly Concurrency[] = ['concurrent', 'iterative'];

export function offersIterative(protocol: Protocol): boolean {
  return protocol === 'tcp';
}

/**
 * The `concurrency` part of a `startServer` request. Concurrent is the contract's default, so
 * it is left out (like "all interfaces"), and a UDP request never carries a choice at all.
 */
export function concurrencyRequest(
  protocol: Protocol,
  concurrency: Concurrency | undefined,
): Pick<RequestInput<'startServer'>, 'concurrency'> {
  return offersIterative(protocol) && concurrency === 'iterative' ? { concurrency } : {};
}
