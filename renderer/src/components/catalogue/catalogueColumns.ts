/**
 * Columns of the well-known ports table. The transport column is the lecture's slide 8 made
 * visible: a solid badge for what the service uses, a dashed one for a number reserved but
 * unused, and the other service's name where TCP and UDP differ (514). Explanations are plain
 * `title` attributes (and the legend above the table), and marks are plain spans: a tooltip or
 * tag component in every cell made the table slow to draw.
 */
import { h } from 'vue';
import { NButton } from 'naive-ui';
import type { DataTableColumns } from 'naive-ui';
import type { Protocol } from '../../../../shared/contract';
import type { WellKnownPort } from '../../../../shared/catalogue/wellKnownPorts';
import type { Locale } from '../../../../shared/i18n';
import BaseProtocolBadge from '../servers/BaseProtocolBadge.vue';
import { startablePort } from './catalogueDraft';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

const PROTOCOLS: Protocol[] = ['tcp', 'udp'];

function renderBadge(entry: WellKnownPort, protocol: Protocol, t: Translate) {
  const name = t(`ui.protocol.${protocol}`);
  if (entry.protocols.includes(protocol)) {
    return h(BaseProtocolBadge, { protocol, title: t('catalogue.used', { protocol: name }) });
  }
  if (entry.reservedBoth) {
    const title = t('catalogue.reservedOnly', { protocol: name });
    return h(BaseProtocolBadge, { protocol, muted: true, title });
  }
  if (entry.otherService?.protocol !== protocol) return undefined;
  const label = t('catalogue.otherService', {
    protocol: name,
    service: entry.otherService.service,
  });
  const title = t('catalogue.otherServiceHelp', { protocol: name });
  return h('span', { class: 'port-catalogue__other', title }, label);
}

function renderTransport(entry: WellKnownPort, t: Translate) {
  const badges = PROTOCOLS.map((protocol) => renderBadge(entry, protocol, t));
  const both = entry.reservedBoth
    ? h('span', { class: 'port-catalogue__both', title: t('catalogue.reservedBothHelp') }, [
        t('catalogue.reservedBoth'),
      ])
    : undefined;
  return h('div', { class: 'port-catalogue__transport' }, [...badges, both]);
}

function renderRfc(entry: WellKnownPort, t: Translate) {
  if (entry.rfc !== undefined) return `RFC ${entry.rfc}`;
  const title = t('catalogue.noRfcHelp');
  return h('span', { class: 'port-catalogue__none', title }, t('catalogue.noRfc'));
}

function renderAction(entry: WellKnownPort, t: Translate, onStart: (entry: WellKnownPort) => void) {
  const lab = startablePort(entry);
  const moved = lab !== entry.port;
  return h(
    NButton,
    {
      size: 'tiny',
      secondary: true,
      type: 'primary',
      title: moved ? t('catalogue.startHereHelp', { port: entry.port, lab }) : undefined,
      'data-testid': 'catalogue-start',
      'data-port': entry.port,
      'data-lab-port': lab,
      onClick: () => onStart(entry),
    },
    () => (moved ? t('catalogue.startHereLab', { port: lab }) : t('catalogue.startHere')),
  );
}

export function createCatalogueColumns(
  t: Translate,
  locale: Locale,
  onStart: (entry: WellKnownPort) => void,
): DataTableColumns<WellKnownPort> {
  return [
    {
      key: 'port',
      title: t('catalogue.columns.port'),
      width: 72,
      render: (entry) => h('strong', { class: 'port-catalogue__port' }, String(entry.port)),
    },
    {
      key: 'transport',
      title: t('catalogue.columns.transport'),
      width: 150,
      render: (entry) => renderTransport(entry, t),
    },
    {
      key: 'service',
      title: t('catalogue.columns.service'),
      width: 140,
      render: (entry) =>
        h('div', { class: 'port-catalogue__service' }, [
          h('strong', entry.service),
          h('code', entry.ianaName),
        ]),
    },
    {
      key: 'rfc',
      title: t('catalogue.columns.rfc'),
      width: 92,
      render: (entry) => renderRfc(entry, t),
    },
    {
      key: 'summary',
      title: t('catalogue.columns.summary'),
      minWidth: 260,
      render: (entry) => entry.summary[locale],
    },
    {
      key: 'action',
      title: t('catalogue.columns.action'),
      width: 170,
      render: (entry) => renderAction(entry, t, onStart),
    },
  ];
}
