import { useI18n } from 'vue-i18n';

export interface FieldFeedback {
  validationStatus: 'error' | undefined;
  feedback: string;
}

/**
 * Binds a field's problem (an i18n key from `fieldRules`) to a Naive UI form item. Status and
 * text come from the same key, so a field never turns red without saying why.
 */
export function useFieldFeedback(): (problem: string | undefined) => FieldFeedback {
  const { t } = useI18n();
  return (problem) => ({
    validationStatus: problem === undefined ? undefined : 'error',
    feedback: problem === undefined ? '' : t(problem),
  });
}
