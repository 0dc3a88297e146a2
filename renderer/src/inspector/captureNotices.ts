/**
 * The lines that say where the capture's limits act (issue 10: "truncation is always visible,
 * never silent"; STYLE.md: limits shown where they act, like Wireshark's status bar): how much
 * the engine and this window keep, how many old events the window let go, how many it never
 * received and why, and what is still being fetched or filtered.
 */
import type { CaptureStats } from '../../../shared/contract';
import { formatCount, formatMegabytes } from './numberFormat';

/** vue-i18n's `t`: with `plural`, the form for that count ("1 event", "2 events"). */
type Translate = (key: string, params?: Record<string, string | number>, plural?: number) => string;

export interface CaptureLimitsState {
  engine: CaptureStats | null;
  windowBudgetBytes: number;
  windowHeldBytes: number;
  letGo: number;
  notReceived: { total: number; letGoByEngine: number; fetchFailed: number };
  fetchingBack: number;
  /** How far a new filter's pass has come (0–1), or `null`. */
  filtering: number | null;
}

export type NoticeKind = 'engine' | 'window' | 'letGo' | 'notReceived' | 'fetching' | 'filtering';

export interface CaptureNoticeLine {
  kind: NoticeKind;
  text: string;
  /** Loss is a warning; the rest is information. */
  tone: 'info' | 'warning';
}

export function captureNotices(
  state: CaptureLimitsState,
  t: Translate,
  locale: string,
): CaptureNoticeLine[] {
  const count = (value: number) => formatCount(value, locale);
  const megabytes = (value: number) => formatMegabytes(value, locale);
  const lines: CaptureNoticeLine[] = [];
  if (state.engine !== null) {
    const { payloadCapPerEvent, budgetBytes } = state.engine;
    const text = t('inspector.limits.engine', {
      cap: count(payloadCapPerEvent),
      budget: megabytes(budgetBytes),
    });
    lines.push({ kind: 'engine', text, tone: 'info' });
  }
  const budget = megabytes(state.windowBudgetBytes);
  const held = megabytes(state.windowHeldBytes);
  lines.push({
    kind: 'window',
    text: t('inspector.limits.window', { budget, held }),
    tone: 'info',
  });
  if (state.letGo > 0) {
    const text = t('inspector.limits.letGo', { count: count(state.letGo), budget }, state.letGo);
    lines.push({ kind: 'letGo', text, tone: 'info' });
  }
  const missed = state.notReceived;
  if (missed.total > 0) {
    const reasons = (['letGoByEngine', 'fetchFailed'] as const)
      .filter((reason) => missed[reason] > 0)
      .map((reason) =>
        t(`inspector.limits.reasons.${reason}`, { count: count(missed[reason]) }, missed[reason]),
      );
    const text = [
      t('inspector.limits.notReceived', { count: count(missed.total) }, missed.total),
      ...reasons,
    ];
    lines.push({ kind: 'notReceived', text: text.join(' '), tone: 'warning' });
  }
  if (state.fetchingBack > 0) {
    const text = t(
      'inspector.limits.fetching',
      { count: count(state.fetchingBack) },
      state.fetchingBack,
    );
    lines.push({ kind: 'fetching', text, tone: 'info' });
  }
  if (state.filtering !== null) {
    const percent = Math.floor(state.filtering * 100);
    lines.push({
      kind: 'filtering',
      text: t('inspector.limits.filtering', { percent }),
      tone: 'info',
    });
  }
  return lines;
}
