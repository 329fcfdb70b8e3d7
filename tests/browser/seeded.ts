import { inject } from 'vitest';
import { newDataDir, startBuiltApp } from './server.ts';

/** The built app on its own copy of the data folder the run seeded once (global-setup.ts). */
export const startSeededApp = (env?: Record<string, string>) =>
	startBuiltApp({ copyOf: inject('seededDataDir'), env });

/** A copy of the seeded data folder for a test that starts the app on it itself and removes it. */
export const seededDataDir = (prefix: string) => newDataDir(prefix, inject('seededDataDir'));
