import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/lib/dates.ts';
import { expectAccessible, logInAs, openPage, useAppAndBrowser, visit } from './browser.ts';
import { adminCookie } from './server.ts';

/** My work and alerts: a reporter finds a returned report with its comment; dismissing is per user. */

const { app, browser } = useAppAndBrowser();
const password = 'a-long-my-work-password';
const comment = 'โปรดแนบหลักฐานการเบิกจ่ายงบประมาณ';
const titleTh = `โครงการงานของฉัน ${randomBytes(3).toString('hex')}`;
const visitTh = `การเยือนที่จะมาถึง ${randomBytes(3).toString('hex')}`;
const users = { reporter: '', officer: '' };
const cookies = { admin: '', reporter: '', officer: '' };

async function sendJson<T>(cookie: string, method: string, path: string, body?: unknown) {
	const response = await fetch(`${app().baseUrl}${path}`, {
		method,
		headers: { cookie, origin: app().baseUrl, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
	return (await response.json()) as T;
}

async function makeUser(roles: string[], agencyIds: string[] = []) {
	const username = `my-work-${randomBytes(3).toString('hex')}`;
	await sendJson(cookies.admin, 'POST', '/api/v1/users', {
		username,
		displayName: username,
		password,
		roles,
		agencyIds
	});
	const login = await fetch(`${app().baseUrl}/api/v1/session`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ username, password })
	});
	return { username, cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
}

beforeAll(async () => {
	cookies.admin = await adminCookie(app().baseUrl);
	const { items } = await sendJson<{ items: { id: string; code: string }[] }>(
		cookies.admin,
		'GET',
		'/api/v1/agencies?q=IAO'
	);
	const iao = items.find((agency) => agency.code === 'IAO');
	const reporter = await makeUser(['agency_reporter'], [iao?.id ?? '']);
	const officer = await makeUser(['iao_officer']);
	Object.assign(users, { reporter: reporter.username, officer: officer.username });
	Object.assign(cookies, { reporter: reporter.cookie, officer: officer.cookie });

	const project = await sendJson<{ id: string }>(cookies.officer, 'POST', '/api/v1/projects', {
		titleTh,
		fiscalYear: 2569,
		startDate: '2025-10-01',
		endDate: '2026-09-30',
		leadAgencies: ['IAO']
	});
	const reports = `/api/v1/projects/${project.id}/reports`;
	const draft = await sendJson<{ version: number }>(cookies.reporter, 'POST', reports, {
		reportedOn: '2025-12-15',
		statusText: 'ประชุมหารือแล้ว',
		percentDone: 30,
		budgetDisbursed: 0,
		onPlan: true,
		onTarget: true,
		projectStatus: null
	});
	const sent = await sendJson<{ version: number }>(
		cookies.reporter,
		'POST',
		`${reports}/1/submit`,
		{ version: draft.version }
	);
	await sendJson(cookies.officer, 'POST', `${reports}/1/review`, {
		version: sent.version,
		decision: 'return',
		comment
	});
	// An engagement a week on: an alert whatever day the test runs.
	const inAWeek = new Date(Date.parse(`${todayIso()}T00:00:00Z`) + 7 * 86_400_000)
		.toISOString()
		.slice(0, 10);
	await sendJson(cookies.officer, 'POST', '/api/v1/engagements', {
		kind: 'visit_in',
		titleTh: visitTh,
		startsOn: inAWeek,
		endsOn: inAWeek
	});
});

const main = async (page: Page) => (await page.locator('main').textContent()) ?? '';

describe('my work', () => {
	it('shows a reporter the returned report with its comment, and the count in the header', async () => {
		const { total, sections } = await sendJson<{
			total: number;
			sections: { report: { action: string; titleTh: string; comment: string | null }[] };
		}>(cookies.reporter, 'GET', '/api/v1/my-work');
		expect(sections.report).toContainEqual(
			expect.objectContaining({ action: 'fix', titleTh, comment })
		);

		const page = await openPage(browser());
		await logInAs(page, app().baseUrl, { username: users.reporter, password }, { axe: false });
		const header = page.getByRole('banner').getByRole('link', { name: /งานของฉัน/ });
		expect((await header.textContent())?.replace(/\s+/g, ' ').trim()).toBe(
			`งานของฉัน ${total.toLocaleString('en')}`
		);
		await header.click();
		await page.waitForURL('**/my-work');
		const section = page.getByRole('region', { name: /รายงานและผลตัวชี้วัด/ });
		const item = section.getByRole('listitem').filter({ hasText: titleTh });
		expect(await item.textContent()).toContain('แก้ไข');
		expect(await item.textContent()).toContain(comment);
		expect(await item.getByRole('link', { name: titleTh }).getAttribute('href')).toMatch(
			/^\/projects\/[0-9a-f-]{36}#report-title$/
		);
		await expectAccessible(page);
	});
});

describe('alerts', () => {
	it('hides an alert for the user who dismissed it only', async () => {
		const page = await openPage(browser());
		await logInAs(page, app().baseUrl, { username: users.officer, password }, { axe: false });
		await visit(page, `${app().baseUrl}/alerts?kind=upcomingEngagement&within=30`);
		await expectAccessible(page);
		const row = page.getByRole('row').filter({ hasText: visitTh });
		await row.getByRole('button', { name: /ซ่อน/ }).click();
		await page.getByText('ซ่อนสัญญาณเตือนแล้ว').waitFor();
		expect(await main(page)).not.toContain(visitTh);
		await expectAccessible(page);

		const listed = async (cookie: string) =>
			(
				await sendJson<{ items: { titleTh: string }[] }>(
					cookie,
					'GET',
					'/api/v1/alerts?kind=upcomingEngagement&within=30'
				)
			).items.some((alert) => alert.titleTh === visitTh);
		expect(await listed(cookies.officer)).toBe(false);
		expect(await listed(cookies.reporter)).toBe(true);
	});
});
