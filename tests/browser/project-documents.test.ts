import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { logInAsAdmin, openPage, useAppAndBrowser, visit } from './browser.ts';
import { adminPassword } from './server.ts';

const { app, browser } = useAppAndBrowser();

describe('the official report and the exports', () => {
	it('downloads the PDF from the project page and prints the form in Thai and English', async () => {
		const page = await openPage(browser());
		await logInAsAdmin(page, app().baseUrl);
		await visit(page, `${app().baseUrl}/projects?fiscalYear=2563`);
		const exportLink = page.getByRole('link', { name: 'ส่งออกเป็น Excel' });
		expect(await exportLink.getAttribute('href')).toBe('/projects/export.xlsx?fiscalYear=2563');
		const [sheet] = await Promise.all([page.waitForEvent('download'), exportLink.click()]);
		expect(sheet.suggestedFilename()).toMatch(/^projects-25\d\d-\d\d-\d\d\.xlsx$/);

		await page.getByRole('link', { name: /โครงการส่งเสริมความร่วมมือจากแนวปฏิบัติที่ดีที่สุด/ }).click();
		await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
		await visit(page, page.url());
		const pdfLink = page.getByRole('link', { name: 'PDF ภาษาไทย', exact: true });
		const href = (await pdfLink.getAttribute('href')) ?? '';
		const response = await page.request.get(`${app().baseUrl}${href}`);
		expect(response.headers()['content-type']).toBe('application/pdf');
		expect(response.headers()['content-disposition']).toContain(
			'filename="04160000-3949-progress-report-th.pdf"'
		);
		const [download] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
		expect(download.suggestedFilename()).toBe('04160000-3949-progress-report-th.pdf');
		const bytes = await readFile((await download.path()) ?? '');
		expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

		await page.getByRole('link', { name: 'หน้าพิมพ์แบบรายงาน' }).click();
		await page.waitForURL(/\/print$/);
		await visit(page, page.url());
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
			'แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ'
		);
		const reports = page.getByRole('table');
		expect(await reports.getByRole('rowheader').last().textContent()).toBe('รายงานครั้งที่ 7');
		expect(await reports.textContent()).toContain('ความก้าวหน้าของงานฯ = 20.00 %');

		await page.getByRole('link', { name: 'ภาษาอังกฤษ' }).click();
		await page.waitForURL(/lang=en/);
		await visit(page, page.url());
		expect(await page.locator('article').getAttribute('lang')).toBe('en');
		expect(await page.getByRole('table').textContent()).toContain('Not on target');
		await page.context().close();
	});
});

describe('the report PDF in the API', () => {
	it('answers a PDF to a signed-in caller, the API error shape otherwise', async () => {
		const base = app().baseUrl;
		const login = await fetch(`${base}/api/v1/session`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ username: 'admin', password: adminPassword })
		});
		const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
		const get = (path: string, headers: Record<string, string> = { cookie }) =>
			fetch(`${base}${path}`, { headers: { 'accept-language': 'en', ...headers } });
		const list = (await (await get('/api/v1/projects?q=04160000-3949')).json()) as {
			items: { id: string }[];
		};
		const id = list.items[0]?.id ?? '';

		const pdf = await get(`/api/v1/projects/${id}/report.pdf?lang=en&digits=thai`);
		expect(pdf.status).toBe(200);
		expect(pdf.headers.get('content-type')).toBe('application/pdf');
		expect(pdf.headers.get('content-disposition')).toContain(
			'04160000-3949-progress-report-en-thai-digits.pdf'
		);
		expect(
			Buffer.from(await pdf.arrayBuffer())
				.subarray(0, 5)
				.toString('latin1')
		).toBe('%PDF-');

		const bad = await get(`/api/v1/projects/${id}/report.pdf?lang=fr`);
		expect(bad.status).toBe(422);
		expect(((await bad.json()) as { error: { code: string } }).error.code).toBe(
			'validation_failed'
		);
		expect((await get(`/api/v1/projects/${id}/report.pdf`, {})).status).toBe(401);
		const unknown = await get('/api/v1/projects/00000000-0000-4000-8000-000000000000/report.pdf');
		expect(unknown.status).toBe(404);

		const csv = await get(`/projects/${id}/reports.csv`);
		expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
		expect(text.charCodeAt(0)).toBe(0xfeff);
		expect(text).toContain('ยกเลิกโครงการ');

		const openapi = (await (await get('/api/v1/openapi.json')).json()) as {
			paths: Record<string, unknown>;
		};
		expect(openapi.paths['/api/v1/projects/{id}/report.pdf']).toBeDefined();
	});
});
