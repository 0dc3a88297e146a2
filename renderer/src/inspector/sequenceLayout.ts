/**
 * Geometry of the sequence diagram: two lifelines (this side on the left, the other side on
 * the right) and, top to bottom, one arrow per message, one arrow per TCP segment that opened
 * or closed the connection (SYN, FIN, RST), and one band for what crossed nothing. Kept apart
 * from the SVG so the placement can be tested without a browser.
 */
import type { ConversationEntry, MarkerEntry, MessageEntry, Sender } from './conversation';

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

/** The TCP segments behind a marker: the handshake's SYN, a FIN, or an RST. */
export type Signal = 'syn' | 'fin' | 'rst';

/** A marker that crossed the wire, drawn as an arrow from the side that sent it. */
export interface SignalRow {
  type: 'signal';
  entry: MarkerEntry;
  y: number;
  fromX: number;
  toX: number;
  signal: Signal;
  sender: Sender;
}

export interface MarkerRow {
  type: 'marker';
  entry: MarkerEntry;
  y: number;
}

export type SequenceRow = ArrowRow | SignalRow | MarkerRow;

export interface SequenceLayout {
  width: number;
  height: number;
  localX: number;
  remoteX: number;
  rows: SequenceRow[];
}

const other = (side: Sender): Sender => (side === 'local' ? 'remote' : 'local');

/**
 * Which segment a marker stands for and who sent it; undefined when nothing crossed the wire
 * (UDP opens and closes nothing, a queued client waits, an error is this side's news). A close
 * after one side's FIN is completed by the other side's FIN (RFC 9293 §3.6); a reset is the
 * other side's when a "connection reset" error came just before it, else this side's.
 */
export function signalOf(
  entry: MarkerEntry,
  before: readonly ConversationEntry[],
): { signal: Signal; sender: Sender } | undefined {
  const { event } = entry;
  if (event.proto !== 'tcp') return undefined;
  switch (event.kind) {
    case 'accepted':
      return { signal: 'syn', sender: 'remote' };
    case 'connected':
      return { signal: 'syn', sender: 'local' };
    case 'half-closed':
      return { signal: 'fin', sender: event.by };
    case 'closed': {
      if (event.by === 'reset') {
        const last = before.at(-1)?.event;
        const remoteReset = last?.kind === 'error' && last.error.code === 'CONNECTION_RESET';
        return { signal: 'rst', sender: remoteReset ? 'remote' : 'local' };
      }
      const halfClosed = before.findLast((previous) => previous.event.kind === 'half-closed');
      const finSent = halfClosed?.event.kind === 'half-closed' ? halfClosed.event.by : undefined;
      return { signal: 'fin', sender: finSent === undefined ? event.by : other(finSent) };
    }
    default:
      return undefined;
  }
}

/**
 * Rows top to bottom. `width` is what the diagram may use (the pane's width): the lifelines
 * spread to fill it, and text keeps its size, so a wide screen gets room rather than zoom.
 */
export function layoutSequence(
  entries: readonly ConversationEntry[],
  width: number = SEQUENCE_GEOMETRY.width,
): SequenceLayout {
  const { localX, headerHeight, rowHeight, footer } = SEQUENCE_GEOMETRY;
  const used = Math.max(SEQUENCE_GEOMETRY.width, Math.floor(width));
  const remoteX = used - (SEQUENCE_GEOMETRY.width - SEQUENCE_GEOMETRY.remoteX);
  const across = (sender: Sender) =>
    sender === 'local' ? { fromX: localX, toX: remoteX } : { fromX: remoteX, toX: localX };
  const rows = entries.map((entry, index): SequenceRow => {
    const y = headerHeight + rowHeight * index + rowHeight / 2;
    if (entry.type === 'message') return { type: 'arrow', entry, y, ...across(entry.sender) };
    const signal = signalOf(entry, entries.slice(Math.max(0, index - 64), index));
    if (signal === undefined) return { type: 'marker', entry, y };
    return { type: 'signal', entry, y, ...signal, ...across(signal.sender) };
  });
  return {
    width: used,
    height: headerHeight + rowHeight * entries.length + footer,
    localX,
    remoteX,
    rows,
  };
}

/** The most recent entries, so a long flood still draws quickly; the count says what was left. */
export function recentEntries<T>(entries: readonly T[], limit: number) {
  const shown = entries.length > limit ? entries.slice(entries.length - limit) : entries;
  return { shown, hidden: entries.length - shown.length };
}
