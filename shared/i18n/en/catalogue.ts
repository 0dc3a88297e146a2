/** Texts of the catalogue area of the workspace. */
export const catalogue = {
  title: 'Well-known ports',
};
