import '../support/fakeResizeObserver';
import { describe, expect, it } from 'vitest';
import CaptureNoticeAlert from '../../../renderer/src/components/settings/CaptureNoticeAlert.vue';
import RecordingBadge from '../../../renderer/src/components/settings/RecordingBadge.vue';
import AnswerOnConversation from '../../../renderer/src/components/inspector/AnswerOnConversation.vue';
import { useCaptureStore } from '../../../renderer/src/stores/capture';
import { useEngineStore } from '../../../renderer/src/stores/engine';
import { openConversation } from '../support/engineInfo';
import { dataEvent } from '../support/events';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';

const exported = (count: number) => ({
  type: 'success' as const,
  key: 'workspace.capture.exported',
  params: { count, name: 'capture.puerto.jsonl' },
});

async function noticeText(locale: 'en' | 'es', count: number): Promise<string> {
  const app = createPuertoTestApp(locale);
  const wrapper = app.mountComponent(CaptureNoticeAlert, { notice: exported(count) });
  await settle();
  return wrapper.get('[data-testid="capture-notice"]').text();
}

const source = { name: 'practica2.jsonl', problems: [], problemCount: 0, dropped: 0 };

// A conversation a server accepted: unlike a client's, it does not become current by itself.
const liveConnection = openConversation('conn-1', { role: 'server', serverId: 'server-1' });

describe('export confirmation', () => {
  it('says how many events were saved and where, with the noun agreeing', async () => {
    expect(await noticeText('en', 1_234)).toBe('Saved 1,234 events to capture.puerto.jsonl.');
    expect(await noticeText('en', 1)).toBe('Saved 1 event to capture.puerto.jsonl.');
    expect(await noticeText('es', 1)).toBe('Se guardó 1 evento en capture.puerto.jsonl.');
    expect(await noticeText('es', 12_345)).toBe(
      'Se guardaron 12.345 eventos en capture.puerto.jsonl.',
    );
  });
});

describe('an imported capture is a recording', () => {
  it('is marked in the inspector and the topology, and only while it is shown', async () => {
    const app = createPuertoTestApp('en');
    const capture = useCaptureStore(app.pinia);
    const inspector = app.mountComponent(RecordingBadge, { where: 'inspector' });
    const topology = app.mountComponent(RecordingBadge, { where: 'topology' });
    await settle();
    expect(inspector.find('[data-testid="recording-badge"]').exists()).toBe(false);

    capture.replaceWithImported([dataEvent(1, 'data-in', 'hola')], source);
    await settle();
    expect(inspector.get('[data-testid="recording-badge"]').text()).toBe(
      'Recording — imported from practica2.jsonl, not live',
    );
    expect(topology.get('[data-testid="recording-badge"]').text()).toContain('recording');

    capture.returnToLive();
    await settle();
    expect(inspector.find('[data-testid="recording-badge"]').exists()).toBe(false);
  });

  it('cannot make a recorded conversation the one the composer sends on', async () => {
    const app = createPuertoTestApp('es');
    useEngineStore(app.pinia).applyState({
      servers: [],
      clients: [],
      connections: [liveConnection],
    });
    const wrapper = app.mountComponent(AnswerOnConversation, { connectionId: 'conn-1' });
    await settle();
    const button = () => wrapper.get('[data-testid="detail-answer-here"]');
    expect(button().attributes('disabled')).toBeUndefined();

    useCaptureStore(app.pinia).replaceWithImported([dataEvent(1, 'data-in', 'hola')], source);
    await settle();
    expect(button().attributes('disabled')).toBeDefined();
    expect(wrapper.get('[data-testid="detail-answer-blocked"]').text()).toContain(
      'grabación importada',
    );
  });
});
