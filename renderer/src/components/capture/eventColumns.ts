/**
 * What each column of the event table says about one event. Cells are formatted only for the
 * rows the virtual list shows, so 1,000,000 held events cost nothing until scrolled into view.
 */
import type { EventKind, PuertoEvent } from '../../../../shared/contract';
import { explainError } from '../../../../shared/i18n';
import type { Locale } from '../../../../shared/i18n';
import { formatHexBytes } from '../../inspector/hexDump';
import { PREVIEW_CHARS, looksBinary, previewText } from '../../inspector/payloadText';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export type TagType = 'default' | 'info' | 'success' | 'warning' | 'error';

export const KIND_TAG_TYPES: Record<EventKind, TagType> = {
  listening: 'default',
  stopped: 'default',
  accepted: 'default',
  // Held back, like paused flow: the client is connected but nobody serves it yet.
  waiting: 'warning',
  connecting: 'default',
  connected: 'default',
  ready: 'default',
  'data-in': 'info',
  'data-out': 'success',
  'half-closed': 'warning',
  closed: 'default',
  flow: 'warning',
  error: 'error',
};

export type ColumnKey =
  'time' | 'direction' | 'kind' | 'protocol' | 'endpoints' | 'bytes' | 'preview';

export interface EventColumn {
  key: ColumnKey;
  titleKey: string;
  width: number;
  align?: 'right' | 'center';
}

/** Fixed widths keep every virtual row identical in height; the preview takes what is left. */
export const EVENT_COLUMNS: readonly EventColumn[] = [
  { key: 'time', titleKey: 'ui.log.columns.time', width: 112 },
  { key: 'direction', titleKey: 'inspector.columns.direction', width: 84, align: 'center' },
  { key: 'kind', titleKey: 'ui.log.columns.kind', width: 118 },
  { key: 'protocol', titleKey: 'ui.log.columns.protocol', width: 90 },
  { key: 'endpoints', titleKey: 'ui.log.columns.endpoints', width: 278 },
  { key: 'bytes', titleKey: 'ui.log.columns.bytes', width: 72, align: 'right' },
  { key: 'preview', titleKey: 'ui.log.columns.preview', width: 220 },
];

/** Below this width the table scrolls sideways instead of squeezing the text out of sight. */
export const EVENT_TABLE_MIN_WIDTH = EVENT_COLUMNS.reduce((sum, column) => sum + column.width, 0);

/** As many hex pairs as fit the preview column's tooltip without wrapping too much. */
const PREVIEW_HEX_BYTES = 48;

/** Sent bytes go from this side (left in "local ↔ remote") to the other: an arrow says which. */
export const DIRECTION_ARROWS = { 'data-in': '←', 'data-out': '→' } as const;

export function directionArrow(event: PuertoEvent): string {
  return event.kind === 'data-in' || event.kind === 'data-out' ? DIRECTION_ARROWS[event.kind] : '';
}

/** What the last column says about one event: the bytes as text, or who closed, or why. */
export function describeEvent(event: PuertoEvent, t: Translate, locale: Locale): string {
  switch (event.kind) {
    case 'data-in':
    case 'data-out': {
      // Binary bytes decoded as UTF-8 are noise: the hex pairs are what a student can compare.
      // A truncated payload is marked apart, in its own tag (see EventTable.vue).
      return looksBinary(event.payload.subarray(0, PREVIEW_CHARS * 4))
        ? formatHexBytes(event.payload, PREVIEW_HEX_BYTES)
        : previewText(event.payload);
    }
    case 'half-closed':
      return t('ui.log.halfClosedBy', { side: t(`events.side.${event.by}`) });
    case 'closed':
      return t('ui.log.closedBy', { side: t(`events.side.${event.by}`) });
    case 'flow':
      return t('ui.log.flow', {
        state: t(`ui.log.flowStates.${event.state}`),
        buffered: event.buffered,
      });
    case 'error':
      return explainError(locale, event.error).title;
    case 'waiting':
      return t('events.waiting.detail');
    default:
      return '';
  }
}
