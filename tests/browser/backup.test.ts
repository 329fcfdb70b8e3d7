import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestSchema } from '../../src/lib/server/backup/manifest.ts';
import { seededDataDir } from './seeded.ts';
import { adminCookie, startBuiltApp, type RunningApp } from './server.ts';

const dataDir = seededDataDir('saphan-backup-');
let app: RunningApp;
let cookie = '';

beforeAll(async () => {
	app = await startBuiltApp({ dataDir });
	cookie = await adminCookie(app.baseUrl);
});
afterAll(async () => {
	await app.stop();
	rmSync(dataDir, { recursive: true, force: true });
});

const createPractice = async (title: string) => {
	const response = await fetch(`${app.baseUrl}/api/v1/practices`, {
		method: 'POST',
		headers: { cookie, origin: app.baseUrl, 'content-type': 'application/json' },
		body: JSON.stringify({
			sourceKind: 'city',
			sourceName: 'เมืองโยโกฮามา',
			titleTh: title,
			summaryTh: 'บันทึกก่อนและระหว่างการสำรองข้อมูล',
			actions: ['ทดลอง'],
			measureCategories: ['social_protection'],
			sdgs: [11]
		})
	});
	expect(response.status).toBe(201);
};

/** Runs one of Saphan's commands on the served data folder, with nothing on standard input. */
function run(script: string, args: string[] = []) {
	const running = promisify(execFile)(process.execPath, [script, ...args], {
		env: { ...process.env, SAPHAN_DATA_DIR: dataDir, DATABASE_URL: '' }
	});
	running.child.stdin?.end();
	return running;
}

describe('commands while the server runs on the embedded database', () => {
	it('asks the server for the copy, prints the archive last, and the server keeps serving', async () => {
		await createPractice('แนวปฏิบัติก่อนสำรองข้อมูล');
		const backup = run('scripts/backup.ts');
		await createPractice('แนวปฏิบัติระหว่างสำรองข้อมูล');
		const { stdout } = await backup;
		const archive = stdout.trim().split('\n').at(-1) ?? '';
		expect(archive.startsWith(join(dataDir, 'backups', 'saphan-backup-'))).toBe(true);
		expect(statSync(archive).size).toBeGreaterThan(0);
		expect(statSync(join(dataDir, 'saphan.sock')).mode & 0o777).toBe(0o600);

		const unpacked = mkdtempSync(join(tmpdir(), 'saphan-backup-read-'));
		try {
			await tar.x({ file: archive, cwd: unpacked });
			const manifest = manifestSchema.parse(
				JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8'))
			);
			expect(manifest.database.kind).toBe('pglite');
			expect(manifest.rowCounts.practices).toBeGreaterThan(0);
			expect(existsSync(join(unpacked, manifest.database.file))).toBe(true);
		} finally {
			rmSync(unpacked, { recursive: true, force: true });
		}
		await createPractice('แนวปฏิบัติหลังสำรองข้อมูล');
	});

	it('make admin unlocks a user through the server', async () => {
		const wrong = { username: 'admin', password: 'not the password at all' };
		for (let i = 0; i < 5; i++) {
			await fetch(`${app.baseUrl}/api/v1/session`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(wrong)
			});
		}
		expect(await adminCookie(app.baseUrl)).toBe('');
		const { stdout } = await run('scripts/admin.ts', ['unlock', 'admin']);
		expect(stdout).toContain('admin can log in again (5 failed logins forgotten)');
		expect(await adminCookie(app.baseUrl)).not.toBe('');
	});
});
