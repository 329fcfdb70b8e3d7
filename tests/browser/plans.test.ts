import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	expectAccessible,
	logInAs,
	logInAsAdmin,
	openPage,
	useAppAndBrowser,
	visit
} from './browser.ts';
import { adminPassword } from './server.ts';

const { app, browser } = useAppAndBrowser();
const reporter = { username: 'iao.reporter', password: 'reporter-password-2566' };
const officer = { username: 'iao.officer', password: 'officer-password-2566' };
let kpiId = '';
let planId = '';
let tacticId = '';

async function api(path: string, cookie: string, body?: unknown) {
	const response = await fetch(`${app().baseUrl}${path}`, {
		method: body ? 'POST' : 'GET',
		headers: { cookie, origin: app().baseUrl, 'content-type': 'application/json' },
		body: body ? JSON.stringify(body) : undefined
	});
	expect(response.ok).toBe(true);
	return response.json() as Promise<Record<string, unknown>>;
}

beforeAll(async () => {
	const login = await fetch(`${app().baseUrl}/api/v1/session`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ username: 'admin', password: adminPassword })
	});
	const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
	const { items: agencies } = (await api('/api/v1/agencies?q=IAO', cookie)) as {
		items: { id: string; code: string }[];
	};
	const iao = agencies.find((agency) => agency.code === 'IAO');
	await api('/api/v1/users', cookie, {
		...reporter,
		displayName: 'ผู้รายงาน สกต.',
		roles: ['agency_reporter'],
		agencyIds: [iao?.id]
	});
	await api('/api/v1/users', cookie, {
		...officer,
		displayName: 'นักวิเทศสัมพันธ์',
		roles: ['iao_officer']
	});
	const { items: plans } = (await api('/api/v1/plans', cookie)) as {
		items: { id: string; code: string }[];
	};
	planId = plans.find((plan) => plan.code === 'IAO-FA-2566-2570')?.id ?? '';
	const plan = (await api(`/api/v1/plans/${planId}`, cookie)) as {
		elements: {
			id: string;
			code: string;
			kind: string;
			children: unknown[];
			kpis: { id: string; code: string }[];
		}[];
	};
	type Node = (typeof plan.elements)[number];
	const all = (nodes: Node[]): Node[] => nodes.flatMap((n) => [n, ...all(n.children as Node[])]);
	tacticId = all(plan.elements).find((n) => n.kind === 'tactic' && n.code === '1.1')?.id ?? '';
	kpiId =
		all(plan.elements)
			.flatMap((n) => n.kpis)
			.find((kpi) => kpi.code === '1.1')?.id ?? '';
});

async function openKpiFor2566(page: Page) {
	await visit(page, `${app().baseUrl}/kpis/${kpiId}?fiscalYear=2566`);
}

