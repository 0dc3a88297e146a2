import { computed } from 'vue';
import { useThemeVars } from 'naive-ui';
import { EVENT_KINDS } from '../../../../shared/contract';
import { KIND_TAG_TYPES } from '../capture/eventColumns';

/**
 * The colours Naive UI's tags use, for the light kind tags the event table draws itself, as
 * one CSS variable per kind set once on the table (`--kind-data-in`…): each row's tag picks
 * its own by its `data-kind-tip` (see eventTable.css), so a row that shows another event
 * changes one attribute instead of parsing a new inline style.
 */
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
    return Object.fromEntries(
      EVENT_KINDS.map((kind) => [`--kind-${kind}`, colours[KIND_TAG_TYPES[kind]]]),
    );
  });
}
