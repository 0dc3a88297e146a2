/** Texts of the conversation area of the workspace. */
export const conversation = {
  title: 'Conversation',
};
