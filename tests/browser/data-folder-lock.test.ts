import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededDataDir } from './seeded.ts';
import { adminCookie, adminPassword, startBuiltApp, type RunningApp } from './server.ts';

const dataDir = seededDataDir('saphan-lock-');
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

/** Runs one of Saphan's own processes on the served data folder, to its end. */
function run(script: string): Promise<{ code: number | null; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [script], {
			env: {
				...process.env,
				PORT: String(40000 + Math.floor(Math.random() * 20000)),
				HOST: '127.0.0.1',
				SAPHAN_DATA_DIR: dataDir,
				SAPHAN_ADMIN_PASSWORD: adminPassword,
				DATABASE_URL: ''
			},
			stdio: ['ignore', 'ignore', 'pipe']
		});
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('error', reject);
		child.on('exit', (code) => resolve({ code, stderr }));
	});
}

const practice = (n: number) => ({
	sourceKind: 'city',
	sourceName: 'เมืองโยโกฮามา',
	titleTh: `แนวปฏิบัติระหว่างล็อก ${n}`,
	summaryTh: 'บันทึกขณะที่อีกโปรเซสพยายามเปิดโฟลเดอร์ข้อมูลเดียวกัน',
	actions: ['ทดลอง'],
	measureCategories: ['social_protection'],
	sdgs: [11]
});

const create = (n: number) =>
	fetch(`${app.baseUrl}/api/v1/practices`, {
		method: 'POST',
		headers: { cookie, origin: app.baseUrl, 'content-type': 'application/json' },
		body: JSON.stringify(practice(n))
	});

describe('one writer per embedded database', () => {
	it('refuses a second server and the data commands while the first serves, losing nothing', async () => {
		const acknowledged: string[] = [];
		const write = async (n: number) => {
			const response = await create(n);
			expect(response.status).toBe(201);
			acknowledged.push(((await response.json()) as { id: string }).id);
		};
		await write(1);
		// The contenders start while the server keeps taking writes.
		const contenders = Promise.all(
			['serve.js', 'scripts/seed.ts', 'scripts/reindex.ts'].map((script) => run(script))
		);
		for (let n = 2; n <= 6; n++) await write(n);
		for (const refusal of await contenders) {
			expect(refusal.code).toBe(1);
			expect(refusal.stderr).toContain(`cannot open the data folder ${dataDir}`);
			expect(refusal.stderr).toContain('serve.js');
			expect(refusal.stderr).not.toMatch(/\n\s+at /);
		}
		await write(7);
		for (const id of acknowledged) {
			const response = await fetch(`${app.baseUrl}/api/v1/practices/${id}`, {
				headers: { cookie }
			});
			expect(response.status).toBe(200);
		}
	});
});
