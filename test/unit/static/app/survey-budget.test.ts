import { BUDGET, FORM_PACKAGES, readBuild, surfaceWeights, type BuiltApp } from '../../../../scripts/static-weight';
import { ensureBuilt } from '../../../support/built-app';

/** The portal survey is the customer's first frame on the request page: it paints within the frame budget, without form libraries. */
let build: BuiltApp;
beforeAll(() => {
  ensureBuilt();
  build = readBuild();
}, 120_000);

test('the portal survey frame paints with at most 120 KB of gzipped JavaScript and no form or choice library', () => {
  const weight = surfaceWeights(build).get('survey-portal');
  expect(weight).toBeDefined();
  if (!weight) return;
  expect({ gzip: Math.round(weight.scriptGzip / 100) / 10, within: weight.scriptGzip <= BUDGET.framePaint }).toEqual({
    gzip: Math.round(weight.scriptGzip / 100) / 10,
    within: true,
  });
  expect(weight.packages.filter((p) => FORM_PACKAGES.some((form) => form === p))).toEqual([]);
});
