import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { seededDataDir } from './seeded.ts';
import { adminCookie, startBuiltApp, type RunningApp } from './server.ts';

const dataDir = seededDataDir('saphan-kill-');
let app: RunningApp | undefined;

afterAll(async () => {
	await app?.stop();
	rmSync(dataDir, { recursive: true, force: true });
});

const practice = (writer: number, n: number) => ({
	sourceKind: 'city',
	sourceName: 'เมืองโยโกฮามา',
	titleTh: `แนวปฏิบัติก่อนโปรเซสถูกฆ่า ${writer}-${n}`,
	summaryTh: 'บันทึกระหว่างที่โปรเซสของเซิร์ฟเวอร์ถูกหยุดด้วย SIGKILL',
	actions: ['ทดลอง'],
	measureCategories: ['social_protection'],
	sdgs: [11]
});

/** How many writes are acknowledged before the kill; the other writers are mid-request then. */
const acknowledgedBeforeKill = 60;
const writers = 4;

describe('a server killed with SIGKILL during a stream of writes', () => {
	it('keeps every write it acknowledged, and starts again on the same data folder', async () => {
		const first = await startBuiltApp({ dataDir });
		app = first;
		const cookie = await adminCookie(first.baseUrl);
		const acknowledged = new Map<string, string>();
		let killed: Promise<void> | undefined;
		const stream = async (writer: number) => {
			for (let n = 1; !killed; n++) {
				const body = practice(writer, n);
				const response = await fetch(`${first.baseUrl}/api/v1/practices`, {
					method: 'POST',
					headers: { cookie, origin: first.baseUrl, 'content-type': 'application/json' },
					body: JSON.stringify(body)
				}).catch(() => null);
				if (!response) return;
				// Read the whole answer: only a complete 201 is an acknowledgement.
				const created = await response.json().catch(() => null);
				if (response.status !== 201 || !created) return;
				acknowledged.set((created as { id: string }).id, body.titleTh);
				if (acknowledged.size >= acknowledgedBeforeKill) killed ??= first.kill();
			}
		};
		await Promise.all(Array.from({ length: writers }, (_, writer) => stream(writer + 1)));
		await killed;
		expect(acknowledged.size).toBeGreaterThanOrEqual(acknowledgedBeforeKill);

		app = await startBuiltApp({ dataDir });
		const again = await adminCookie(app.baseUrl);
		const missing: string[] = [];
		for (const [id, title] of acknowledged) {
			const response = await fetch(`${app.baseUrl}/api/v1/practices/${id}`, {
				headers: { cookie: again }
			});
			const found = response.ok ? ((await response.json()) as { titleTh: string }) : null;
			if (found?.titleTh !== title) missing.push(id);
		}
		expect(missing).toEqual([]);
	});
});
