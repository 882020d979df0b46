import { registerSettingsContract } from '#register/contract';
import { createClient } from '../../shared/bridge-client';

/** The register's settings calls, served by the admin page's resolver. */
export const registerSettingsClient = createClient(registerSettingsContract);
