import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ClassroomPanel from '../../../renderer/src/components/classroom/ClassroomPanel.vue';
import { CLASSROOM_POLL_MS, useClassroomStore } from '../../../renderer/src/stores/classroom';
import { useSettingsStore } from '../../../renderer/src/stores/settings';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { classroomHost, classroomState, peer } from './classroomFixtures';

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

/** Only the poll's interval is faked: the fake host's answers still arrive on real timeouts. */
function fakeInterval() {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
}

async function pollTimes(times: number) {
  for (let poll = 0; poll < times; poll++) {
    vi.advanceTimersByTime(CLASSROOM_POLL_MS);
    await settle();
  }
}

describe('classroom store', () => {
  it('reads the state once when followed, and polls only while discovery is on', async () => {
    fakeInterval();
    const app = createPuertoTestApp('en', classroomHost());
    const classroom = useClassroomStore(app.pinia);
    const wrapper = app.mountComponent(ClassroomPanel);
    await settle();
    expect(app.api.callsOf('getClassroom')).toHaveLength(1);
    expect(classroom.enabled).toBe(false);

    await pollTimes(3);
    expect(app.api.callsOf('getClassroom')).toHaveLength(1);

    await classroom.setEnabled(true);
    await settle();
    await pollTimes(3);
    expect(app.api.callsOf('getClassroom')).toHaveLength(4);

    await classroom.setEnabled(false);
    await settle();
    await pollTimes(3);
    expect(app.api.callsOf('getClassroom')).toHaveLength(4);

    await classroom.setEnabled(true);
    await settle();
    await pollTimes(1);
    expect(app.api.callsOf('getClassroom')).toHaveLength(5);
    wrapper.unmount();
    await pollTimes(3);
    expect(app.api.callsOf('getClassroom')).toHaveLength(5);
  });

  it('keeps polling while a second follower stays', async () => {
    fakeInterval();
    const app = createPuertoTestApp('en', classroomHost());
    const classroom = useClassroomStore(app.pinia);
    const first = classroom.follow();
    const second = classroom.follow();
    await classroom.setEnabled(true);
    await settle();
    const before = app.api.callsOf('getClassroom').length;

    first();
    first();
    await pollTimes(2);
    expect(app.api.callsOf('getClassroom').length).toBe(before + 2);
    second();
    await pollTimes(2);
    expect(app.api.callsOf('getClassroom').length).toBe(before + 2);
  });

  it('follows the peers the host lists, and drops those it dropped', async () => {
    fakeInterval();
    let peers = [peer(), peer({ instance: '0011223344', nickname: 'Bruno' })];
    const app = createPuertoTestApp(
      'en',
      classroomHost(() => ({ peers })),
    );
    const classroom = useClassroomStore(app.pinia);
    const stop = classroom.follow();
    await classroom.setEnabled(true);
    expect(classroom.peers.map((heard) => heard.nickname)).toEqual(['Ana', 'Bruno']);

    peers = [peers[1]!];
    await pollTimes(1);
    expect(classroom.peers.map((heard) => heard.nickname)).toEqual(['Bruno']);
    stop();
  });

  it('does not let a poll that was in flight undo turning discovery off', async () => {
    const app = createPuertoTestApp('en', classroomHost());
    let answerPoll: (() => void) | undefined;
    const classroom = useClassroomStore(app.pinia);
    await classroom.setEnabled(true);
    // The host read "on" just before the switch, but its answer arrives after it.
    app.api.respond(
      'getClassroom',
      () =>
        new Promise((resolve) => {
          answerPoll = () => resolve({ ok: true, value: classroomState({ enabled: true }) });
        }),
    );
    const polling = classroom.refresh();
    await settle();
    await classroom.setEnabled(false);
    answerPoll?.();
    await polling;
    expect(classroom.enabled).toBe(false);
  });

  it('sends the saved nickname when turning discovery on, and a new one while on', async () => {
    const app = createPuertoTestApp('en', classroomHost());
    const settings = useSettingsStore(app.pinia);
    const classroom = useClassroomStore(app.pinia);
    settings.nickname = 'Luis';
    await classroom.setEnabled(true);
    expect(app.api.callsOf('setClassroom').at(-1)).toEqual({ enabled: true, nickname: 'Luis' });
    expect(classroom.state?.nickname).toBe('Luis');

    await classroom.announceNickname();
    expect(app.api.callsOf('setClassroom')).toHaveLength(1);
    settings.nickname = 'Luisa';
    await classroom.announceNickname();
    expect(app.api.callsOf('setClassroom').at(-1)).toEqual({ enabled: true, nickname: 'Luisa' });

    await classroom.setEnabled(false);
    settings.nickname = 'Lu';
    await classroom.announceNickname();
    expect(app.api.callsOf('setClassroom')).toHaveLength(3);
  });

  it('keeps a refused command as the problem to explain', async () => {
    const app = createPuertoTestApp('en', classroomHost());
    app.api.respond('setClassroom', () => ({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'unknown', details: { field: 'command' } },
    }));
    const classroom = useClassroomStore(app.pinia);
    await classroom.setEnabled(true);
    expect(classroom.enabled).toBe(false);
    expect(classroom.problem?.code).toBe('INVALID_INPUT');
  });
});
