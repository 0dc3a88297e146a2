import type { composer as english } from '../en/composer';

export const composer: typeof english = {
  title: 'Enviar un mensaje',
};
