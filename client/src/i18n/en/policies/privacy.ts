import type { PolicyDoc } from '../../policies.js';

export const policy: PolicyDoc = {
  title: 'Privacy',
  updated: '2025-01-15',
  summary:
    'We collect what we need to sell you a phone, deliver it and help you with it. We do not sell your data, we do not use advertising trackers, and you can export or delete your data from your Account page at any time.',
  sections: [
    {
      id: 'who',
      heading: 'Who is responsible',
      blocks: [
        'VisionX is responsible for the personal data described here. Questions about privacy go to privacy@visionx.example, and we answer within 30 days, usually much sooner.',
      ],
    },
    {
      id: 'what',
      heading: 'What we store',
      blocks: [
        {
          list: [
            'Account: your email address, your name, the date you joined and your password. We store the password only as a bcrypt hash; nobody at VisionX can read it.',
            'Sessions: a random session identifier, when the session started, when it was last used, when it expires and whether it was ended. We keep this to keep you signed in and to end a session everywhere when you sign out or change your password.',
            'Cart and orders: the items, prices, shipping address, delivery status and history of each order. For payments we keep only the card brand and the last four digits; the full card number and security code are never stored.',
            'Chats: the messages you exchange with our shopping assistant and our support team, including which team member replied.',
            'Contact messages: what you send through the Contact page, with the name and email you give.',
          ],
        },
        'We do not collect your location, your contacts, or data from other websites.',
      ],
    },
    {
      id: 'cookies',
      heading: 'Cookies',
      blocks: [
        'We use a single, strictly necessary cookie. It holds an encrypted reference to your session, so the shop can keep your cart and know whether you are signed in. Visitors who are not signed in get a guest session too, so their cart survives a reload.',
        'We use no advertising cookies, no third-party analytics and no social media trackers, so there is no cookie banner to click through.',
      ],
    },
    {
      id: 'why',
      heading: 'Why we use it',
      blocks: [
        {
          list: [
            'To sell and deliver what you order, and to handle returns and warranty claims (necessary for our contract with you).',
            'To keep your account secure, detect fraud and limit abuse such as repeated failed sign-ins (our legitimate interest in a safe shop).',
            'To keep order and invoice records for as long as tax law requires (a legal obligation).',
            'To answer your questions in chat and by email (necessary for our contract, or our legitimate interest when you are not yet a customer).',
          ],
        },
      ],
    },
    {
      id: 'assistant',
      heading: 'The shopping assistant',
      blocks: [
        'Our shopping assistant runs on our own servers by default. Where we use an external language model provider to answer, we send only the conversation and the product information needed for the answer, under a data processing agreement that forbids the provider from using it to train its models.',
        'A member of our support team can read a conversation and take it over, so a person can help when the assistant cannot.',
      ],
    },
    {
      id: 'sharing',
      heading: 'Who we share it with',
      blocks: [
        'We share data only with the companies that help us run the shop: our payment processor (to take payment), our carriers (your name, address and phone number, to deliver), and our hosting provider. Each may use the data only on our behalf. We never sell or rent personal data.',
      ],
    },
    {
      id: 'retention',
      heading: 'How long we keep it',
      blocks: [
        {
          list: [
            'Signed-in sessions end after 7 days without use and 30 days at most. Session records are deleted 30 days after they end.',
            'Guest carts and chats are deleted 30 days after the guest session ends.',
            'Chats and contact messages are kept for 12 months, then deleted.',
            'Your account stays until you delete it.',
            'Order records are kept for 7 years because tax law requires it. When you delete your account, we remove your name and email from them.',
          ],
        },
      ],
    },
    {
      id: 'rights',
      heading: 'Your rights: export and delete',
      blocks: [
        'You can see, export and delete your data yourself, without asking us:',
        {
          list: [
            'Export: on your Account page, “Export my data” downloads everything we store about you (account, sessions, orders and chats) as a JSON file.',
            'Delete: on your Account page, “Delete account” removes your account, sessions, cart and chats at once and signs you out on every device.',
            'Correct: write to us and we fix any detail that is wrong.',
          ],
        },
        'You also have the right to object to processing based on our legitimate interest, and to complain to your data protection authority. We would like the chance to fix the problem first.',
      ],
    },
    {
      id: 'security',
      heading: 'Security',
      blocks: [
        'All traffic is encrypted with TLS. Passwords are hashed, sessions can be ended from anywhere, and changing your password signs out every other device. Our staff see customer data only when they need it to help you.',
      ],
    },
    {
      id: 'children',
      heading: 'Children',
      blocks: [
        'The shop is not meant for children under 16, and we do not knowingly collect their data. If you believe a child has created an account, contact us and we will delete it.',
      ],
    },
    {
      id: 'changes',
      heading: 'Changes to this policy',
      blocks: [
        'When we change this policy we update the date at the top. If a change affects how we use data you have already given us, we email you before it takes effect.',
      ],
    },
  ],
};
