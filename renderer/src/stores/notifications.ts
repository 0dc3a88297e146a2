import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { PuertoError } from '../../../shared/contract';

export interface ErrorNotification {
  id: number;
  error: PuertoError;
}

/** Older banners go first: a student repeating a mistake should not bury the page. */
export const MAX_NOTIFICATIONS = 4;

/** Errors waiting for the student to read them; the banner explains each in their language. */
export const useNotificationsStore = defineStore('notifications', () => {
  const notifications = shallowRef<readonly ErrorNotification[]>([]);
  let nextId = 1;

  function notifyError(error: PuertoError): void {
    const kept = notifications.value.slice(-(MAX_NOTIFICATIONS - 1));
    notifications.value = [...kept, { id: nextId++, error }];
  }

  function dismiss(id: number): void {
    notifications.value = notifications.value.filter((notification) => notification.id !== id);
  }

  function clear(): void {
    notifications.value = [];
  }

  return { notifications, notifyError, dismiss, clear };
});
