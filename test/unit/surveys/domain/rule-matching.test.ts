import fc from 'fast-check';
import { decideInvitation, inScope, invitationDeadlines, sampleDraw } from '#surveys/domain/rule-matching';
import { DEFAULT_RULES, type SurveyRules } from '#surveys/domain/survey-rules';

const rules = (changes: Partial<SurveyRules> = {}): SurveyRules => ({
  ...DEFAULT_RULES,
  enabled: true,
  scope: { kind: 'projects', projects: [{ projectId: '10000', requestTypeIds: [] }] },
  ...changes,
});
const resolvedAt = new Date('2026-03-01T10:00:00Z');
const ticket = { projectId: '10000', requestTypeId: '3', resolvedAt };
const decide = (r: SurveyRules, extra: Partial<Parameters<typeof decideInvitation>[0]> = {}) =>
  decideInvitation({ rules: r, ticket, drawKey: 't:1:1', earlier: 'none', sentToRecipientIn30Days: 0, ...extra });

describe('survey rule matching', () => {
  it('sends after the delay in hours', () => {
    expect(decide(rules({ delayHours: 6 }))).toEqual({ invite: true, sendAt: new Date('2026-03-01T16:00:00Z') });
  });

  it('takes only the listed projects and, where a project lists them, its request types', () => {
    expect(inScope(rules({ scope: { kind: 'projects', projects: [{ projectId: '10000', requestTypeIds: ['3'] }] } }), ticket)).toBe(true);
    expect(inScope(rules({ scope: { kind: 'projects', projects: [{ projectId: '10000', requestTypeIds: ['4'] }] } }), ticket)).toBe(false);
    expect(inScope(rules({ scope: { kind: 'projects', projects: [{ projectId: '10001', requestTypeIds: [] }] } }), ticket)).toBe(false);
    expect(decide(rules({ scope: { kind: 'jql', jql: 'project = ACME' } }))).toEqual({ invite: false, reason: 'out-of-scope' });
    expect(
      decideInvitation({
        rules: rules({ scope: { kind: 'jql', jql: 'project = ACME' } }),
        ticket: { ...ticket, matchesJql: true },
        drawKey: 'k',
        earlier: 'none',
        sentToRecipientIn30Days: 0,
      }).invite,
    ).toBe(true);
  });

  it('stops at the cap of surveys per person in 30 days', () => {
    expect(decide(rules({ maxPerCustomer30Days: 2 }), { sentToRecipientIn30Days: 1 }).invite).toBe(true);
    expect(decide(rules({ maxPerCustomer30Days: 2 }), { sentToRecipientIn30Days: 2 })).toEqual({ invite: false, reason: 'cap-reached' });
    expect(decide(rules({ maxPerCustomer30Days: null }), { sentToRecipientIn30Days: 50 }).invite).toBe(true);
  });

  it('a reopened request is surveyed again only when the rules say so and its earlier survey has ended', () => {
    expect(decide(rules(), { earlier: 'open' })).toEqual({ invite: false, reason: 'open-invitation' });
    expect(decide(rules({ resurveyOnReopen: false }), { earlier: 'ended' })).toEqual({ invite: false, reason: 'already-surveyed' });
    expect(decide(rules({ resurveyOnReopen: true }), { earlier: 'ended' }).invite).toBe(true);
  });

  it('samples 0% as none and 100% as all', () => {
    fc.assert(
      fc.property(fc.string(), (key) => {
        expect(decide(rules({ sampleRate: 0 }), { drawKey: key })).toEqual({ invite: false, reason: 'not-sampled' });
        expect(decide(rules({ sampleRate: 100 }), { drawKey: key }).invite).toBe(true);
      }),
    );
  });

  it('the same resolution always draws the same way, and a rate keeps about that share', () => {
    fc.assert(fc.property(fc.string(), (key) => sampleDraw(key) === sampleDraw(key) && sampleDraw(key) >= 0 && sampleDraw(key) < 100));
    const keys = Array.from({ length: 4000 }, (_, i) => `t:${10000 + i}:${1700000000000 + i * 3_600_000}`);
    const taken = keys.filter((key) => decide(rules({ sampleRate: 30 }), { drawKey: key }).invite).length;
    expect(taken / keys.length).toBeGreaterThan(0.27);
    expect(taken / keys.length).toBeLessThan(0.33);
  });

  it('a higher rate never drops a resolution a lower rate takes', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (key, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        return !decide(rules({ sampleRate: low }), { drawKey: key }).invite || decide(rules({ sampleRate: high }), { drawKey: key }).invite;
      }),
    );
  });

  it('disabled rules send nothing', () => {
    expect(decide(rules({ enabled: false }))).toEqual({ invite: false, reason: 'disabled' });
  });

  it('reminds after M days and expires after N days', () => {
    const sentAt = new Date('2026-03-01T00:00:00Z');
    expect(invitationDeadlines(sentAt, { expiryDays: 14, reminderDays: 5 })).toEqual({
      remindAt: new Date('2026-03-06T00:00:00Z'),
      expiresAt: new Date('2026-03-15T00:00:00Z'),
    });
    expect(invitationDeadlines(sentAt, { expiryDays: 14, reminderDays: null }).remindAt).toBeNull();
  });
});
