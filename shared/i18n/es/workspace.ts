import type { workspace as english } from '../en/workspace';

export const workspace: typeof english = {
  title: 'Espacio de trabajo',
};