describe('the KPI reporting round', () => {
	it('runs submit → return → resubmit → approve, shows the status and audits every step', async () => {
		const asReporter = await openPage(browser());
		await logInAs(asReporter, app().baseUrl, reporter);
		await asReporter.getByRole('navigation').getByRole('link', { name: 'แผนและตัวชี้วัด' }).click();
		await asReporter.waitForURL('**/plans');
		await expectAccessible(asReporter);
		await visit(asReporter, `${app().baseUrl}/plans/round?fiscalYear=2566`);
		expect(await asReporter.locator('main').textContent()).toContain('1.1');
		await openKpiFor2566(asReporter);
		await asReporter.getByLabel('ผลการดำเนินงาน').selectOption('1');
		await asReporter.getByLabel('คำอธิบายผลและหลักฐาน').fill('จัดทำฐานข้อมูลเมืองพี่เมืองน้องครบ 36 เมืองแล้ว');
		await asReporter.getByRole('button', { name: 'ส่งให้ สกต. พิจารณา' }).click();
		await asReporter.getByText('ส่งผลให้ สกต. พิจารณาแล้ว').waitFor();
		await expectAccessible(asReporter);

		const asOfficer = await openPage(browser());
		await logInAs(asOfficer, app().baseUrl, officer);
		await visit(asOfficer, `${app().baseUrl}/plans/round?fiscalYear=2566`);
		expect(await asOfficer.locator('main').textContent()).toContain('ผลที่รอการพิจารณา');
		await openKpiFor2566(asOfficer);
		await asOfficer.getByLabel('ความเห็น').fill('โปรดแนบรายชื่อเมืองเป็นหลักฐาน');
		await asOfficer.getByRole('button', { name: 'ส่งกลับให้แก้ไข' }).click();
		await asOfficer.getByText('ส่งผลกลับให้แก้ไขแล้ว').waitFor();
		await expectAccessible(asOfficer);

		await openKpiFor2566(asReporter);
		expect(await asReporter.locator('main').textContent()).toContain('โปรดแนบรายชื่อเมืองเป็นหลักฐาน');
		await asReporter
			.getByLabel('คำอธิบายผลและหลักฐาน')
			.fill('จัดทำฐานข้อมูลเมืองพี่เมืองน้องครบ 36 เมืองแล้ว รายชื่อตามลิงก์');
		await asReporter
			.getByRole('textbox', { name: /ที่อยู่.*1|URL.*1/ })
			.fill('https://example.org/cities');
		await asReporter.getByLabel(/แนบไฟล์หลักฐาน/).setInputFiles({
			name: 'รายชื่อเมือง.pdf',
			mimeType: 'application/pdf',
			buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')
		});
		await asReporter.getByRole('button', { name: 'ส่งให้ สกต. พิจารณา' }).click();
		await asReporter.getByText('ส่งผลให้ สกต. พิจารณาแล้ว').waitFor();

		await openKpiFor2566(asOfficer);
		const download = asOfficer.getByRole('link', { name: 'รายชื่อเมือง.pdf' });
		const file = await fetch(`${app().baseUrl}${await download.getAttribute('href')}`, {
			headers: {
				cookie: (await asOfficer.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
			}
		});
		expect(file.headers.get('content-type')).toBe('application/pdf');
		expect(file.headers.get('content-disposition')).toContain("filename*=UTF-8''%E0%B8%A3");
		expect(file.headers.get('x-content-type-options')).toBe('nosniff');
		expect((await file.text()).startsWith('%PDF')).toBe(true);
		await expectAccessible(asOfficer);
		await asOfficer.getByRole('button', { name: 'อนุมัติ' }).click();
		await asOfficer.getByText('อนุมัติผลแล้ว').waitFor();
		await expectAccessible(asOfficer);

		await visit(asOfficer, `${app().baseUrl}/plans/${planId}/matrix`);
		const metRows = asOfficer.getByRole('row').filter({ hasText: 'บรรลุค่าเป้าหมาย' });
		expect(await metRows.count()).toBe(1);
		expect(await metRows.first().textContent()).toContain('1.1');

		const asAdmin = await openPage(browser());
		await logInAsAdmin(asAdmin, app().baseUrl);
		await visit(asAdmin, `${app().baseUrl}/admin/audit?entityType=kpi_result`);
		const trail = (await asAdmin.getByRole('table').first().textContent()) ?? '';
		for (const step of ['สร้าง', 'ส่งผล', 'ส่งกลับแก้ไข', 'แก้ไข', 'อนุมัติ']) {
			expect(trail).toContain(step);
		}
		for (const page of [asReporter, asOfficer, asAdmin]) await page.context().close();
	});

	it('shows the plan as a tree, its gaps and an element’s alignment, all accessible', async () => {
		const page = await openPage(browser());
		await logInAs(page, app().baseUrl, officer);
		await visit(page, `${app().baseUrl}/plans/${planId}`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('แผนยุทธศาสตร์');
		await visit(page, `${app().baseUrl}/plans/${planId}/gaps?fiscalYear=2567`);
		await visit(page, `${app().baseUrl}/plans/elements/${tacticId}`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('1.1');
		await page.getByRole('button', { name: 'Switch to English' }).click();
		await page.waitForLoadState();
		await expectAccessible(page);
		await visit(page, `${app().baseUrl}/plans/${planId}/matrix`);
		expect(await page.locator('main').textContent()).toContain('FY2566');
		await page.context().close();
	});
});
