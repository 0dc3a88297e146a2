import type { topology as english } from '../en/topology';

export const topology: typeof english = {
  title: 'Topología',
};
