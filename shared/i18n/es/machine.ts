import type { machine as english } from '../en/machine';

export const machine: typeof english = {
  title: 'Esta máquina',
};
