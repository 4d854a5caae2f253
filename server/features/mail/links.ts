/** Where a conversation's emails lead: the support page opens that conversation (OpenLinkedConversation.tsx). */
export const resumeUrl = (publicUrl: string, chatId: number) => `${publicUrl}/support?conversation=${chatId}`;
