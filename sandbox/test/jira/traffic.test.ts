import { openDatabase } from '#sandbox/store/database';
import { JiraEmulator } from '#sandbox/jira/jira-emulator';
import { SAM, call, demoJira } from './emulator-fixture';

describe('fault injection', () => {
  it('fails the next matching requests the given number of times, then answers normally', async () => {
    const { jira } = demoJira({ issues: 2 });
    jira.injectFault({ method: 'GET', pathPattern: /^\/rest\/api\/3\/issue\/[^/]+$/, status: 500, times: 2 });
    expect((await call(jira, SAM, 'GET', '/rest/api/3/myself')).status).toBe(200);
    expect((await call(jira, SAM, 'PUT', '/rest/api/3/issue/ACME-1', { fields: { summary: 'still works' } })).status).toBe(204);
    const first = await call(jira, SAM, 'GET', '/rest/api/3/issue/ACME-1');
    expect(first).toMatchObject({ status: 500, body: { errorMessages: [expect.any(String)] } });
    expect((await call(jira, SAM, 'GET', '/rest/api/3/issue/ACME-2?fields=summary')).status).toBe(500);
    expect((await call(jira, SAM, 'GET', '/rest/api/3/issue/ACME-1')).status).toBe(200);
  });

  it('answers injected 429 and 503 with Retry-After and does not run the request', async () => {
    const { jira } = demoJira({ issues: 1 });
    jira.injectFault({ method: 'POST', pathPattern: /\/issuetype$/, status: 429, times: 1, retryAfterSeconds: 7 });
    jira.injectFault({ pathPattern: /\/issuetype$/, status: 503, times: 1 });
    const limited = await call(jira, SAM, 'POST', '/rest/api/3/issuetype', { name: 'Escalation' });
    expect(limited).toMatchObject({ status: 429, headers: { 'retry-after': '7' } });
    const unavailable = await call(jira, SAM, 'POST', '/rest/api/3/issuetype', { name: 'Escalation' });
    expect(unavailable).toMatchObject({ status: 503, headers: { 'retry-after': '1' } });
    expect(jira.store.issueTypes().some((t) => t.name === 'Escalation')).toBe(false);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once over the limit, until the window passes', async () => {
    let now = new Date('2026-11-20T12:00:00.000Z');
    const jira = new JiraEmulator(openDatabase(':memory:'), { now: () => now });
    const serverInfo = () => jira.handle({ method: 'GET', path: '/rest/api/3/serverInfo', headers: {}, caller: { kind: 'app' } });
    jira.setRateLimit({ limit: 3, windowMs: 10_000 });
    for (let i = 0; i < 3; i++) expect((await serverInfo()).status).toBe(200);
    now = new Date(now.getTime() + 2_500);
    const refused = await serverInfo();
    expect(refused).toMatchObject({ status: 429, headers: { 'retry-after': '8' }, body: { errorMessages: ['Rate limit exceeded.'] } });
    now = new Date(now.getTime() + 7_500);
    expect((await serverInfo()).status).toBe(200);
    jira.setRateLimit(null);
    for (let i = 0; i < 10; i++) expect((await serverInfo()).status).toBe(200);
  });
});
