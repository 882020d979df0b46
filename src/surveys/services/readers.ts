import type { Locale } from '#kernel/locales';
import { siteLocale, userLocale } from '#platform/jira/locales';

/**
 * The languages of the people one run writes to (a sweep, a submit, a step of a campaign): each
 * asked of Jira once per run, then remembered until the run ends, so a change of language applies
 * from the next run on.
 */
export interface Readers {
  /** A person's language: their Jira locale, else the site's (for comments to a customer, notifications to an owner). */
  of(accountId: string): Promise<Locale>;
  /** The site's default language: for what the whole team reads (a Complaint's statement). */
  site(): Promise<Locale>;
}

export function readersOfRun(): Readers {
  const people = new Map<string, Promise<Locale>>();
  let site: Promise<Locale> | undefined;
  return {
    of(accountId) {
      let locale = people.get(accountId);
      if (!locale) {
        locale = userLocale(accountId);
        people.set(accountId, locale);
      }
      return locale;
    },
    site: () => (site ??= siteLocale()),
  };
}
