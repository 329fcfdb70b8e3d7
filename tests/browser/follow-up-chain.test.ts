import fc from 'fast-check';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, logInAsAdmin, openPage, useAppAndBrowser, visit } from './browser.ts';
import { adminCookie } from './server.ts';

const { app, browser } = useAppAndBrowser();
const commitmentTitle = 'ส่งรายชื่อศิลปินสำหรับนิทรรศการร่วม';
let engagementId = '';
let environmentId = '';
let project = { id: '', titleTh: '' };

async function api<T>(cookie: string, method: string, path: string, body?: unknown) {
	const response = await fetch(`${app().baseUrl}${path}`, {
		method,
		headers: {
			cookie,
			origin: app().baseUrl,
			...(body === undefined ? {} : { 'content-type': 'application/json' })
		},
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	expect(response.status, `${method} ${path}`).toBeLessThan(300);
	return (await response.json()) as T;
}

beforeAll(async () => {
	const cookie = await adminCookie(app().baseUrl);
	const { items: agencies } = await api<{ items: { id: string; code: string }[] }>(
		cookie,
		'GET',
		'/api/v1/agencies'
	);
	environmentId = agencies.find((agency) => agency.code === 'ENVIRONMENT')?.id ?? '';
	const { items: projects } = await api<{
		items: { id: string; titleTh: string }[];
	}>(cookie, 'GET', '/api/v1/projects?fiscalYear=2566&sort=title&pageSize=50');
	const [first] = projects;
	project = { id: first?.id ?? '', titleTh: first?.titleTh ?? '' };
	({ id: engagementId } = await api<{ id: string }>(cookie, 'POST', '/api/v1/engagements', {
		kind: 'meeting',
		titleTh: 'การประชุมหารือนิทรรศการศิลปะร่วม',
		startsOn: '2025-05-05',
		endsOn: '2025-05-05',
		city: 'กรุงเทพมหานคร',
		// Due long ago and still open: overdue, and first on its agency's board.
		commitments: [
			{
				titleTh: commitmentTitle,
				scope: 'bilateral',
				agencyIds: [environmentId],
				dueOn: '1990-01-15'
			}
		]
	}));
});

const main = async (page: Page) => (await page.locator('main').textContent()) ?? '';
/** The list item of the test's commitment on the page. */
const ourCommitment = (page: Page) =>
	page.getByRole('listitem').filter({ hasText: commitmentTitle }).first();

describe('the follow-up chain', () => {
	// One user's walk through five pages, from the board to the project and back.
	it('links a commitment to a project from the follow-up board; the engagement and project show it, overdue flagged', async () => {
		const page = await openPage(browser());
		await logInAsAdmin(page, app().baseUrl, { axe: false });
		await visit(page, `${app().baseUrl}/follow-up?overdue=1&agency=${environmentId}`);
		const item = ourCommitment(page);
		expect(await item.textContent()).toContain('เลยกำหนด');
		expect(await item.textContent()).toContain('ยังไม่ระบุโครงการ');
		await item
			.getByRole('link', { name: new RegExp(`^เลือกโครงการ\\W*${commitmentTitle}`) })
			.click();
		await page.getByRole('heading', { name: 'เลือกโครงการที่รองรับข้อผูกพัน' }).waitFor();
		await expectAccessible(page);

		await page.getByRole('searchbox', { name: 'ค้นหาโครงการ' }).fill(project.titleTh);
		await page.getByRole('search', { name: 'ค้นหาโครงการ' }).getByRole('button').click();
		await page.waitForURL((url) => url.searchParams.get('q') === project.titleTh);
		await expectAccessible(page);
		await page.locator(`input[type=radio][value="${project.id}"]`).check();
		await page.getByRole('button', { name: 'บันทึกโครงการ' }).click();

		await page.waitForURL((url) => url.pathname === '/follow-up');
		expect(new URL(page.url()).searchParams.get('overdue')).toBe('1');
		await page.getByText('บันทึกโครงการที่รองรับข้อผูกพันแล้ว').waitFor();
		await expectAccessible(page);
		const linked = ourCommitment(page);
		expect(await linked.locator(`a[href="/projects/${project.id}"]`).textContent()).toContain(
			project.titleTh
		);

		await visit(page, `${app().baseUrl}/engagements/${engagementId}`);
		const onEngagement = ourCommitment(page);
		expect(await onEngagement.textContent()).toContain('เลยกำหนด');
		expect(await onEngagement.textContent()).toContain(project.titleTh);

		await visit(page, `${app().baseUrl}/projects/${project.id}`);
		const section = page.getByRole('region', { name: 'ข้อผูกพันที่นำมาสู่โครงการนี้' });
		expect(await section.textContent()).toContain(commitmentTitle);
		expect(await section.textContent()).toContain('เลยกำหนด');

		const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
		const detail = await api<{
			commitments: { titleTh: string; overdue: boolean; project: { id: string } | null }[];
		}>(cookie, 'GET', `/api/v1/engagements/${engagementId}`);
		expect(detail.commitments.find((c) => c.titleTh === commitmentTitle)).toMatchObject({
			overdue: true,
			project: { id: project.id }
		});
		expect(await main(page)).not.toContain('ยังไม่ระบุโครงการ');
		await page.context().close();
	});

	it('subscribes a calendar by a secret address shown once, read without cookies, then revoked', async () => {
		const page = await openPage(browser());
		await logInAsAdmin(page, app().baseUrl, { axe: false });
		await visit(page, `${app().baseUrl}/account`);
		await page.getByRole('button', { name: 'สร้างที่อยู่ปฏิทินส่วนตัว' }).click();
		await page.getByText('สร้างที่อยู่ปฏิทินส่วนตัวแล้ว').waitFor();
		await expectAccessible(page);
		const address = (await page.locator('#calendar-address').textContent())?.trim() ?? '';
		expect(address).toMatch(/\/calendar\/[\w-]{43}\.ics$/);

		const feed = await fetch(address);
		expect(feed.status).toBe(200);
		expect(feed.headers.get('content-type')).toContain('text/calendar');
		const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
		const uids = calendar
			.getAllSubcomponents('vevent')
			.map((event) => String(event.getFirstPropertyValue('uid')));
		expect(uids).toContain(`${engagementId}@saphan`);

		await visit(page, `${app().baseUrl}/account`);
		expect(await main(page)).not.toContain(address);
		await page.getByRole('button', { name: 'ยกเลิกที่อยู่ปฏิทินส่วนตัว' }).click();
		await page.getByText('ยกเลิกที่อยู่ปฏิทินส่วนตัวแล้ว', { exact: false }).waitFor();
		await expectAccessible(page);
		expect((await fetch(address)).status).toBe(404);

		const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
		const made = await api<{ address: string; calendarFeed: { revokedAt: string | null } }>(
			cookie,
			'POST',
			'/api/v1/me/calendar-feed'
		);
		expect(made.calendarFeed.revokedAt).toBeNull();
		expect((await fetch(made.address)).status).toBe(200);
		const revoked = await fetch(`${app().baseUrl}/api/v1/me/calendar-feed`, {
			method: 'DELETE',
			headers: { cookie, origin: app().baseUrl }
		});
		expect(revoked.status).toBe(204);
		expect((await fetch(made.address)).status).toBe(404);
		await page.context().close();
	});

	it('answers any other calendar address with 404, never a server error', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.base64String()),
				async (secret) => {
					const response = await fetch(
						`${app().baseUrl}/calendar/${encodeURIComponent(secret)}.ics`
					);
					expect(response.status).toBeLessThan(500);
					expect(response.status).not.toBe(200);
				}
			),
			{ numRuns: 40 }
		);
	});
});
