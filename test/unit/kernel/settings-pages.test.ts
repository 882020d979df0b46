import { SETTINGS_PAGES, settingsPagePath, settingsPageUrl } from '#kernel/settings-pages';

describe("Jira Cloud's project settings pages", () => {
  it('builds the addresses of each page from the site URL', () => {
    const site = 'https://acme.atlassian.net/';
    expect(settingsPageUrl(site, { page: 'issueTypes', projectKey: 'FIELD' })).toBe(
      'https://acme.atlassian.net/jira/servicedesk/projects/FIELD/settings/issuetypes',
    );
    expect(settingsPageUrl(site, { page: 'issueTypeFields', projectKey: 'FIELD', issueTypeId: '10020' })).toBe(
      'https://acme.atlassian.net/jira/servicedesk/projects/FIELD/settings/issuetypes/10020',
    );
    expect(settingsPageUrl(site, { page: 'requestTypes', projectKey: 'FIELD' })).toBe(
      'https://acme.atlassian.net/jira/servicedesk/projects/FIELD/settings/request-types',
    );
    expect(settingsPageUrl(site, { page: 'screens', projectKey: 'ACME' })).toBe('https://acme.atlassian.net/plugins/servlet/project-config/ACME/screens');
  });

  it('keeps a project key and an issue type id inside their path segments', () => {
    for (const page of SETTINGS_PAGES) {
      const path = settingsPagePath({ page, projectKey: 'A/B?', issueTypeId: '1/2' });
      expect(path).not.toContain('A/B');
      expect(path).not.toContain('?');
    }
  });
});
