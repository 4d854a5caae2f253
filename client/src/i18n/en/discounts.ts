/** Discount codes: the checkout's code field and the desk's discounts page. */

/** Words for the discount reasons of shared/result.ts (spread into errors.reasons). */
export const discountReasons = {
  discount_unknown: 'We don’t know the code {code}. Check the spelling.',
  discount_disabled: 'The code {code} is no longer valid.',
  discount_expired: 'The code {code} has expired.',
  discount_used_up: 'The code {code} has been used as many times as it can be.',
  discount_below_minimum: 'Your order is below the minimum for the code {code}.',
  discount_code_taken: 'A discount code {code} exists already. Choose another code.',
  discount_tries_too_often: 'Too many codes were tried. Please wait before trying another.',
} as const;

export const discounts = {
  discounts: {
    /** On the order page and the order list (the totals there are the discounted ones). */
    order: {
      line: 'Discount ({code})',
      listNote: 'With code {code}',
    },
    field: {
      label: 'Discount code',
      apply: 'Apply',
      remove: 'Remove',
      /** The summary's line: "Code SAVE10". */
      summary: 'Code {code}',
      applied: 'Code {code} applied: {amount} off.',
      removed: 'Code {code} removed.',
      /** With the minimum formatted, where the field can say it. */
      belowMinimum: 'The code {code} needs an order of at least {minimum} before the discount.',
      rechecking: 'Checking the code again for your updated cart…',
    },
    desk: {
      title: 'Discount codes',
      heading: 'Discount codes',
      back: 'Back to the desk',
      link: 'Discounts',
      create: {
        heading: 'New code',
        code: 'Code',
        codeHint: '3–32 letters, digits or dashes; shoppers may type it in any case.',
        kind: 'Kind',
        percent: 'Percent off',
        amount: 'Amount off',
        percentValue: 'Percent (1–100)',
        amountValue: 'Amount in dollars',
        minimum: 'Minimum order (optional)',
        minimumHint: 'In dollars: the subtotal before the discount must reach it.',
        expiry: 'Last day (optional)',
        expiryHint: 'The code works until the end of this day.',
        limit: 'Usage limit (optional)',
        limitHint: 'How many orders may use it in all.',
        submit: 'Create code',
        created: 'Code {code} created.',
      },
      list: {
        heading: 'Codes',
        loading: 'Loading the codes…',
        empty: 'No discount codes yet.',
        code: 'Code',
        gives: 'Gives',
        percentOff: '{value}% off',
        amountOff: '{amount} off',
        minimum: 'from {amount}',
        used: 'Used',
        usedOf: '{used} of {limit}',
        usedNoLimit: '{used} (no limit)',
        expires: 'Expires',
        never: 'Never',
        status: 'Status',
        active: 'Active',
        expired: 'Expired',
        usedUp: 'Used up',
        disabled: 'Disabled',
        disable: 'Disable',
        disableLabel: 'Disable {code}',
        disabledDone: 'Code {code} disabled.',
      },
    },
  },
} as const;
