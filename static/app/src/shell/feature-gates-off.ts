/**
 * Stands in for `@atlaskit/feature-gate-js-client` in the app's bundle (scripts/build-static.ts
 * points the package at this file). Atlaskit components ask Atlassian's feature-gate client about
 * their own rollouts; a product initialises that client in its own page, never in an app's frame,
 * where the real client answers every question as it does before initialisation: no gate is on
 * and every experiment has its default value. This file answers the same without bundling the
 * client (Statsig's SDK, about 50 KB gzipped) into every frame.
 */
const FeatureGates = {
  initializeCompleted: (): boolean => false,
  checkGate: (_gateName: string): boolean => false,
  getExperimentValue: <T>(_experimentName: string, _parameterName: string, defaultValue: T): T => defaultValue,
  getExperiment: (_experimentName: string): { value: Record<string, unknown> } => ({ value: {} }),
};

export default FeatureGates;
