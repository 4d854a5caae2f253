/**
 * Words for invalid fields: one per field code of shared/field-errors.ts, and per field where its
 * words differ. Part of the one table of error words (errors.ts).
 */
export const fieldErrors = {
  fieldErrors: {
    /** One per field code of shared/field-errors.ts, for any field without words of its own. */
    codes: {
      required: 'Fill in this field.',
      too_short: 'Enter at least {minimum} characters.',
      too_long: 'Enter at most {maximum} characters.',
      too_small: 'Enter {minimum} or more.',
      too_big: 'Enter {maximum} or less.',
      too_few: 'Choose at least {minimum}.',
      too_many: 'Choose at most {maximum}.',
      not_integer: 'Enter a whole number.',
      invalid_email: 'Enter a valid email address.',
      invalid_format: 'Check the format of this field.',
      invalid_choice: 'Choose one of the options.',
      not_allowed: 'This field is not allowed.',
      invalid: 'This value is not valid.',
      bad_characters: 'This contains characters that are not allowed.',
      html_not_allowed: 'Use plain text, without HTML.',
      one_line: 'Keep this to one line.',
      too_many_bytes: 'Enter at most {maximum} bytes.',
      same_password: 'The new password must differ from the current one.',
      passwords_differ: 'The two passwords do not match.',
      price_range: 'The highest price must not be below the lowest.',
      postal_code: 'Enter a postal code like {example}.',
      region_letters: 'Enter the region as two letters.',
      no_words: 'Type a word, a name, an email address or an order number.',
      common_password: 'This password is too common. Choose one that is harder to guess.',
      email_taken: 'An account with this email already exists. Try signing in.',
      wrong_password: 'Your password is incorrect.',
      wrong_code: 'That code is not right. Check your authenticator app and try again.',
      code_used: 'That code was already used. Wait for the next one in your authenticator app.',
      totp_only: 'Enter the 6-digit code from your authenticator app.',
      card_invalid: 'The card number is not valid.',
      card_expired: 'The card has expired.',
      cvc_invalid: 'The security code is not valid.',
      card_declined: 'The card was declined.',
      insufficient_funds: 'The card has insufficient funds.',
      out_of_stock: 'This item is out of stock.',
      stock_limit: 'Only {stock} left in stock.',
      not_of_product: 'Not a review of this product.',
      unknown_variable: '“{variable}” is not a variable saved replies know. Check its spelling.',
      not_in_future: 'Choose a time later than now.',
      too_far_ahead: 'Choose a time at most {maximum} days ahead.',
    },
    /**
     * A field's own words for a code, by the field's path (list indexes left out). Where a code's
     * words depend on its `format` or `country`, they are split by it.
     */
    fields: {
      email: {
        required: 'Enter your email address.',
        too_long: 'Email must be at most {maximum} characters.',
      },
      name: {
        required: 'Enter your name.',
        too_long: 'Name must be at most {maximum} characters.',
        bad_characters: 'Name contains characters that are not allowed.',
      },
      password: {
        required: 'Enter your password.',
        too_short: 'Password must be at least {minimum} characters.',
        too_long: 'Password must be at most {maximum} characters.',
        too_many_bytes: 'Password must be at most {maximum} bytes.',
      },
      currentPassword: {
        required: 'Enter your password.',
        too_long: 'Password is too long.',
      },
      newPassword: {
        required: 'Enter a password.',
        too_short: 'Password must be at least {minimum} characters.',
        too_long: 'Password must be at most {maximum} characters.',
        too_many_bytes: 'Password must be at most {maximum} bytes.',
      },
      code: {
        required: 'Enter the 6-digit code from your authenticator app, or a recovery code.',
        too_long: 'Enter the 6-digit code from your authenticator app, or a recovery code.',
        invalid_format: {
          totp: 'Enter the 6-digit code from your authenticator app.',
          one_time_code: 'Enter the 6-digit code from your authenticator app, or a recovery code.',
        },
      },
      pendingToken: {
        required: 'Sign in again.',
        invalid_format: 'Sign in again.',
      },
      variantId: { required: 'Choose a product option.' },
      quantity: {
        required: 'Enter a quantity.',
        not_integer: 'Quantities are whole numbers.',
        too_small: 'The quantity must be at least {minimum}.',
        too_big: 'You can add up to {maximum} of each item.',
      },
      slug: { invalid_format: 'Not a product address.' },
      q: {
        required: 'Type something to search for.',
        too_long: 'Search text must be at most {maximum} characters.',
      },
      minPrice: {
        not_integer: 'Prices are whole cents.',
        too_small: 'Prices cannot be negative.',
      },
      maxPrice: {
        not_integer: 'Prices are whole cents.',
        too_small: 'Prices cannot be negative.',
      },
      sort: { invalid_choice: 'Unknown sort order.' },
      page: { too_small: 'Pages start at {minimum}.' },
      ignore: { invalid_choice: 'Unknown kind of search chip.' },
      chatId: { required: 'Choose a conversation.' },
      text: {
        required: 'Type a message.',
        too_long: 'Keep messages to {maximum} characters or fewer.',
        bad_characters: 'The message contains characters that are not allowed.',
      },
      clientId: {
        required: 'A message needs its client id.',
        invalid_format: 'A message needs its client id.',
      },
      department: { invalid_choice: 'Choose sales, tech support or customer service.' },
      phone: {
        required: 'Enter a phone number.',
        invalid_format: 'Enter a phone number with its area code.',
      },
      address: {
        name: {
          required: 'Enter the recipient’s name.',
          too_long: 'The recipient’s name must be at most {maximum} characters.',
        },
        line1: {
          required: 'Enter the street address.',
          too_long: 'The street address must be at most {maximum} characters.',
        },
        line2: { too_long: 'Keep the second line under {maximum} characters.' },
        city: {
          required: 'Enter the city.',
          too_long: 'The city must be at most {maximum} characters.',
        },
        region: {
          region_letters: {
            US: 'Enter the state as two letters.',
            CA: 'Enter the province as two letters.',
          },
        },
        postalCode: {
          required: 'Enter a postal code.',
          too_long: 'Postal codes are at most {maximum} characters.',
        },
        country: { invalid_choice: 'We ship to the US, Canada, the UK, Germany and France.' },
      },
      shippingMethod: { invalid_choice: 'Choose a shipping method.' },
      card: {
        number: {
          required: 'Enter the card number.',
          invalid_format: 'Enter the card number as shown on the card.',
        },
        expiry: {
          required: 'Enter the expiry date.',
          invalid_format: 'Enter the expiry as MM/YY.',
        },
        cvc: {
          required: 'Enter the security code.',
          invalid_format: 'Enter the 3 or 4 digits on the card.',
        },
        name: {
          required: 'Enter the name on the card.',
          too_long: 'The name on the card must be at most {maximum} characters.',
        },
      },
      idempotencyKey: {
        required: 'Missing checkout attempt id.',
        invalid_format: 'Missing checkout attempt id.',
      },
      topic: { invalid_choice: 'Choose a topic.' },
      message: {
        required: 'Write a message.',
        too_short: 'Write at least {minimum} characters.',
        too_long: 'Write at most {maximum} characters.',
      },
      number: { invalid_format: 'That is not a VisionX order number.' },
      note: { too_long: 'Keep the note to {maximum} characters or fewer.' },
      resolution: {
        required: 'Say how it was resolved.',
        too_long: 'Keep the note to {maximum} characters or fewer.',
      },
      productId: { required: 'Choose a product.' },
      rating: {
        required: 'Choose a rating from 1 to 5 stars.',
        not_integer: 'Choose a whole number of stars.',
        too_small: 'Choose a rating from 1 to 5 stars.',
        too_big: 'Choose a rating from 1 to 5 stars.',
      },
      title: {
        required: 'The title must be text.',
        too_long: 'Keep the title to {maximum} characters or fewer.',
        bad_characters: 'The title contains characters that are not allowed.',
        html_not_allowed: 'The title must be plain text, without HTML.',
        one_line: 'The title must be one line.',
      },
      body: {
        required: 'Write your review.',
        too_short: 'Write at least {minimum} characters.',
        too_long: 'Keep your review to {maximum} characters or fewer.',
        bad_characters: 'Your review contains characters that are not allowed.',
        html_not_allowed: 'Your review must be plain text, without HTML.',
      },
    },
  },
} as const;
