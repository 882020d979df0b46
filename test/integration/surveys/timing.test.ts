import { z } from 'zod';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { dataOf, errorOf } from '../harness';
import {
  answerSurvey,
  callPortal,
  enableSurveys,
  goodAnswers,
  openCustomerRequest,
  publicComments,
  reopenRequest,
  resolveRequest,
  startSurveySandbox,
  stopSurveySandbox,
  surveyPropertyOf,
  sweep,
  travel,
} from './survey-harness';

/**
 * Time in these tests is Jest's fake `Date` (timers stay real), so the app, the emulators and the
 * sandbox's real clock all see the same moved "now"; the hourly scheduledTrigger is fired by hand.
 */

jest.setTimeout(90_000);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = startSurveySandbox({ now: new Date('2026-06-01T09:00:00Z') });
});
afterEach(() => stopSurveySandbox(sandbox));

const entry = z
  .object({ status: z.string(), invitationId: z.string(), history: z.array(z.object({ status: z.string(), overall: z.number().optional() })).optional() })
  .passthrough();
const propertyOf = (key: string) => entry.parse(surveyPropertyOf(sandbox, key));

/**
 * With `resurveyOnReopen` as given, a request whose reporter answered its survey, reopened an hour
 * later and resolved again an hour after that: the request, and the invitation that was answered.
 */
async function answeredThenResolvedAgain(resurveyOnReopen: boolean): Promise<{ request: { key: string; reporter: string }; invitationId: string }> {
  await enableSurveys(sandbox, { resurveyOnReopen });
  const request = openCustomerRequest(sandbox);
  await resolveRequest(sandbox, request.key);
  const { invitationId } = propertyOf(request.key);
  dataOf(await answerSurvey(sandbox, request, goodAnswers));
  travel(HOUR);
  await reopenRequest(sandbox, request.key);
  travel(HOUR);
  await resolveRequest(sandbox, request.key);
  return { request, invitationId };
}

describe('survey timing and the hourly sweep', () => {
  it('sends after the delay in hours, reminds once after M days, expires after N days; an expired survey is refused with a clear message', async () => {
    await enableSurveys(sandbox, { delayHours: 6, reminderDays: 3, expiryDays: 7 });
    const request = openCustomerRequest(sandbox);
    await resolveRequest(sandbox, request.key);
    expect(propertyOf(request.key).status).toBe('scheduled');
    expect(await publicComments(sandbox, request.key)).toEqual([]);
    expect(dataOf(await callPortal(sandbox, 'getPortalSurvey', { issueKey: request.key }, request.reporter)).survey).toBeNull();

    travel(5 * HOUR);
    await sweep(sandbox);
    expect(propertyOf(request.key).status).toBe('scheduled');
    travel(1 * HOUR + 60_000);
    await sweep(sandbox);
    await sweep(sandbox);
    expect(propertyOf(request.key).status).toBe('sent');
    expect(await publicComments(sandbox, request.key)).toHaveLength(1);

    travel(3 * DAY);
    await sweep(sandbox);
    await sweep(sandbox);
    expect(propertyOf(request.key).status).toBe('reminded');
    const comments = await publicComments(sandbox, request.key);
    expect(comments).toHaveLength(2);
    expect(comments[1]).toMatch(/^A reminder about /);

    travel(4 * DAY);
    await sweep(sandbox);
    expect(propertyOf(request.key).status).toBe('expired');
    const refused = errorOf(await answerSurvey(sandbox, request, goodAnswers));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/^This survey closed on \d{4}-\d{2}-\d{2}; it no longer takes answers\.$/);
    expect(dataOf(await callPortal(sandbox, 'getPortalSurvey', { issueKey: request.key }, request.reporter)).survey?.state).toBe('expired');
  });

  it('a request reopened before its invitation went out is not surveyed for that resolution', async () => {
    await enableSurveys(sandbox, { delayHours: 2 });
    const request = openCustomerRequest(sandbox);
    await resolveRequest(sandbox, request.key);
    await reopenRequest(sandbox, request.key);
    travel(3 * HOUR);
    await sweep(sandbox);
    expect(surveyPropertyOf(sandbox, request.key)).toBeUndefined();
    expect(await publicComments(sandbox, request.key)).toEqual([]);
  });

  it('lets the respondent change the answers for 12 hours, then no more', async () => {
    await enableSurveys(sandbox);
    const request = openCustomerRequest(sandbox);
    await resolveRequest(sandbox, request.key);
    const { invitationId } = propertyOf(request.key);
    const first = dataOf(await answerSurvey(sandbox, request, goodAnswers));
    // The reporter changes the overall score of the answers at `revision`.
    const change = (overall: number, revision: number) =>
      callPortal(sandbox, 'submitSurveyResponse', { issueKey: request.key, invitationId, answers: { ...goodAnswers, overall }, revision }, request.reporter);
    travel(11 * HOUR);
    const edited = dataOf(await change(3, first.revision));
    expect(edited.revision).toBe(2);
    expect(surveyPropertyOf(sandbox, request.key)).toMatchObject({ overall: 3 });
    travel(2 * HOUR);
    const late = errorOf(await change(1, edited.revision));
    expect(late).toMatchObject({
      code: 'CONFLICT',
      message: 'The answers can no longer be changed: they could be changed for 12 hours after they were given.',
    });
    expect(surveyPropertyOf(sandbox, request.key)).toMatchObject({ overall: 3 });
  });

  it('a request resolved again is surveyed again only when the rules say so, and keeps the earlier response', async () => {
    const { request, invitationId } = await answeredThenResolvedAgain(true);
    const property = propertyOf(request.key);
    expect(property.status).toBe('sent');
    expect(property.invitationId).not.toBe(invitationId);
    expect(property.history).toEqual([expect.objectContaining({ status: 'answered', overall: 5 })]);
  });

  it('without re-surveying, a request resolved again keeps its one answered survey', async () => {
    const { request, invitationId } = await answeredThenResolvedAgain(false);
    expect(propertyOf(request.key)).toMatchObject({ status: 'answered', invitationId });
    expect(await publicComments(sandbox, request.key)).toHaveLength(1);
  });
});
