/** Turns a composer problem into a sentence in the student's language, numbers grouped. */
import { useI18n } from 'vue-i18n';
import type { ComposerProblem } from '../../composer/types';

export function useProblemText() {
  const { t, locale } = useI18n();
  return (problem: ComposerProblem): string => {
    const params = Object.fromEntries(
      Object.entries(problem.params).map(([name, value]) => [
        name,
        typeof value === 'number' && name !== 'position'
          ? value.toLocaleString(locale.value)
          : value,
      ]),
    );
    return t(problem.key, params);
  };
}
