/**
 * Columns of the event log. Cells are render functions, so only the rows the virtual list
 * shows are ever formatted: 100,000 held events cost nothing until scrolled into view.
 */
import { h } from 'vue';
import { NTag, NTooltip } from 'naive-ui';
import type { DataTableColumns } from 'naive-ui';
import type { EventKind, PuertoEvent } from '../../../../shared/contract';
import { explainError } from '../../../../shared/i18n';
import type { Locale } from '../../../../shared/i18n';
import { formatClock } from '../../format/clock';
import { formatEndpointPair } from '../../format/endpoint';
import { previewPayload } from '../../format/payloadPreview';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

type TagType = 'default' | 'info' | 'success' | 'warning' | 'error';

const kindTagTypes: Record<EventKind, TagType> = {
  listening: 'default',
  stopped: 'default',
  accepted: 'default',
  connecting: 'default',
  connected: 'default',
  'data-in': 'info',
  'data-out': 'success',
  'half-closed': 'warning',
  closed: 'default',
  flow: 'warning',
  error: 'error',
};

/** What the last column says about one event: the bytes as text, or who closed, or why. */
export function describeEvent(event: PuertoEvent, t: Translate, locale: Locale): string {
  switch (event.kind) {
    case 'data-in':
    case 'data-out': {
      const text = previewPayload(event.payload);
      return event.truncated ? `${text} ${t('ui.log.truncated')}` : text;
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
    default:
      return '';
  }
}

function renderKind(kind: EventKind, t: Translate) {
  return h(
    NTooltip,
    { placement: 'right', style: { maxWidth: '320px' } },
    {
      trigger: () =>
        h(NTag, { size: 'small', bordered: false, type: kindTagTypes[kind] }, () =>
          t(`events.${kind}.label`),
        ),
      default: () => t(`events.${kind}.tooltip`),
    },
  );
}

/** Below this width the log scrolls sideways instead of squeezing the text out of sight. */
export const EVENT_TABLE_MIN_WIDTH = 108 + 116 + 96 + 270 + 64 + 140;

export function createEventColumns(t: Translate, locale: Locale): DataTableColumns<PuertoEvent> {
  return [
    {
      key: 'time',
      title: t('ui.log.columns.time'),
      width: 108,
      render: (event) => h('span', { class: 'event-log__time' }, formatClock(event.time)),
    },
    {
      key: 'kind',
      title: t('ui.log.columns.kind'),
      width: 116,
      render: (event) => renderKind(event.kind, t),
    },
    {
      key: 'protocol',
      title: t('ui.log.columns.protocol'),
      width: 96,
      render: (event) => t(`ui.protocol.${event.proto}`),
    },
    {
      key: 'endpoints',
      title: t('ui.log.columns.endpoints'),
      width: 270,
      ellipsis: { tooltip: true },
      render: (event) =>
        h('span', { class: 'event-log__endpoints' }, formatEndpointPair(event.local, event.remote)),
    },
    {
      key: 'bytes',
      title: t('ui.log.columns.bytes'),
      width: 64,
      align: 'right',
      titleAlign: 'right',
      render: (event) => ('bytes' in event ? event.bytes : ''),
    },
    {
      key: 'preview',
      title: t('ui.log.columns.preview'),
      minWidth: 140,
      ellipsis: { tooltip: true },
      render: (event) =>
        h('span', { class: 'event-log__preview' }, describeEvent(event, t, locale)),
    },
  ];
}
