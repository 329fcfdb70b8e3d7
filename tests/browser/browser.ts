import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startSeededApp } from './seeded.ts';
import { adminPassword, type RunningApp } from './server.ts';

/** Debian's Chromium, headless, with nothing reaching out to the network on its own. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}

/** A page in a context of its own, as axe needs, closed with `page.context().close()`. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}) {
	const context = await browser.newContext(options);
	return context.newPage();
}

/** Runs axe on the page as it is now and fails on any serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	const serious = results.violations.filter(
		(violation) => violation.impact === 'serious' || violation.impact === 'critical'
	);
	expect(
		serious.map((v) => `${v.id} on ${page.url()}: ${v.nodes.map((n) => n.target).join(' | ')}`)
	).toEqual([]);
}

/** Opens a page and checks it with axe: every page a test visits is checked. */
export async function visit(page: Page, url: string): Promise<void> {
	const response = await page.goto(url);
	expect(response?.status(), url).toBeLessThan(400);
	await expectAccessible(page);
}

/** Logs in through the login form, checking each page with axe unless told not to. */
export async function logInAs(
	page: Page,
	baseUrl: string,
	credentials: { username: string; password: string },
	{ axe = true } = {}
) {
	await page.goto(`${baseUrl}/login`);
	// Typed before the page's scripts have started, the fields would be emptied when they start.
	await page.waitForLoadState('networkidle');
	if (axe) await expectAccessible(page);
	await page.getByLabel(/ชื่อผู้ใช้|Username/).fill(credentials.username);
	await page.getByLabel(/รหัสผ่าน|Password/).fill(credentials.password);
	await page.getByRole('button', { name: /เข้าสู่ระบบ|Log in/ }).click();
	await page.waitForURL((url) => !url.pathname.startsWith('/login'));
	if (axe) await expectAccessible(page);
}

export const logInAsAdmin = (page: Page, baseUrl: string, options?: { axe?: boolean }) =>
	logInAs(page, baseUrl, { username: 'admin', password: adminPassword }, options);

/** For a test file: the built app and a browser, started before its tests and stopped after. */
export function useAppAndBrowser(): { app: () => RunningApp; browser: () => Browser } {
	let app: RunningApp | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		[app, browser] = await Promise.all([startSeededApp(), launchBrowser()]);
	});
	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});
	const started = <T>(value: T | undefined): T => {
		if (!value) throw new Error('not started');
		return value;
	};
	return { app: () => started(app), browser: () => started(browser) };
}
