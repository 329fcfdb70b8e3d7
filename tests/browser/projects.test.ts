import { describe, expect, it } from 'vitest';
import { logInAsAdmin, openPage, useAppAndBrowser, visit } from './browser.ts';

const { app, browser } = useAppAndBrowser();

describe('the project register', () => {
	it('filters the register and shows a project as the office’s form with its reports', async () => {
		const page = await openPage(browser());
		await logInAsAdmin(page, app().baseUrl);
		await page.getByRole('navigation').getByRole('link', { name: 'โครงการ' }).click();
		await page.waitForURL('**/projects');
		await visit(page, `${app().baseUrl}/projects?fiscalYear=2563`);
		const register = page.getByRole('table').first();
		expect(await register.textContent()).toContain('04160000-3949');
		await page.getByRole('link', { name: /โครงการส่งเสริมความร่วมมือจากแนวปฏิบัติที่ดีที่สุด/ }).click();
		await page.waitForURL(/\/projects\/[0-9a-f-]{36}/);
		await visit(page, page.url());
		const main = (await page.locator('main').textContent()) ?? '';
		expect(main).toContain('04160000-3949');
		expect(main).toContain('ยกเลิก');
		expect(await page.getByRole('img').count()).toBeGreaterThan(0);
		await visit(page, `${app().baseUrl}/projects?fiscalYear=abc`);
		expect(await page.getByRole('alert').count()).toBe(1);
		await page.context().close();
	});
});
