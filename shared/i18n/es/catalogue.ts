import type { catalogue as english } from '../en/catalogue';

export const catalogue: typeof english = {
  title: 'Puertos bien conocidos',
};
