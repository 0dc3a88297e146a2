import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import SplitHandle from '../../../renderer/src/components/layout/SplitHandle.vue';

describe('SplitHandle', () => {
  it('is a focusable, named separator with its value', () => {
    const wrapper = mount(SplitHandle, {
      props: { label: 'Resize', orientation: 'vertical', value: 340.4, min: 240, max: 720 },
    });
    const handle = wrapper.get('[role="separator"]');
    expect(handle.attributes()).toMatchObject({
      tabindex: '0',
      'aria-label': 'Resize',
      'aria-orientation': 'vertical',
      'aria-valuenow': '340',
      'aria-valuemin': '240',
      'aria-valuemax': '720',
    });
    wrapper.unmount();
  });

  it('steps with the arrows along its own axis only', async () => {
    const side = mount(SplitHandle, {
      props: { label: 'Side', orientation: 'vertical', value: 50, min: 0, max: 100 },
    });
    await side.trigger('keydown', { key: 'ArrowRight' });
    await side.trigger('keydown', { key: 'ArrowLeft' });
    await side.trigger('keydown', { key: 'ArrowDown' });
    expect(side.emitted('step')).toEqual([[1], [-1]]);
    side.unmount();

    const stack = mount(SplitHandle, {
      props: { label: 'Stack', orientation: 'horizontal', value: 50, min: 0, max: 100 },
    });
    await stack.trigger('keydown', { key: 'ArrowUp' });
    await stack.trigger('keydown', { key: 'ArrowRight' });
    await stack.trigger('keydown', { key: 'ArrowDown' });
    expect(stack.emitted('step')).toEqual([[-1], [1]]);
    stack.unmount();
  });
});
