/** The VisionX story. */
export const about = {
  title: 'About',
  heading: 'About VisionX',
  lead: 'We make phones for people who would rather keep them.',
  sections: {
    origin: {
      heading: 'Why we started',
      body: 'VisionX began at a repair bench. Our founders spent years prying glued glass off phones that were two years old and already considered finished. The problem was never the people using them. It was phones designed to be replaced. So we set out to design one built to stay.',
    },
    design: {
      heading: 'How a VisionX is built',
      body: 'Every VisionX is a frame and a set of modules: display, battery, main camera, front camera, speaker and USB-C port. Each one is held by standard screws and a single connector, so one small Phillips screwdriver (in the box with Vision X Pro Max Ultra, Halo Vision Pro Ultra and Vision X Terra) is the only tool you need. When a part wears out, you replace that part. When a better camera arrives, you add it to the phone you already own.',
    },
    materials: {
      heading: 'What it is made of',
      body: 'The frame is 100% recycled aluminium. Our packaging is paper and card only. We publish the origin of the tin, tantalum, tungsten and gold in every phone, and we pay our assembly partners a living-wage bonus on top of their contracts.',
    },
    promise: {
      heading: 'Our promise',
      body: 'We keep spare modules in stock for at least seven years after a model launches, publish repair guides for every part, and take back any VisionX module for reuse or recycling, whatever its condition. A phone should be something you keep.',
    },
  },
  cta: 'See the phones',
} as const;
