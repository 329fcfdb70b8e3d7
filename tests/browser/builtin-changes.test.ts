import { rmSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/lib/server/db/client.ts';
import { expectAccessible, launchBrowser, logInAsAdmin, openPage } from './browser.ts';
import { seededDataDir } from './seeded.ts';
import { adminCookie, startBuiltApp, type RunningApp } from './server.ts';

const dataDir = seededDataDir('saphan-builtin-');
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
	[app, browser] = await Promise.all([startBuiltApp({ dataDir }), launchBrowser()]);
});
afterAll(async () => {
	await browser.close();
	await app.stop();
	rmSync(dataDir, { recursive: true, force: true });
});

const described = 'คำอธิบายที่เจ้าหน้าที่แก้ไว้ก่อนมีการบันทึกค่าจากแฟ้ม';

describe('built-in data awaiting a decision', () => {
	it('lists a built-in field a person changed on a database from before baselines, and an administrator keeps the change', async () => {
		const cookie = await adminCookie(app.baseUrl);
		const headers = { cookie, origin: app.baseUrl, 'content-type': 'application/json' };
		const partners = (await (
			await fetch(`${app.baseUrl}/api/v1/partners?q=${encodeURIComponent('ปักกิ่ง')}`, { headers })
		).json()) as { items: { id: string; code: string | null }[] };
		const id = partners.items.find((item) => item.code === 'CN-BJS')?.id ?? '';
		const partner = (await (
			await fetch(`${app.baseUrl}/api/v1/partners/${id}`, { headers })
		).json()) as Record<string, unknown>;
		const changed = await fetch(`${app.baseUrl}/api/v1/partners/${id}`, {
			method: 'PUT',
			headers,
			body: JSON.stringify({
				kind: partner.kind,
				nameTh: partner.nameTh,
				nameEn: partner.nameEn,
				nameLocal: partner.nameLocal ?? '',
				countryCode: (partner.country as { code: string } | null)?.code ?? '',
				latitude: partner.latitude,
				longitude: partner.longitude,
				website: partner.website ?? '',
				descriptionTh: described,
				status: partner.status,
				version: partner.version
			})
		});
		expect(changed.status).toBe(200);

		// As if the change had been made before Saphan remembered what the file said.
		await app.stop();
		const database = await openDatabase({ dataDir });
		await database.db.execute(
			sql`UPDATE builtin_baselines SET applied = applied - 'descriptionTh'
				WHERE kind = 'partner' AND key = 'CN-BJS'`
		);
		await database.close();
		app = await startBuiltApp({ dataDir });

		const listed = await fetch(`${app.baseUrl}/api/v1/builtin-changes`, {
			headers: { cookie: await adminCookie(app.baseUrl) }
		});
		expect(await listed.json()).toMatchObject({
			items: [{ kind: 'partner', key: 'CN-BJS', field: 'descriptionTh', person: described }],
			total: 1
		});

		const page = await openPage(browser);
		await logInAsAdmin(page, app.baseUrl);
		await page.goto(`${app.baseUrl}/admin/audit`);
		await page.getByRole('link', { name: 'ข้อมูลตั้งต้นที่รอการตัดสินใจ' }).click();
		await page.waitForURL('**/admin/builtin-changes');
		expect(await page.getByRole('table').textContent()).toContain(described);
		await expectAccessible(page);

		await page.getByRole('button', { name: 'คงค่าที่ผู้ใช้แก้ไข: descriptionTh ของ ปักกิ่ง' }).click();
		await page.waitForURL('**/admin/builtin-changes?saved=keep_person');
		expect(await page.getByRole('status').textContent()).toContain('คงค่าที่ผู้ใช้แก้ไขไว้แล้ว');
		expect(await page.getByRole('table').count()).toBe(0);
		await expectAccessible(page);

		await page.getByRole('button', { name: 'Switch to English' }).click();
		await page.waitForLoadState();
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
			'Built-in data awaiting a decision'
		);
		await expectAccessible(page);
		await page.context().close();

		const after = (await (
			await fetch(`${app.baseUrl}/api/v1/partners/${id}`, { headers })
		).json()) as Record<string, unknown>;
		expect(after.descriptionTh).toBe(described);
	});
});
