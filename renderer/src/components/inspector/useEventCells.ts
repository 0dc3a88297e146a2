import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { EVENT_KINDS } from '../../../../shared/contract';
import type { PuertoEvent } from '../../../../shared/contract';
import { useSettingsStore } from '../../stores/settings';
import { annotatedContent } from '../../inspector/contentText';
import { formatCount } from '../../inspector/numberFormat';
import { describeEvent } from '../capture/eventColumns';

/**
 * The words in the event table's cells. Labels are looked up once per language, not once per
 * row per batch: a followed capture redraws every visible row twenty times a second.
 */
export function useEventCells() {
  const { t } = useI18n();
  const settings = useSettingsStore();

  const labels = computed(() => ({
    truncated: t('inspector.row.truncated'),
    kinds: Object.fromEntries(EVENT_KINDS.map((kind) => [kind, t(`events.${kind}.label`)])),
    protocols: { tcp: t('ui.protocol.tcp'), udp: t('ui.protocol.udp') },
    directions: {
      'data-in': t('inspector.direction.in'),
      'data-out': t('inspector.direction.out'),
    },
  }));
  const translate = (key: string, params?: Record<string, string | number>) => t(key, params ?? {});

  return {
    kindLabel: (event: PuertoEvent) => labels.value.kinds[event.kind],
    protocolLabel: (event: PuertoEvent) => labels.value.protocols[event.proto],
    directionTitle: (event: PuertoEvent) =>
      event.kind === 'data-in' || event.kind === 'data-out'
        ? labels.value.directions[event.kind]
        : undefined,
    content: (event: PuertoEvent) =>
      annotatedContent(event, translate) ?? describeEvent(event, translate, settings.locale),
    /** The mark on a row whose payload was cut to the capture's cap, and what it means. */
    truncatedMark: (event: PuertoEvent) =>
      'truncated' in event && event.truncated ? labels.value.truncated : undefined,
    truncatedTitle: (event: PuertoEvent) =>
      'truncated' in event && event.truncated
        ? t('inspector.row.truncatedTitle', {
            captured: formatCount(event.payload.byteLength, settings.locale),
            bytes: formatCount(event.bytes, settings.locale),
          })
        : undefined,
  };
}
