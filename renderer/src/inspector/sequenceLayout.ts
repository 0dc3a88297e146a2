/**
 * Geometry of the sequence diagram: two lifelines (this side on the left, the other side on
 * the right) and, top to bottom, one arrow per message and one band per marker. Kept apart
 * from the SVG so the placement can be tested without a browser.
 */
import type { ConversationEntry, MarkerEntry, MessageEntry } from './conversation';

export const SEQUENCE_GEOMETRY = {
  width: 760,
  /** Left margin holds the time of each row. */
  timeX: 8,
  localX: 220,
  remoteX: 640,
  /** Width of the box that names each side above its lifeline. */
  boxWidth: 200,
  headerHeight: 64,
  rowHeight: 52,
  footer: 24,
} as const;

export interface ArrowRow {
  type: 'arrow';
  entry: MessageEntry;
  y: number;
  fromX: number;
  toX: number;
}

export interface MarkerRow {
  type: 'marker';
  entry: MarkerEntry;
  y: number;
}

export interface SequenceLayout {
  width: number;
  height: number;
  rows: Array<ArrowRow | MarkerRow>;
}

export function layoutSequence(entries: readonly ConversationEntry[]): SequenceLayout {
  const { width, localX, remoteX, headerHeight, rowHeight, footer } = SEQUENCE_GEOMETRY;
  const rows = entries.map((entry, index): ArrowRow | MarkerRow => {
    const y = headerHeight + rowHeight * index + rowHeight / 2;
    if (entry.type === 'marker') return { type: 'marker', entry, y };
    const fromLocal = entry.sender === 'local';
    return {
      type: 'arrow',
      entry,
      y,
      fromX: fromLocal ? localX : remoteX,
      toX: fromLocal ? remoteX : localX,
    };
  });
  return { width, height: headerHeight + rowHeight * entries.length + footer, rows };
}

/** The most recent entries, so a long flood still draws quickly; the count says what was left. */
export function recentEntries<T>(entries: readonly T[], limit: number) {
  const shown = entries.length > limit ? entries.slice(entries.length - limit) : entries;
  return { shown, hidden: entries.length - shown.length };
}
