import { z } from 'zod';
import { readJson, writeJson } from '#platform/kvs/json-store';
import { HEALTH_SETTINGS_KEY } from '#portfolio/portfolio-store';
import { healthSettings, settingsOrDefaults, type HealthSettings } from '#portfolio/domain/health-settings';

/** The health thresholds the admin page sets (KVS key `portfolio:health-settings`); the defaults until then. */
export async function readHealthSettings(): Promise<HealthSettings> {
  return settingsOrDefaults(await readJson(HEALTH_SETTINGS_KEY, z.unknown()));
}

export async function saveHealthSettings(settings: HealthSettings): Promise<HealthSettings> {
  const checked = healthSettings.parse(settings);
  await writeJson(HEALTH_SETTINGS_KEY, checked);
  return checked;
}
