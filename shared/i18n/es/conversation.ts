import type { conversation as english } from '../en/conversation';

export const conversation: typeof english = {
  title: 'Conversación',
};
