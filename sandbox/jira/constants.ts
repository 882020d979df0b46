/**
 * Identities the emulated site shares with the sandbox's Forge runtime. They are defined once
 * here so that custom field type keys, `self` links and events agree everywhere.
 */

/** The Forge environment the sandbox installs the app into (ForgeRuntime's default). */
export const SANDBOX_ENVIRONMENT_ID = 'e0d1c2b3-0000-4000-8000-000000000001';

/** The site's base URL as `self` links spell it (ForgeRuntime's default site URL). */
export const DEFAULT_SITE_URL = 'http://localhost:8080';

/** The site's default language, as `GET /rest/api/3/serverInfo` reports it (`defaultLocale`). */
export const SITE_DEFAULT_LOCALE = 'en_US';

/** The account Jira gives an installed Forge app; product events the app causes carry it. */
export const APP_ACCOUNT_ID = '557058:f0a5e1c2-0000-4000-8000-00000000a990';

/** What `GET /rest/api/3/serverInfo` reports. */
export const SERVER_VERSION = { version: '1001.0.0-SNAPSHOT', versionNumbers: [1001, 0, 0], buildNumber: 100293 } as const;
