import type { Request } from 'express';
import { chooseLocale, type Locale } from '../../../shared/locales.js';
import type { AppContext } from '../../context.js';
import { chosenLocales } from './locale.repo.js';

/**
 * The language a page is served in ([LANG1]): `?lang=`, the account's choice, this browser's,
 * then `Accept-Language`. Reads the choice by the cookie's session id (one select, no write: a
 * page load must not touch the session); an unreadable or unknown cookie has chosen nothing.
 */
export const pageLocale =
  (ctx: AppContext) =>
  async (req: Request): Promise<Locale> => {
    const sid = await ctx.cookie.read(req.get('cookie'));
    const chosen = sid ? chosenLocales(ctx.db, sid) : { session: null, account: null };
    return chooseLocale({
      query: req.query.lang,
      account: chosen.account,
      session: chosen.session,
      acceptLanguage: req.get('accept-language'),
    });
  };
