import type { inspector as english } from '../en/inspector';

export const inspector: typeof english = {
  title: 'Inspector de mensajes',
};
