import { watchEffect } from 'vue';
import { useI18n } from 'vue-i18n';
import { useSettingsStore } from '../stores/settings';

/** The settings store owns the choice; vue-i18n and `<html lang>` (for screen readers) follow. */
export function useLocaleSync(): void {
  const settings = useSettingsStore();
  const { locale } = useI18n({ useScope: 'global' });
  watchEffect(() => {
    locale.value = settings.locale;
    document.documentElement.lang = settings.locale;
  });
}
