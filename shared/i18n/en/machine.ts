/** Texts of the machine area of the workspace. */
export const machine = {
  title: 'This machine',
};
