import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startBuiltApp } from './server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A data folder the built app started on once and was stopped on (seeded.ts copies it). */
		seededDataDir: string;
	}
}

/**
 * Starts the built app once on a new data folder, which migrates it, loads the built-in data and
 * makes the admin, and stops it: each test file's app starts on a copy of that folder instead of
 * doing all of it again.
 */
export default async function setup(project: TestProject) {
	const dataDir = mkdtempSync(join(tmpdir(), 'saphan-seeded-'));
	try {
		const app = await startBuiltApp({ dataDir });
		await app.stop();
	} catch (error) {
		rmSync(dataDir, { recursive: true, force: true });
		throw error;
	}
	project.provide('seededDataDir', dataDir);
	return () => rmSync(dataDir, { recursive: true, force: true });
}
