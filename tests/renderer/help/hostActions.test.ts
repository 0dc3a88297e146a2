import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import type { VueWrapper } from '@vue/test-utils';
import type { HostAction, ServerPlan } from '../../../shared/contract';
import { emptyWorkspace } from '../../../shared/contract';
import { useConceptsDialog } from '../../../renderer/src/components/help/conceptsDialog';
import { useHostActions } from '../../../renderer/src/composables/useHostActions';
import { useCaptureStore } from '../../../renderer/src/stores/capture';
import { useSettingsStore } from '../../../renderer/src/stores/settings';
import { useWorkspaceStore } from '../../../renderer/src/stores/workspace';
import { eventRange } from '../support/events';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';

/** The shell's end of the channel: what `window.puerto.onHostAction` gives the page. */
function fakeHost() {
  const listeners = new Set<(action: HostAction) => void>();
  return {
    onHostAction(listener: (action: HostAction) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send(action: HostAction) {
      for (const listener of listeners) listener(action);
    },
    get listenerCount() {
      return listeners.size;
    },
  };
}

const mounted: VueWrapper[] = [];

/** A component whose only job is to call the composable, as App.vue does. */
function harnessFor(source: Parameters<typeof useHostActions>[0]) {
  return defineComponent({
    setup() {
      useHostActions(source);
      return () => h('div');
    },
  });
}

function mountWithHost(locale: 'en' | 'es' = 'en') {
  const host = fakeHost();
  const app = createPuertoTestApp(locale);
  const wrapper = app.mountComponent(harnessFor(host));
  mounted.push(wrapper);
  return {
    host,
    app,
    wrapper,
    settings: useSettingsStore(app.pinia),
    workspace: useWorkspaceStore(app.pinia),
    capture: useCaptureStore(app.pinia),
  };
}

const plan = (key: string, port: number): ServerPlan => ({
  key,
  protocol: 'tcp',
  port,
  bind: { mode: 'all' },
  behaviour: { name: 'echo' },
  concurrency: 'concurrent',
  autostart: false,
});

afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount();
  useConceptsDialog().hide();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('useHostActions', () => {
  it('applies the language, theme and projector the menu chose', () => {
    const { host, settings } = mountWithHost();

    host.send({ type: 'setLocale', locale: 'es' });
    host.send({ type: 'setTheme', theme: 'dark' });
    host.send({ type: 'setProjector', projector: true });
    expect(settings.locale).toBe('es');
    expect(settings.themeChoice).toBe('dark');
    expect(settings.projector).toBe(true);
    expect(settings.saved).toEqual({ locale: 'es', theme: 'dark', projector: true });

    host.send({ type: 'setTheme', theme: 'system' });
    host.send({ type: 'setProjector', projector: false });
    expect(settings.themeChoice).toBe('system');
    expect(settings.saved).toEqual({ locale: 'es', projector: false });
  });

  it('opens the lecture concepts dialog', () => {
    const { host } = mountWithHost();

    host.send({ type: 'showConcepts' });

    expect(useConceptsDialog().open.value).toBe(true);
  });

  it('exports the capture and says so in the page’s language', async () => {
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:puerto/1');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    const { host, capture } = mountWithHost('es');
    capture.applyBatch({ events: eventRange(1, 3), evicted: 0 });

    host.send({ type: 'exportCapture', format: 'jsonl' });
    await settle();

    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^puerto-capture-.*\.jsonl$/);
    expect(document.body.textContent).toContain(`Se guardaron 3 eventos en ${names[0]}.`);
  });

  it('tells the student when there is nothing to export', async () => {
    const { host } = mountWithHost();

    host.send({ type: 'exportCapture', format: 'csv' });
    await settle();

    expect(document.body.textContent).toContain('There are no events to export yet.');
  });

  it('takes the workspace the host replaced as it is, without the old plans', async () => {
    const { host, app, workspace } = mountWithHost();
    await workspace.load();
    workspace.rememberServer(plan('old', 9000));
    const fromLab = { ...emptyWorkspace(), servers: [plan('lab', 7007)] };
    app.api.respond('loadWorkspace', () => ({ ok: true, value: { workspace: fromLab } }));

    host.send({ type: 'reloadWorkspace' });
    await settle();

    expect(workspace.servers.map((one) => one.key)).toEqual(['lab']);
    // Nothing of the old workspace is written back over the lab.
    await workspace.flush();
    const saves = app.api.callsOf('saveWorkspace') as { workspace: { servers: ServerPlan[] } }[];
    expect(saves.every((save) => save.workspace.servers.every((one) => one.key === 'lab'))).toBe(
      true,
    );
  });

  it('stops listening when the page goes', () => {
    const { host, wrapper } = mountWithHost();
    expect(host.listenerCount).toBe(1);

    wrapper.unmount();
    mounted.length = 0;

    expect(host.listenerCount).toBe(0);
  });

  it('does nothing in browser mode, where there is no shell', () => {
    const app = createPuertoTestApp();
    expect(() => mounted.push(app.mountComponent(harnessFor(undefined)))).not.toThrow();
  });
});
