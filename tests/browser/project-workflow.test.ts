import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, logInAs, openPage, useAppAndBrowser, visit } from './browser.ts';
import { reviewRound } from './review-round.ts';

const { app, browser } = useAppAndBrowser();
const reporter = { username: 'district.reporter', password: 'reporter-password-2566' };
const officer = { username: 'iao.reviewer', password: 'officer-password-2566' };
let project = { id: '', titleTh: '' };

beforeAll(async () => {
	project = await reviewRound(app().baseUrl, {
		reporter: { ...reporter, displayName: 'ผู้รายงานของหน่วยงาน' },
		officer: { ...officer, displayName: 'ผู้พิจารณา สกต.' }
	});
});

const openProject = (page: Page) => visit(page, `${app().baseUrl}/projects/${project.id}`);
const main = async (page: Page) => (await page.locator('main').textContent()) ?? '';

describe('a progress report from entry to approval', () => {
	// The whole round trip of two users through six pages: longer than one page test.
	it('is added by the reporter, returned, fixed, resubmitted and approved; list and timeline follow', async () => {
		const asReporter = await openPage(browser());
		await logInAs(asReporter, app().baseUrl, reporter, { axe: false });
		await openProject(asReporter);
		expect(await main(asReporter)).toContain('ยังไม่มีรายงานความก้าวหน้า');
		await asReporter.getByLabel('วันที่รายงาน').fill('15/12/2565');
		await asReporter
			.getByLabel('ผลการดำเนินงาน', { exact: true })
			.fill('ประสานงานกับเมืองพี่เมืองน้องเพื่อกำหนดหัวข้อการเรียนรู้แล้ว');
		await asReporter.getByLabel('ร้อยละความก้าวหน้า').fill('150');
		await asReporter
			.getByRole('group', { name: 'เป็นไปตามแผน' })
			.getByLabel('ใช่', { exact: true })
			.check();
		await asReporter.getByRole('button', { name: 'ส่งให้สำนักงานการต่างประเทศพิจารณา' }).click();
		await asReporter.getByRole('alert').getByText('ร้อยละต้องอยู่ระหว่าง 0 ถึง 100').waitFor();
		await expectAccessible(asReporter);
		await openProject(asReporter);
		expect(await main(asReporter)).toContain('ยังไม่มีรายงานความก้าวหน้า');

		await asReporter.getByLabel('วันที่รายงาน').fill('15/12/2565');
		await asReporter
			.getByLabel('ผลการดำเนินงาน', { exact: true })
			.fill('ประสานงานกับเมืองพี่เมืองน้องเพื่อกำหนดหัวข้อการเรียนรู้แล้ว');
		await asReporter.getByLabel('ร้อยละความก้าวหน้า').fill('25');
		await asReporter.getByRole('button', { name: 'ส่งให้สำนักงานการต่างประเทศพิจารณา' }).click();
		await asReporter.getByText('ส่งรายงานให้พิจารณาแล้ว').waitFor();

		const asOfficer = await openPage(browser());
		await logInAs(asOfficer, app().baseUrl, officer, { axe: false });
		await openProject(asOfficer);
		expect(await main(asOfficer)).toContain('ส่งแล้ว รอตรวจ');
		await asOfficer.getByLabel('ความเห็น').fill('โปรดระบุงบประมาณที่เบิกจ่าย');
		await asOfficer.getByRole('button', { name: 'ส่งกลับให้แก้ไข' }).click();
		await asOfficer.getByText('ส่งรายงานกลับให้แก้ไขแล้ว').waitFor();
		await expectAccessible(asOfficer);

		await openProject(asReporter);
		expect(await main(asReporter)).toContain('โปรดระบุงบประมาณที่เบิกจ่าย');
		expect(await asReporter.getByLabel('ร้อยละความก้าวหน้า').inputValue()).toBe('25');
		await asReporter.getByLabel(/เบิกจ่าย \(บาท\)/).fill('12,500');
		await asReporter.getByRole('button', { name: 'ส่งให้สำนักงานการต่างประเทศพิจารณา' }).click();
		await asReporter.getByText('ส่งรายงานให้พิจารณาแล้ว').waitFor();

		await openProject(asOfficer);
		await asOfficer.getByRole('button', { name: 'อนุมัติ', exact: true }).click();
		await asOfficer.getByText('อนุมัติรายงานแล้ว').waitFor();
		await expectAccessible(asOfficer);
		await openProject(asOfficer);
		const reports = asOfficer.getByRole('table', { name: /รายงานความก้าวหน้า 1 ครั้ง/ });
		const row = (await reports.getByRole('row').nth(1).textContent()) ?? '';
		expect(row).toContain('อนุมัติแล้ว');
		expect(row).toContain('12,500');
		expect(await asOfficer.locator('#progress-curve-caption').textContent()).toContain('25');
		expect(await main(asOfficer)).toContain('อยู่ระหว่างดำเนินการ');
		expect(await asOfficer.getByRole('button', { name: 'อนุมัติ', exact: true }).count()).toBe(0);

		const pdfLink = asOfficer.getByRole('link', { name: 'PDF ภาษาไทย', exact: true });
		const [download] = await Promise.all([asOfficer.waitForEvent('download'), pdfLink.click()]);
		expect(download.suggestedFilename()).toMatch(/progress-report-th\.pdf$/);
		const pdf = await readFile((await download.path()) ?? '');
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

		await visit(asOfficer, `${app().baseUrl}/projects?fiscalYear=2566&sort=title&direction=asc`);
		const listed = asOfficer.getByRole('row').filter({ hasText: project.titleTh });
		expect(await listed.first().textContent()).toContain('25%');
		await expectAccessible(asOfficer);
		await asReporter.context().close();
		await asOfficer.context().close();
	}, 300_000);

	it('lets the IAO register a project and change it, refusing bad input with clear messages', async () => {
		const asOfficer = await openPage(browser());
		await logInAs(asOfficer, app().baseUrl, officer, { axe: false });
		await visit(asOfficer, `${app().baseUrl}/projects`);
		await asOfficer.getByRole('link', { name: 'ลงทะเบียนโครงการใหม่' }).click();
		await asOfficer.waitForURL('**/projects/new');
		await expectAccessible(asOfficer);
		await asOfficer.getByLabel('ชื่อโครงการ (ภาษาไทย)').fill('โครงการแลกเปลี่ยนเยาวชนกับเมืองพี่เมืองน้อง');
		await asOfficer.getByLabel('ปีงบประมาณ', { exact: true }).fill('2569');
		await asOfficer.getByLabel('หน่วยงานรับผิดชอบหลัก').selectOption({ index: 1 });
		await asOfficer.getByLabel(/งบประมาณที่ได้รับ/).fill('ห้าแสน');
		await asOfficer.getByLabel(/วันเริ่มต้นโครงการ/).fill('1/3/2569');
		await asOfficer.getByLabel(/วันสิ้นสุดโครงการ/).fill('1/1/2569');
		await asOfficer.getByRole('button', { name: 'บันทึกโครงการ' }).click();
		const alert = asOfficer.getByRole('alert');
		await alert.getByText('ต้องเป็นตัวเลข เช่น 12.5').waitFor();
		await expectAccessible(asOfficer);
		expect(await asOfficer.getByLabel('ชื่อโครงการ (ภาษาไทย)').inputValue()).toBe(
			'โครงการแลกเปลี่ยนเยาวชนกับเมืองพี่เมืองน้อง'
		);
		await asOfficer.getByLabel(/งบประมาณที่ได้รับ/).fill('500,000');
		await asOfficer.getByRole('button', { name: 'บันทึกโครงการ' }).click();
		await alert.getByText('วันสิ้นสุดโครงการต้องไม่อยู่ก่อนวันเริ่มต้นโครงการ').waitFor();
		await asOfficer.getByLabel(/วันสิ้นสุดโครงการ/).fill('30/9/2569');
		await asOfficer.getByRole('button', { name: 'บันทึกโครงการ' }).click();
		await asOfficer.getByText('ลงทะเบียนโครงการแล้ว').waitFor();
		expect(await main(asOfficer)).toContain('500,000.00');

		await asOfficer.getByRole('link', { name: 'แก้ไขข้อมูลโครงการ' }).click();
		await asOfficer.waitForURL('**/edit');
		await expectAccessible(asOfficer);
		expect(await asOfficer.getByLabel(/วันสิ้นสุดโครงการ/).inputValue()).toBe('30/9/2569');
		await asOfficer.getByRole('textbox', { name: /^เป้าหมาย/ }).fill('เยาวชน 40 คน');
		await asOfficer.getByText(/^IAO-FA-2566-2570 · /).click();
		await asOfficer
			.getByLabel('ตัวชี้วัด 1.1 ระดับความสำเร็จในการจับคู่ความร่วมมือทางธุรกิจระหว่างประเทศ')
			.check();
		await expectAccessible(asOfficer);
		await asOfficer.getByRole('button', { name: 'บันทึกโครงการ' }).click();
		await asOfficer.getByText('บันทึกข้อมูลโครงการแล้ว').waitFor();
		expect(await main(asOfficer)).toContain('เยาวชน 40 คน');
		expect(await main(asOfficer)).toContain('ระดับความสำเร็จในการจับคู่ความร่วมมือทางธุรกิจระหว่างประเทศ');
		await asOfficer.context().close();
	});
});

