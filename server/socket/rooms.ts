/** Every room name comes from here (docs/ARCHITECTURE.md §2), so a typo can't split a broadcast. */
export const rooms = {
  session: (sessionId: string) => `session:${sessionId}`,
  user: (userId: number) => `user:${userId}`,
  staff: () => 'staff',
  chat: (chatId: number | string) => `chat:${chatId}`,
  /** Staff watching a conversation: its shopper's cart and orders are pushed here. */
  staffWatch: (chatId: number | string) => `staff-watch:${chatId}`,
  product: (productId: number | string) => `product:${productId}`,
  order: (orderId: number | string) => `order:${orderId}`,
} as const;
