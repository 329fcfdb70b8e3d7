import { describe, expect, it } from 'vitest';
import { adminPassword } from './server.ts';
import { expectAccessible, logInAs, openPage, useAppAndBrowser, visit } from './browser.ts';

const { app, browser } = useAppAndBrowser();

const officer = { username: 'iao.officer', password: 'officer-password-2569' };
const reporter = { username: 'environment.reporter', password: 'reporter-password-2569' };
const practiceTitle = 'ระบบแบ่งปันจักรยานสาธารณะของเมืองฟุกุโอกะ';

/** Calls the API as the admin, with the same-origin header writes need. */
async function asAdmin(path: string, body?: unknown) {
	const base = app().baseUrl;
	const login = await fetch(`${base}/api/v1/session`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: base },
		body: JSON.stringify({ username: 'admin', password: adminPassword })
	});
	const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
	const response = await fetch(`${base}${path}`, {
		method: body ? 'POST' : 'GET',
		headers: { 'content-type': 'application/json', origin: base, cookie },
		body: body ? JSON.stringify(body) : undefined
	});
	expect(response.status, path).toBeLessThan(300);
	return response.json() as Promise<Record<string, unknown>>;
}

async function agencyId(code: string): Promise<string> {
	const { items } = (await asAdmin(`/api/v1/agencies?q=${code}`)) as {
		items: { id: string; code: string }[];
	};
	return items.find((agency) => agency.code === code)!.id;
}

