import { route } from '@forge/api';
import { z } from 'zod';
import { pickLocale, SOURCE_LOCALE, type Locale } from '#kernel/locales';
import { asAppJira, asUserJira } from './client';

const withLocale = z.object({ locale: z.string().optional() });
const serverInfo = z.object({ defaultLocale: z.object({ locale: z.string() }).optional() });

/** The site's default language (GET /rest/api/3/serverInfo `defaultLocale`); English when Jira does not say. */
export async function siteLocale(): Promise<Locale> {
  try {
    const info = await asAppJira().get(route`/rest/api/3/serverInfo`, serverInfo);
    return pickLocale(info.defaultLocale?.locale);
  } catch {
    return SOURCE_LOCALE;
  }
}

/** The calling user's language (GET /rest/api/3/myself as the user), else the site's. */
export async function callerLocale(): Promise<Locale> {
  try {
    const me = await asUserJira().get(route`/rest/api/3/myself`, withLocale);
    return me.locale ? pickLocale(me.locale) : await siteLocale();
  } catch {
    return siteLocale();
  }
}

/** A user's language (GET /rest/api/3/user as the app), else the site's: for what the app writes to them. */
export async function userLocale(accountId: string): Promise<Locale> {
  try {
    const user = await asAppJira().find(route`/rest/api/3/user?accountId=${accountId}`, withLocale);
    return user?.locale ? pickLocale(user.locale) : await siteLocale();
  } catch {
    return siteLocale();
  }
}