describe('the project write API', () => {
	it('creates with 201, refuses bad input with 422 and a stale save with 409 naming the fields', async () => {
		const login = await fetch(`${app().baseUrl}/api/v1/session`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(officer)
		});
		const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
		const send = (method: string, path: string, body: unknown) =>
			fetch(`${app().baseUrl}${path}`, {
				method,
				headers: {
					cookie,
					origin: app().baseUrl,
					'content-type': 'application/json',
					'accept-language': 'en'
				},
				body: JSON.stringify(body)
			});
		const fields = {
			titleTh: 'โครงการทดสอบผ่าน API',
			fiscalYear: 2569,
			leadAgencies: ['IAO'],
			budgetReceived: 100_000
		};
		const bad = await send('POST', '/api/v1/projects', {
			...fields,
			budgetReceived: 'many',
			leadAgencies: ['NO-SUCH-AGENCY']
		});
		expect(bad.status).toBe(422);
		const badBody = (await bad.json()) as { error: { fields: Record<string, string> } };
		expect(badBody.error.fields.budgetReceived).toBe('Enter a number, such as 12.5');
		const created = await send('POST', '/api/v1/projects', fields);
		expect(created.status).toBe(201);
		const { id, version } = (await created.json()) as { id: string; version: number };
		const first = await send('PUT', `/api/v1/projects/${id}`, {
			...fields,
			titleEn: 'API test project',
			version
		});
		expect(first.status).toBe(200);
		const second = await send('PUT', `/api/v1/projects/${id}`, {
			...fields,
			budgetReceived: 5,
			version
		});
		expect(second.status).toBe(409);
		const stale = (await second.json()) as { error: { code: string; message: string } };
		expect(stale.error.code).toBe('stale_version');
		expect(stale.error.message).toContain('English title');
		const unchanged = (await (
			await fetch(`${app().baseUrl}/api/v1/projects/${id}`, { headers: { cookie } })
		).json()) as { budgetReceived: number; titleEn: string };
		expect(unchanged).toMatchObject({ budgetReceived: 100_000, titleEn: 'API test project' });
	});
});
