import { onUnmounted, ref } from 'vue';

export type CopyState = 'idle' | 'copied' | 'refused';

/** How long "Copied" stays before the button reads "Copy" again. */
const RESET_MS = 2_000;

/**
 * Copies text to the clipboard and says how it went. Browsers refuse when the page is not
 * focused or not a secure context, or when a permission prompt is declined; the caller then
 * explains how to copy by hand instead of failing silently.
 */
export function useCopyText() {
  const state = ref<CopyState>('idle');
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function copy(text: string): Promise<void> {
    clearTimeout(timer);
    try {
      if (globalThis.navigator?.clipboard === undefined) throw new Error('no clipboard');
      await globalThis.navigator.clipboard.writeText(text);
      state.value = 'copied';
      timer = setTimeout(() => {
        state.value = 'idle';
      }, RESET_MS);
    } catch {
      state.value = 'refused';
    }
  }

  onUnmounted(() => clearTimeout(timer));
  return { state, copy };
}
