/** The words and bytes each conversation entry shows, shared by the bubbles and the diagram. */
import type { Protocol } from '../../../../shared/contract';
import { explainError } from '../../../../shared/i18n';
import type { Locale } from '../../../../shared/i18n';
import type { MarkerEntry, MessageEntry, Sender } from '../../inspector/conversation';
import { formatHexBytes } from '../../inspector/hexDump';
import { escapedText, looksBinary } from '../../inspector/payloadText';
import { oppositeRole } from '../../inspector/requestResponse';
import type { ConversationRole } from '../../inspector/requestResponse';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Enough of a message to recognise it; the inspector's detail pane has all of it. */
export const BUBBLE_TEXT_BYTES = 2048;
const HEX_BYTES = 256;

export function markerText(
  entry: MarkerEntry,
  protocol: Protocol | undefined,
  t: Translate,
  locale: Locale,
): string {
  const { event } = entry;
  switch (event.kind) {
    case 'half-closed':
      return t('conversation.markers.half-closed', { side: t(`events.side.${event.by}`) });
    case 'closed':
      return t('conversation.markers.closed', { side: t(`events.side.${event.by}`) });
    case 'error':
      return t('conversation.markers.error', { title: explainError(locale, event.error).title });
    case 'waiting':
      return t('conversation.markers.waiting');
    default:
      return t(
        protocol === 'udp' ? 'conversation.markers.openedUdp' : 'conversation.markers.opened',
      );
  }
}

/** Hex when the student asked for it or when the bytes are not text at all. */
export function showsHex(entry: MessageEntry, showHex: boolean): boolean {
  return showHex || looksBinary(entry.event.payload);
}

export function hexBody(entry: MessageEntry): string {
  return formatHexBytes(entry.event.payload, HEX_BYTES);
}

/** One line for a diagram arrow, control characters as escapes, cut to fit. */
export function shortBody(entry: MessageEntry, showHex: boolean, maxChars = 36): string {
  const { payload } = entry.event;
  const line = showsHex(entry, showHex)
    ? formatHexBytes(payload, Math.ceil(maxChars / 3))
    : escapedText(payload.subarray(0, maxChars * 4));
  const characters = [...line];
  return characters.length > maxChars ? `${characters.slice(0, maxChars).join('')}…` : line;
}

/** "This side (server)" / "Other side (client)", or just the side when the roles are unknown. */
export function sideTitle(side: Sender, role: ConversationRole | undefined, t: Translate): string {
  const sideRole = side === 'local' ? role : oppositeRole(role);
  return sideRole === undefined
    ? t(`conversation.sides.${side}`)
    : t(`conversation.sides.${side}Role`, { role: t(`conversation.roles.${sideRole}`) });
}
