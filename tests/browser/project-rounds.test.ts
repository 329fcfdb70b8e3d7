import { describe, expect, it } from 'vitest';
import { expectAccessible, logInAsAdmin, openPage, useAppAndBrowser, visit } from './browser.ts';

const { app, browser } = useAppAndBrowser();

describe('the reporting rounds', () => {
	it('shows what is due and overdue, and lets the IAO set a year’s due dates', async () => {
		const page = await openPage(browser());
		await logInAsAdmin(page, app().baseUrl);
		await visit(page, `${app().baseUrl}/projects`);
		await page.getByRole('link', { name: 'รอบการรายงานและรายงานที่ค้างส่ง' }).click();
		await page.waitForURL('**/projects/rounds');
		await visit(page, `${app().baseUrl}/projects/rounds?fiscalYear=2563`);
		const main = page.locator('main');
		expect(await main.textContent()).toContain('รายงานทุกเดือน ครบกำหนดวันที่ 10 ของเดือนถัดไป');
		// Seed 002's project reported seven times and was cancelled: it owes nothing more.
		const agencies = page.getByRole('table', { name: /แยกตามหน่วยงานรับผิดชอบหลัก/ });
		const row = agencies.getByRole('row', { name: /ส่วนส่งเสริมความสัมพันธ์ระหว่างเมือง/ });
		// One project; seven reports due and submitted; six on time, one late; none overdue.
		expect((await row.getByRole('cell').allTextContents()).join(' ')).toBe('1 7 7 6 1 0 0');
		expect(await main.textContent()).toContain('ไม่มีโครงการที่ค้างส่งรายงาน');
		expect(await page.getByRole('table', { name: /วันครบกำหนดส่งแต่ละครั้ง/ }).textContent()).toContain(
			'10 พฤศจิกายน 2562'
		);

		await page.getByRole('radio', { name: 'ตามวันที่กำหนด' }).check();
		await page.getByRole('textbox', { name: /^วันครบกำหนดส่ง/ }).fill('10/11/2560');
		await page.getByRole('button', { name: 'บันทึกกำหนดส่ง' }).click();
		await page.getByRole('alert').waitFor();
		expect(await page.getByRole('alert').textContent()).toContain('อยู่นอกช่วง');
		await expectAccessible(page);

		await page.getByRole('radio', { name: 'ตามวันที่กำหนด' }).check();
		await page.getByRole('textbox', { name: /^วันครบกำหนดส่ง/ }).fill('15/01/2563\n15/07/2563');
		await page.getByRole('button', { name: 'บันทึกกำหนดส่ง' }).click();
		await page.getByRole('status').waitFor();
		expect(await page.getByRole('status').textContent()).toContain('บันทึกกำหนดส่งแล้ว');
		await expectAccessible(page);
		await visit(page, `${app().baseUrl}/projects/rounds?fiscalYear=2563`);
		const rounds =
			(await page.getByRole('table', { name: /วันครบกำหนดส่งแต่ละครั้ง/ }).textContent()) ?? '';
		expect(rounds).toContain('15 มกราคม 2563');
		expect(rounds).toContain('15 กรกฎาคม 2563');
		expect(await main.textContent()).toContain('ครบกำหนดตามวันที่กำหนด 2 ครั้ง');

		const api = await page.request.get(`${app().baseUrl}/api/v1/project-rounds?fiscalYear=2563`);
		expect((await api.json()).schedule).toMatchObject({ cadence: 'dates', version: 1 });
		await page.context().close();
	});

	it('speaks English to an English reader', async () => {
		const page = await openPage(browser());
		await logInAsAdmin(page, app().baseUrl, { axe: false });
		await page.getByRole('button', { name: 'Switch to English' }).click();
		await page.waitForLoadState();
		await visit(page, `${app().baseUrl}/projects/rounds?fiscalYear=2563`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
			'Project reporting rounds'
		);
		expect(await page.locator('main').textContent()).toContain('Due date of each round');
		await page.context().close();
	});
});
