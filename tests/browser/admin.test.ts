import { describe, expect, it } from 'vitest';
import {
	expectAccessible,
	logInAs,
	logInAsAdmin,
	openPage,
	useAppAndBrowser,
	visit
} from './browser.ts';

const { app, browser } = useAppAndBrowser();

const reporter = { username: 'phranakhon.reporter', password: 'reporter-password-2569' };

describe('administration', () => {
	it('creates an agency reporter, switches language and logs out', async () => {
		const page = await openPage(browser());
		await logInAsAdmin(page, app().baseUrl);

		await page.getByRole('navigation').getByRole('link', { name: 'ผู้ใช้งาน' }).click();
		await page.waitForURL('**/admin/users');
		await expectAccessible(page);
		await page.getByRole('link', { name: 'เพิ่มผู้ใช้งาน' }).click();
		await page.waitForURL('**/admin/users/new');
		await expectAccessible(page);

		// Submitting a reporter without an agency is refused with the reason, keeping the input.
		await page.getByLabel('ชื่อผู้ใช้').fill(reporter.username);
		await page.getByLabel('ชื่อ-นามสกุล').fill('สมหญิง รักเมือง');
		await page.getByLabel('รหัสผ่าน').fill(reporter.password);
		await page.getByRole('checkbox', { name: 'ผู้รายงานของหน่วยงาน' }).check();
		await page.getByRole('button', { name: 'สร้างผู้ใช้งาน' }).click();
		await page.getByRole('alert').waitFor();
		expect(await page.getByRole('alert').textContent()).toContain(
			'ผู้รายงานของหน่วยงานต้องผูกกับหน่วยงานอย่างน้อยหนึ่งหน่วยงาน'
		);
		expect(await page.getByLabel('ชื่อผู้ใช้').inputValue()).toBe(reporter.username);
		await expectAccessible(page);

		await page.getByLabel('รหัสผ่าน').fill(reporter.password);
		await page.getByRole('checkbox', { name: 'สำนักงานเขตพระนคร' }).check();
		await page.getByRole('button', { name: 'สร้างผู้ใช้งาน' }).click();
		await page.waitForURL(/\/admin\/users\/[0-9a-f-]{36}/);
		await expectAccessible(page);
		expect(await page.getByRole('checkbox', { name: 'สำนักงานเขตพระนคร' }).isChecked()).toBe(true);

		await visit(page, `${app().baseUrl}/admin/users`);
		expect(await page.getByRole('table').textContent()).toContain(reporter.username);

		await visit(page, `${app().baseUrl}/admin/audit`);
		expect(await page.getByRole('table').first().textContent()).toContain(reporter.username);

		await page.getByRole('button', { name: 'Switch to English' }).click();
		await page.waitForLoadState();
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Audit trail');
		await expectAccessible(page);

		await page.getByText('ผู้ดูแลระบบ', { exact: true }).first().click();
		await page.getByRole('button', { name: 'Log out' }).click();
		await page.waitForURL('**/login');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Log in to Saphan');
		await expectAccessible(page);
		await page.context().close();
	});

	it('gives the new reporter their agency and refuses them the admin pages with 403', async () => {
		const page = await openPage(browser());
		await logInAs(page, app().baseUrl, reporter);
		expect(await page.locator('main').textContent()).toContain('สำนักงานเขตพระนคร');
		expect(await page.getByRole('link', { name: 'ผู้ใช้งาน' }).count()).toBe(0);
		const response = await page.goto(`${app().baseUrl}/admin/users`);
		expect(response?.status()).toBe(403);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('ไม่มีสิทธิ์เข้าถึง');
		await expectAccessible(page);
		await visit(page, `${app().baseUrl}/agencies?kind=district`);
		expect(await page.getByRole('table').textContent()).toContain('Phra Nakhon');
		await visit(page, `${app().baseUrl}/search?q=${encodeURIComponent('บางรัก')}`);
		expect(await page.locator('main').textContent()).toContain('สำนักงานเขตบางรัก');
		await visit(page, `${app().baseUrl}/account`);
		await page.context().close();
	});
});
