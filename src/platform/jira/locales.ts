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

/**
 * A user's language (GET /rest/api/3/user as the app), else the site's: for what the app writes to
 * them. `site` answers the site's language when Jira does not give the user's (a run that writes to
 * many people asks for it once: see `localesOfRun`).
 */
export async function userLocale(accountId: string, site: () => Promise<Locale> = siteLocale): Promise<Locale> {
  let raw: string | undefined;
  try {
    raw = (await asAppJira().find(route`/rest/api/3/user?accountId=${accountId}`, withLocale))?.locale;
  } catch {
    raw = undefined;
  }
  return raw ? pickLocale(raw) : site();
}

/** The languages one run writes in: each person's and the site's asked of Jira once, then remembered for the run. */
export interface RunLocales {
  site(): Promise<Locale>;
  user(accountId: string): Promise<Locale>;
}

export function localesOfRun(): RunLocales {
  let site: Promise<Locale> | undefined;
  const users = new Map<string, Promise<Locale>>();
  const siteOnce = (): Promise<Locale> => (site ??= siteLocale());
  return {
    site: siteOnce,
    user: (accountId) => {
      const known = users.get(accountId);
      if (known) return known;
      const asked = userLocale(accountId, siteOnce);
      users.set(accountId, asked);
      return asked;
    },
  };
}
