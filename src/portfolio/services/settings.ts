import { z } from 'zod';
import { AppError } from '#kernel/app-error';
import { aboutField, joinTexts, type Text } from '#kernel/texts';
import { readJson, writeJson } from '#platform/kvs/json-store';
import { HEALTH_SETTINGS_KEY } from '#portfolio/portfolio-store';
import { healthSettingProblems, settingsOrDefaults, type HealthSettingProblem, type HealthSettings } from '#portfolio/domain/health-settings';
import { PORTFOLIO_TEXTS } from '#portfolio/domain/texts';

/** The health thresholds the admin page sets (KVS key `portfolio:health-settings`); the defaults until then. */
export async function readHealthSettings(): Promise<HealthSettings> {
  return settingsOrDefaults(await readJson(HEALTH_SETTINGS_KEY, z.unknown()));
}

function problemText(problem: HealthSettingProblem): Text {
  switch (problem.kind) {
    case 'below-min':
      return PORTFOLIO_TEXTS.text('settings.atLeast', { min: problem.min });
    case 'above-max':
      return PORTFOLIO_TEXTS.text('settings.atMost', { max: problem.max });
    case 'below-watch':
      return PORTFOLIO_TEXTS.text('settings.atLeastWatch', { watch: problem.watch });
    case 'above-watch':
      return PORTFOLIO_TEXTS.text('settings.atMostWatch', { watch: problem.watch });
  }
}

/**
 * Saves the thresholds, or refuses them naming each field that is wrong ("settings.npsRisk: must be
 * at most the watch threshold (20)"), in the admin's language as the resolver writes it.
 */
export async function saveHealthSettings(settings: HealthSettings): Promise<HealthSettings> {
  const problems = healthSettingProblems(settings);
  const [first] = problems;
  if (first) throw new AppError('INVALID_INPUT', joinTexts(problems.map((p) => aboutField(`settings.${p.key}`, problemText(p)))), `settings.${first.key}`);
  await writeJson(HEALTH_SETTINGS_KEY, settings);
  return settings;
}
