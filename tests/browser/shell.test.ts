import { describe, expect, it } from 'vitest';
import { expectAccessible, logInAsAdmin, openPage, useAppAndBrowser, visit } from './browser.ts';

const { app, browser } = useAppAndBrowser();

describe('the shell', () => {
	it('sends visitors to log in, in Thai by default', async () => {
		const page = await openPage(browser());
		await visit(page, `${app().baseUrl}/`);
		expect(new URL(page.url()).pathname).toBe('/login');
		expect(await page.locator('html').getAttribute('lang')).toBe('th');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('เข้าสู่ระบบสะพาน');
		await page.context().close();
	});

	it('shows a wrong password in the language of the page, and lets the right one in', async () => {
		const page = await openPage(browser());
		await visit(page, `${app().baseUrl}/login`);
		await page.getByLabel('ชื่อผู้ใช้').fill('admin');
		await page.getByLabel('รหัสผ่าน').fill('not the password');
		await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
		await page.getByRole('alert').waitFor();
		expect(await page.getByRole('alert').textContent()).toContain('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง');
		await expectAccessible(page);
		await logInAsAdmin(page, app().baseUrl);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('ยินดีต้อนรับ');
		expect(await page.getByRole('navigation', { name: 'เมนูหลัก' }).isVisible()).toBe(true);
		expect(await page.getByRole('search').isVisible()).toBe(true);
		await page.context().close();
	});

	it('switches language, remembers it, and shows unknown pages as 404 in that language', async () => {
		const page = await openPage(browser());
		await logInAsAdmin(page, app().baseUrl);
		const missing = await page.goto(`${app().baseUrl}/no-such-page`);
		expect(missing?.status()).toBe(404);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('ไม่พบหน้าที่ต้องการ');
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Switch to English' }).click();
		await page.waitForLoadState();
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
		await expectAccessible(page);
		await visit(page, `${app().baseUrl}/`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Welcome');
		await page.getByRole('button', { name: 'เปลี่ยนเป็นภาษาไทย' }).click();
		await page.waitForLoadState();
		expect(await page.locator('html').getAttribute('lang')).toBe('th');
		await page.context().close();
	});

	it('works without JavaScript: log in and log out with plain forms', async () => {
		// axe needs JavaScript; these pages are checked by the tests above.
		const page = await openPage(browser(), { javaScriptEnabled: false });
		await logInAsAdmin(page, app().baseUrl, { axe: false });
		expect(new URL(page.url()).pathname).toBe('/');
		await page.getByText('ผู้ดูแลระบบ', { exact: true }).first().click();
		await page.getByRole('button', { name: 'ออกจากระบบ' }).click();
		await page.waitForURL((url) => url.pathname === '/login');
		await page.goto(`${app().baseUrl}/`);
		expect(new URL(page.url()).pathname).toBe('/login');
		await page.context().close();
	});
});
