import { readJson, writeJson } from '#platform/kvs/json-store';
import { DEFAULT_SETTINGS, registerSettingsSchema, type RegisterSettings } from '#register/domain/settings';

/** The register's settings live in one KVS key; absent (or unreadable) settings are the defaults. */
const SETTINGS_KEY = 'register:settings';

export async function readRegisterSettings(): Promise<RegisterSettings> {
  return (await readJson(SETTINGS_KEY, registerSettingsSchema)) ?? DEFAULT_SETTINGS;
}

export async function writeRegisterSettings(settings: RegisterSettings): Promise<void> {
  await writeJson(SETTINGS_KEY, registerSettingsSchema.parse(settings));
}