describe('knowledge: a practice carried by a circular to departments', () => {
	it('records a practice, sends it, has it acknowledged and adopted, and finds it by a Thai phrase', async () => {
		const base = app().baseUrl;
		await asAdmin('/api/v1/users', {
			...officer,
			displayName: 'เจ้าหน้าที่ สกต.',
			roles: ['iao_officer'],
			agencyIds: [await agencyId('IAO')]
		});
		await asAdmin('/api/v1/users', {
			...reporter,
			displayName: 'ผู้รายงาน สำนักสิ่งแวดล้อม',
			roles: ['agency_reporter'],
			agencyIds: [await agencyId('ENVIRONMENT')]
		});

		// The IAO officer records a practice from a partner city.
		const iao = await openPage(browser());
		await logInAs(iao, base, officer);
		await iao.getByRole('navigation').getByRole('link', { name: 'คลังความรู้' }).click();
		await iao.waitForURL('**/knowledge');
		await expectAccessible(iao);
		await iao.getByRole('link', { name: 'บันทึกแนวปฏิบัติใหม่' }).click();
		await iao.waitForURL('**/knowledge/practices/new');
		await expectAccessible(iao);
		await iao.getByLabel('ชื่อแหล่งที่มา (เมือง ประเทศ หรือองค์การ)').fill('เมืองฟุกุโอกะ');
		await iao.getByLabel('ชื่อแหล่งที่มาภาษาอังกฤษ').fill('Fukuoka');
		await iao.getByLabel('ชื่อแนวปฏิบัติ (ภาษาไทย)').fill(practiceTitle);
		await iao
			.getByLabel('สาระสำคัญ')
			.fill('เมืองฟุกุโอกะจัดระบบแบ่งปันจักรยานร่วมกับภาคเอกชนเพื่อลดการใช้รถยนต์');
		await iao
			.getByLabel('การดำเนินการ/แนวทาง')
			.fill('ติดตั้งสถานีจอดจักรยานใกล้สถานีรถไฟ\nเก็บค่าบริการผ่านแอปพลิเคชัน');
		await iao.getByRole('checkbox', { name: 'เมืองสีเขียว' }).check();
		await iao.getByRole('button', { name: 'บันทึกแนวปฏิบัติ' }).click();
		await iao.waitForURL(/\/knowledge\/practices\/[0-9a-f-]{36}\?saved=created/);
		await expectAccessible(iao);
		expect(await iao.getByRole('heading', { level: 1 }).textContent()).toBe(practiceTitle);
		const practiceId = new URL(iao.url()).pathname.split('/').pop()!;

		// …and sends a circular carrying it to two departments.
		await visit(iao, `${base}/knowledge/circulars/new?practice=${practiceId}`);
		await iao.getByLabel('ที่', { exact: true }).fill('กท ๐๔๑๐/๙๙๙');
		await iao.getByLabel('วันที่', { exact: true }).fill('15/3/2569');
		await iao.getByLabel('เรื่อง').fill('แนวปฏิบัติระบบแบ่งปันจักรยานของเมืองฟุกุโอกะ');
		await iao.getByLabel('เรียน').fill('ผู้อำนวยการสำนักสิ่งแวดล้อม ผู้อำนวยการสำนักการวางผังและพัฒนาเมือง');
		await iao
			.getByLabel('ข้อความ')
			.fill('สำนักงานการต่างประเทศขอส่งแนวปฏิบัติมาเพื่อโปรดทราบและนำไปปรับใช้ตามความเหมาะสม');
		expect(await iao.getByRole('checkbox', { name: practiceTitle }).isChecked()).toBe(true);
		await iao.getByRole('checkbox', { name: 'สำนักสิ่งแวดล้อม' }).check();
		await iao.getByRole('checkbox', { name: 'สำนักการวางผังและพัฒนาเมือง' }).check();
		await iao.getByLabel(/แนบไฟล์/).setInputFiles({
			name: 'หนังสือเวียน ฟุกุโอกะ.pdf',
			mimeType: 'application/pdf',
			buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')
		});
		await iao.getByRole('button', { name: 'ส่งหนังสือเวียน' }).click();
		await iao.waitForURL(/\/knowledge\/circulars\/[0-9a-f-]{36}\?saved=sent/);
		await expectAccessible(iao);
		const circularUrl = iao.url().split('?')[0]!;
		expect(await iao.locator('main').textContent()).toContain('รับทราบแล้ว 0 จาก 2 หน่วยงาน');
		const [memo] = await Promise.all([
			iao.waitForEvent('download'),
			iao.getByRole('link', { name: 'หนังสือเวียน ฟุกุโอกะ.pdf' }).click()
		]);
		expect(memo.suggestedFilename()).toBe('หนังสือเวียน ฟุกุโอกะ.pdf');

		// The IAO attaches a file with a Thai name to the circular.
		await iao.getByLabel('แนบไฟล์').setInputFiles({
			name: 'ตารางแนวปฏิบัติ.pdf',
			mimeType: 'application/pdf',
			buffer: Buffer.from('%PDF-1.4\n%%EOF\n')
		});
		await iao.getByRole('button', { name: 'อัปโหลด' }).click();
		await iao.waitForURL(/saved=files/);
		await expectAccessible(iao);

		// One department finds it in its inbox, acknowledges it and records an adoption with a project.
		const department = await openPage(browser());
		await logInAs(department, base, reporter);
		await visit(department, `${base}/knowledge/circulars`);
		expect(await department.getByRole('status').first().textContent()).toContain('รอรับทราบ 1 ฉบับ');
		await department
			.getByRole('link', { name: /แนวปฏิบัติระบบแบ่งปันจักรยาน/ })
			.first()
			.click();
		await department.waitForURL(circularUrl);
		await expectAccessible(department);
		const file = department.getByRole('link', { name: 'ตารางแนวปฏิบัติ.pdf' });
		const download = await department.request.get(
			new URL((await file.getAttribute('href'))!, base).href
		);
		expect(download.status()).toBe(200);
		expect(download.headers()['content-disposition']).toContain(
			`filename*=UTF-8''${encodeURIComponent('ตารางแนวปฏิบัติ.pdf')}`
		);
		await department.getByRole('button', { name: 'รับทราบในนามของ สำนักสิ่งแวดล้อม' }).click();
		await department.waitForURL(/saved=recipient/);
		await expectAccessible(department);
		await department.getByLabel('การนำไปใช้').selectOption('adopted');
		await department.getByLabel('นำไปใช้อย่างไร').fill('จัดจุดจอดจักรยานที่สวนสาธารณะ');
		const project = department.getByLabel('โครงการที่เกิดขึ้น');
		const option = project.locator('option', { hasText: 'โครงการส่งเสริมความร่วมมือจากแนวปฏิบัติที่ดีที่สุด' });
		await project.selectOption((await option.first().getAttribute('value'))!);
		await department.getByRole('button', { name: 'บันทึกการนำไปใช้' }).click();
		await department.waitForURL(/saved=recipient/);
		await expectAccessible(department);
		await department.context().close();

		// The IAO sees who has not acknowledged, and the adoption with its project.
		await visit(iao, circularUrl);
		const main = (await iao.locator('main').textContent()) ?? '';
		expect(main).toContain('รับทราบแล้ว 1 จาก 2 หน่วยงาน');
		expect(main).toContain('หน่วยงานที่ยังไม่รับทราบ: 1 หน่วยงาน');
		expect(await iao.locator('.not-acknowledged').textContent()).toContain(
			'สำนักการวางผังและพัฒนาเมือง'
		);
		expect(await iao.locator('.not-acknowledged').textContent()).not.toContain('สำนักสิ่งแวดล้อม');
		expect(main).toContain('จัดจุดจอดจักรยานที่สวนสาธารณะ');
		expect(
			await iao.getByRole('link', { name: /โครงการส่งเสริมความร่วมมือจากแนวปฏิบัติที่ดีที่สุด/ }).count()
		).toBe(1);

		// Searching a Thai phrase from the practice, through the header's search box, finds it.
		await iao.getByRole('searchbox').fill('ระบบแบ่งปันจักรยานสาธารณะ');
		await iao.getByRole('searchbox').press('Enter');
		await iao.waitForURL(/\/search\?q=/);
		await expectAccessible(iao);
		const first = iao.locator('.search-results li').first();
		expect(await first.getByRole('link').textContent()).toContain(practiceTitle);
		expect(await first.locator('mark').count()).toBeGreaterThan(0);
		await iao.context().close();
	}, 240_000);
});
