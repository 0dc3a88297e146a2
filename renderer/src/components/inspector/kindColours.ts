import { computed } from 'vue';
import { useThemeVars } from 'naive-ui';
import type { EventKind } from '../../../../shared/contract';
import { KIND_TAG_TYPES } from '../capture/eventColumns';

/** The colours Naive UI's tags use, for the light kind tags the event table draws itself. */
export function useKindColours() {
  const theme = useThemeVars();
  return computed(() => {
    const vars = theme.value;
    const colours = {
      default: vars.textColor2,
      info: vars.infoColor,
      success: vars.successColor,
      warning: vars.warningColor,
      error: vars.errorColor,
    };
    const styles = {} as Record<EventKind, { color: string; background: string }>;
    for (const [kind, type] of Object.entries(KIND_TAG_TYPES) as Array<
      [EventKind, keyof typeof colours]
    >) {
      const colour = colours[type];
      styles[kind] = {
        color: colour,
        background: `color-mix(in srgb, ${colour} 16%, transparent)`,
      };
    }
    return styles;
  });
}
