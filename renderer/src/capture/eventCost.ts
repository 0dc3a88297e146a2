/**
 * What one event costs this window's memory, so the window can count everything it keeps
 * against its own byte budget (issue 10, section 1): the payload, the text of its annotation
 * and a fixed share for the event object, its labels and its typed array. An estimate, like
 * the engine's (electron/engine/eventCost.ts), but one that grows with exactly what a flood
 * can make grow.
 */
import type { DecodedField, EventAnnotation, PuertoEvent } from '../../../shared/contract';

/**
 * The event object with its ids, endpoints and `Uint8Array` as the page holds them after
 * decoding, and its place in the list: Chromium's heap grows by about 240 bytes an event
 * beyond the payload (measured by tests/e2e/inspectorLoad.test.ts).
 */
export const WINDOW_EVENT_OVERHEAD_BYTES = 240;
/**
 * One annotation, note, field or list object besides its strings (an echo's annotation, one
 * note, measured at about 300 bytes in all: see tests/e2e/inspectorLoad.test.ts).
 */
const ENTRY_OVERHEAD_BYTES = 64;

/** V8 keeps a string in one or two bytes a character; count two, the worst case. */
function textBytes(text: string | undefined): number {
  return text === undefined ? 0 : 16 + text.length * 2;
}

function fieldBytes(field: DecodedField): number {
  let total = ENTRY_OVERHEAD_BYTES + textBytes(field.label) + textBytes(field.value);
  for (const child of field.children ?? []) total += fieldBytes(child);
  return total;
}

function annotationBytes(annotation: EventAnnotation | undefined): number {
  if (annotation === undefined) return 0;
  let total = ENTRY_OVERHEAD_BYTES + textBytes(annotation.protocol) + textBytes(annotation.role);
  if (annotation.lines !== undefined) total += ENTRY_OVERHEAD_BYTES / 2;
  if (annotation.fields !== undefined) total += ENTRY_OVERHEAD_BYTES / 2;
  for (const line of annotation.lines ?? []) {
    total += ENTRY_OVERHEAD_BYTES + textBytes(line.text) + textBytes(line.key);
    for (const value of Object.values(line.params ?? {})) {
      total += typeof value === 'string' ? textBytes(value) : 8;
    }
  }
  for (const field of annotation.fields ?? []) total += fieldBytes(field);
  return total;
}

export function windowEventBytes(event: PuertoEvent): number {
  if (event.kind !== 'data-in' && event.kind !== 'data-out') return WINDOW_EVENT_OVERHEAD_BYTES;
  return WINDOW_EVENT_OVERHEAD_BYTES + event.payload.byteLength + annotationBytes(event.annotation);
}
