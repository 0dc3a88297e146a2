/**
 * Marks the inspector rows of the current conversation (the one the composer sends on), so the
 * student sees in the log where the next message will go without the log retargeting anything.
 */
import type { PuertoEvent } from '../../../../shared/contract';
import { useSelectionStore } from '../../stores/selection';

export function useCurrentConversationRow() {
  const selection = useSelectionStore();

  function isCurrent(event: PuertoEvent): boolean {
    return event.connectionId !== undefined && event.connectionId === selection.connectionId;
  }

  return { isCurrent };
}
