/** Texts of the composer area of the workspace. */
export const composer = {
  title: 'Send a message',
};
