import { resolve } from 'node:path';
import { readAppManifest, type AppManifest } from '#sandbox/runtime/app-manifest';

/**
 * The manifest the sandbox's own tests install: the one of the repository that hosts the sandbox,
 * a real app's manifest.yml with custom fields, entities, triggers and a consumer. The tests read
 * it as data (the sandbox takes whichever manifest it is given); they import none of the app's code,
 * and run their own stand-in handlers.
 */
export const APP_MANIFEST_PATH = resolve(__dirname, '..', '..', '..', 'manifest.yml');

export const appManifest = (): AppManifest => readAppManifest(APP_MANIFEST_PATH);
