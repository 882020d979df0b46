import { join } from 'node:path';
import { readAppManifest, type AppManifest } from '@brm/sandbox/runtime/app-manifest';
import { Sandbox, type SandboxOptions } from '@brm/sandbox/sandbox';
import * as handlers from '#app';
import { projectRoot } from '#scripts/build-static';

/** The app's manifest.yml, which the sandbox runs as Forge would. */
export const MANIFEST_PATH = join(projectRoot, 'manifest.yml');

export const appManifest = (): AppManifest => readAppManifest(MANIFEST_PATH);

/** A sandbox running this app: its real handlers (src/index.ts) and its manifest. */
export const appSandbox = (options: Omit<SandboxOptions, 'handlers' | 'manifest'> & { manifest?: AppManifest }): Sandbox =>
  new Sandbox({ handlers, manifest: MANIFEST_PATH, ...options });
