import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, logInAs, openPage, useAppAndBrowser, visit } from './browser.ts';
import { adminPassword } from './server.ts';

const { app, browser } = useAppAndBrowser();
const officer = { username: 'iao.partners', password: 'officer-password-2568' };

beforeAll(async () => {
	const login = await fetch(`${app().baseUrl}/api/v1/session`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ username: 'admin', password: adminPassword })
	});
	const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
	const created = await fetch(`${app().baseUrl}/api/v1/users`, {
		method: 'POST',
		headers: { cookie, origin: app().baseUrl, 'content-type': 'application/json' },
		body: JSON.stringify({
			...officer,
			displayName: 'นักวิเทศสัมพันธ์',
			roles: ['iao_officer'],
			agencyIds: []
		})
	});
	expect(created.status).toBe(201);
});

async function submit(page: Page, form: string, button: string | RegExp) {
	await Promise.all([
		page.waitForLoadState('load'),
		page.locator(form).getByRole('button', { name: button }).click()
	]);
}

describe('partners and engagements', () => {
	it('lets an IAO officer record a partner, an MOU and a visit, and follow it up', async () => {
		const page = await openPage(browser());
		const base = app().baseUrl;
		await logInAs(page, base, officer);
		await page.getByRole('navigation').getByRole('link', { name: 'ภาคีและการประชุม' }).click();
		await page.waitForURL('**/partners');
		await visit(page, `${base}/partners?region=asean`);
		expect(await page.locator('main').textContent()).toContain('กัวลาลัมเปอร์');

		// A new partner city.
		await visit(page, `${base}/partners/new`);
		await page.locator('#nameTh').fill('เมืองทดสอบ');
		await page.locator('#nameEn').fill('Testopolis');
		await page.locator('#nameLocal').fill('手巣都市');
		await page.locator('#countryCode').selectOption('JP');
		await page.locator('#latitude').fill('35.0');
		await page.locator('#longitude').fill('135.0');
		await submit(page, 'main form', 'บันทึกภาคี');
		await page.waitForURL(/\/partners\/[0-9a-f-]{36}\?saved=created/);
		await expectAccessible(page);
		const dossierUrl = page.url().replace('?saved=created', '');

		// The same name in the same country is refused with a link to the existing partner.
		await visit(page, `${base}/partners/new`);
		await page.locator('#nameTh').fill('เมืองทดสอบ');
		await page.locator('#nameEn').fill('TESTOPOLIS');
		await page.locator('#countryCode').selectOption('JP');
		await submit(page, 'main form', 'บันทึกภาคี');
		await expectAccessible(page);
		const existing = page.getByRole('link', {
			name: 'เปิดรายการที่มีอยู่แล้ว: เมืองทดสอบ (Testopolis)'
		});
		expect(await existing.getAttribute('href')).toBe(new URL(dossierUrl).pathname);

		// An MOU on the partner.
		await visit(page, dossierUrl);
		await page.getByText('บันทึกความตกลง (เช่น MOU)').click();
		await page.locator('#titleTh').fill('บันทึกความเข้าใจความร่วมมือด้านเมืองน่าอยู่');
		await page.locator('#signedOn').fill('15/01/2568');
		await page.locator('#reviewOn').fill('15/01/2571');
		await page.locator('#fields').fill('สิ่งแวดล้อม, การท่องเที่ยว');
		await submit(page, 'form[action="?/agreement"]', 'บันทึกความตกลง');
		await expectAccessible(page);
		expect(await page.locator('main').textContent()).toContain('บันทึกความเข้าใจความร่วมมือด้านเมืองน่าอยู่');

		// The signed MOU as its document.
		await page.getByText('แนบเอกสารของความตกลง').click();
		await page.locator('#files').setInputFiles({
			name: 'MOU ลงนาม.pdf',
			mimeType: 'application/pdf',
			buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')
		});
		await submit(page, 'form[action="?/documents"]', 'อัปโหลด');
		await page.getByText('แนบเอกสารแล้ว').waitFor();
		await expectAccessible(page);
		const mouFile = page.getByRole('link', { name: 'MOU ลงนาม.pdf' });
		expect(await mouFile.getAttribute('href')).toMatch(/^\/attachments\/[0-9a-f-]{36}$/);

		// The MOU's review date, changed on its edit page.
		await page.getByRole('link', { name: /^แก้ไขความตกลง/ }).click();
		await page.waitForURL('**/agreements/*/edit');
		await expectAccessible(page);
		expect(await page.locator('#signedOn').inputValue()).toBe('15/1/2568');
		await page.locator('#reviewOn').fill('1/1/2560');
		await submit(page, 'main form', 'บันทึกการแก้ไข');
		await page
			.getByRole('alert')
			.getByText(/ต้องไม่ก่อนวันที่ลงนาม/)
			.first()
			.waitFor();
		await expectAccessible(page);
		await page.locator('#reviewOn').fill('15/01/2572');
		await submit(page, 'main form', 'บันทึกการแก้ไข');
		await page.getByText('บันทึกความตกลงแล้ว').waitFor();

		// The partner's description, changed on its edit page.
		await page.getByRole('link', { name: 'แก้ไขข้อมูลภาคี' }).click();
		await page.waitForURL('**/edit');
		await expectAccessible(page);
		await page.locator('#descriptionTh').fill('เมืองพันธมิตรด้านเมืองน่าอยู่และสวนสาธารณะ');
		await submit(page, 'form', 'บันทึกการแก้ไข');
		await page.getByText('บันทึกการแก้ไขข้อมูลภาคีแล้ว').waitFor();
		expect(await page.locator('main').textContent()).toContain(
			'เมืองพันธมิตรด้านเมืองน่าอยู่และสวนสาธารณะ'
		);

		// An incoming visit with an outcome and a commitment owned by a department.
		await page.getByRole('link', { name: 'บันทึกการประชุม/การเยือนกับภาคีนี้' }).click();
		await page.waitForURL('**/engagements/new?partner=*');
		await expectAccessible(page);
		await page.locator('#kind').selectOption('visit_in');
		await page.locator('#titleTh').fill('คณะผู้แทนเมืองทดสอบเยือนกรุงเทพมหานคร');
		await page.locator('#startsOn').fill('10/03/2568');
		await page.locator('#endsOn').fill('11/03/2568');
		await page.locator('#participants-0-headcount').fill('8');
		// A department took part too: one more row, added without a script.
		await page.locator('#participants-1-agencyId').selectOption({ label: 'สำนักสิ่งแวดล้อม' });
		await page.locator('#participants-1-headcount').fill('3');
		await submit(page, 'main form', /เพิ่มแถว/);
		await expectAccessible(page);
		expect(await page.locator('#participants-3-partnerId').count()).toBe(1);
		await page.locator('#outcomes-0-kind').selectOption('decision');
		await page.locator('#outcomes-0-titleTh').fill('แลกเปลี่ยนข้อมูลการจัดการพื้นที่สีเขียว');
		await page.locator('#commitments-0-titleTh').fill('ส่งข้อมูลสวนสาธารณะให้เมืองทดสอบ');
		await page.locator('#commitments-0-agencyId').selectOption({ label: 'สำนักสิ่งแวดล้อม' });
		await page.locator('#commitments-0-dueOn').fill('30/06/2568');
		await submit(page, 'main form', 'บันทึก');
		await page.waitForURL(/\/engagements\/[0-9a-f-]{36}\?saved=created/);
		await expectAccessible(page);
		const engagement = (await page.locator('main').textContent()) ?? '';
		expect(engagement).toContain('แลกเปลี่ยนข้อมูลการจัดการพื้นที่สีเขียว');
		expect(engagement).toContain('สำนักสิ่งแวดล้อม');

		// The visit is changed after it was recorded; its commitment is not on the form and stays.
		await page.getByRole('link', { name: 'แก้ไขการประชุม/การเยือน' }).click();
		await page.waitForURL('**/edit');
		await expectAccessible(page);
		expect(await page.locator('#startsOn').inputValue()).toBe('10/3/2568');
		expect(await page.locator('#commitments-0-titleTh').count()).toBe(0);
		await page.locator('#venue').fill('ศาลาว่าการกรุงเทพมหานคร');
		await page.locator('#outcomes-0-descriptionTh').fill('แลกเปลี่ยนทุกไตรมาส');
		await submit(page, 'main form', 'บันทึกการแก้ไข');
		await page.waitForURL(/\/engagements\/[0-9a-f-]{36}\?saved=engagement/);
		await expectAccessible(page);
		const changed = (await page.locator('main').textContent()) ?? '';
		expect(changed).toContain('บันทึกการแก้ไขแล้ว');
		expect(changed).toContain('ศาลาว่าการกรุงเทพมหานคร');
		expect(changed).toContain('แลกเปลี่ยนทุกไตรมาส');
		expect(changed).toContain('ส่งข้อมูลสวนสาธารณะให้เมืองทดสอบ');

		// One more commitment, added on the visit's page.
		const addCommitment = page.locator('form[action="?/commitment"]');
		await addCommitment.locator('#titleTh').fill('จัดศึกษาดูงานสวนสาธารณะ');
		await addCommitment.getByRole('checkbox', { name: 'สำนักสิ่งแวดล้อม' }).check();
		await submit(page, 'form[action="?/commitment"]', 'เพิ่มข้อผูกพันที่ต้องติดตาม');
		await page.waitForURL(/\?saved=commitment/);
		await expectAccessible(page);
		expect(await page.locator('#commitments + ul').textContent()).toContain('จัดศึกษาดูงานสวนสาธารณะ');
		// and changed: a second agency shares it, with a due date.
		await page.getByRole('link', { name: /^แก้ไขข้อผูกพัน.*จัดศึกษาดูงานสวนสาธารณะ/ }).click();
		await page.waitForURL('**/commitments/*/edit');
		await expectAccessible(page);
		await page.getByRole('checkbox', { name: 'สำนักการโยธา' }).check();
		await page.locator('#dueOn').fill('30/9/2568');
		await submit(page, 'main form', 'บันทึกการแก้ไข');
		await page.waitForURL(/\?saved=commitmentChange/);
		await expectAccessible(page);
		const changedCommitment = page.locator('#commitments + ul li', {
			hasText: 'จัดศึกษาดูงานสวนสาธารณะ'
		});
		expect(await changedCommitment.textContent()).toContain('สำนักการโยธา');
		expect(await changedCommitment.textContent()).toContain('30 กันยายน 2568');

		// A committee set up by a BMA order to carry the visit forward, then changed.
		await page.getByRole('link', { name: 'บันทึกคณะกรรมการที่ตั้งขึ้นจากการประชุมนี้' }).click();
		await page.waitForURL('**/committees/new?engagement=*');
		await expectAccessible(page);
		await page.locator('#orderNumber').fill('1234/2568');
		await page.locator('#orderDate').fill('1/4/2568');
		await page.locator('#titleTh').fill('คณะทำงานความร่วมมือกับเมืองทดสอบ');
		await page.locator('#mandateTh').fill('กำหนดกิจกรรมแลกเปลี่ยนด้านสวนสาธารณะ');
		await page.locator('#members-0-agencyId').selectOption({ label: 'สำนักสิ่งแวดล้อม' });
		await page.locator('#members-0-roleTh').fill('ประธานคณะทำงาน');
		await page.locator('#members-1-roleTh').fill('ผู้แทนสำนักการต่างประเทศ');
		await submit(page, 'main form', 'บันทึกคณะกรรมการ');
		await page.waitForURL(/\/engagements\/[0-9a-f-]{36}\?saved=committee/);
		await expectAccessible(page);
		const committee = page.locator('section', {
			has: page.getByRole('heading', { name: 'คณะทำงานความร่วมมือกับเมืองทดสอบ' })
		});
		expect(await committee.textContent()).toContain('ประธานคณะทำงาน');
		await committee.getByRole('link', { name: /^แก้ไขคณะกรรมการ/ }).click();
		await page.waitForURL('**/committees/*/edit');
		await expectAccessible(page);
		expect(await page.locator('#orderDate').inputValue()).toBe('1/4/2568');
		await page.locator('#mandateTh').fill('กำหนดและติดตามกิจกรรมแลกเปลี่ยนด้านสวนสาธารณะ');
		await submit(page, 'main form', 'บันทึกการแก้ไข');
		await page.waitForURL(/\?saved=committee/);
		await visit(page, `${base}/committees`);
		await expectAccessible(page);
		const committees = (await page.locator('main').textContent()) ?? '';
		expect(committees).toContain('กำหนดและติดตามกิจกรรมแลกเปลี่ยนด้านสวนสาธารณะ');
		expect(committees).toContain('คำสั่งกรุงเทพมหานครที่ 4271/2562');

		// The dossier shows the visit and the open commitment.
		await visit(page, dossierUrl);
		const dossier = (await page.locator('main').textContent()) ?? '';
		expect(dossier).toContain('คณะผู้แทนเมืองทดสอบเยือนกรุงเทพมหานคร');
		expect(dossier).toContain('ส่งข้อมูลสวนสาธารณะให้เมืองทดสอบ');

		// The follow-up board lists it under the department.
		await visit(page, `${base}/follow-up`);
		const section = page.locator('section', {
			has: page.getByRole('heading', { name: /^สำนักสิ่งแวดล้อม/ })
		});
		expect(await section.textContent()).toContain('ส่งข้อมูลสวนสาธารณะให้เมืองทดสอบ');
		// and it is moved on from the board.
		const item = section.locator('li', { hasText: 'ส่งข้อมูลสวนสาธารณะให้เมืองทดสอบ' });
		await item.getByLabel('สถานะ').selectOption('in_progress');
		await Promise.all([
			page.waitForURL(/\/follow-up\?saved=status/),
			item.getByRole('button', { name: 'ปรับสถานะ' }).click()
		]);
		await expectAccessible(page);
		expect(await page.locator('main').textContent()).toContain('ปรับสถานะข้อผูกพันแล้ว');
		expect(
			await page
				.locator('section', { has: page.getByRole('heading', { name: /^สำนักสิ่งแวดล้อม/ }) })
				.locator('li', { hasText: 'ส่งข้อมูลสวนสาธารณะให้เมืองทดสอบ' })
				.textContent()
		).toContain('กำลังดำเนินการ');

		// A contact person at the partner, kept for a stated purpose.
		await visit(page, dossierUrl);
		await page.getByText('เพิ่มผู้ติดต่อ').click();
		const contactForm = 'form[action="?/contact"]';
		await page.locator(`${contactForm} #name`).fill('Tanaka Ichiro');
		await page.locator(`${contactForm} #position`).fill('Director of International Relations');
		await page.locator(`${contactForm} #purpose`).fill('ประสานงานการเยือนเมืองทดสอบ');
		await submit(page, contactForm, 'บันทึกผู้ติดต่อ');
		await page.waitForURL(/\?saved=contact/);

		// The briefing: what was agreed at the visit, the open commitment with its status, the contact.
		await visit(page, `${dossierUrl}/briefing`);
		const briefing = (await page.locator('main').textContent()) ?? '';
		for (const expected of [
			'เอกสารสรุปสำหรับผู้บริหาร',
			'手巣都市',
			'บันทึกความเข้าใจความร่วมมือด้านเมืองน่าอยู่',
			'สิ่งที่นำเสนอและตกลงกันในการประชุมและการเยือนที่ผ่านมา',
			'มติ/การตัดสินใจ: แลกเปลี่ยนข้อมูลการจัดการพื้นที่สีเขียว',
			'ส่งข้อมูลสวนสาธารณะให้เมืองทดสอบ (กำลังดำเนินการ, กำหนดเสร็จ 30 มิถุนายน 2568 — เลยกำหนด)',
			'Tanaka Ichiro, Director of International Relations — ประสานงานการเยือนเมืองทดสอบ'
		])
			expect(briefing).toContain(expected);
		expect(await page.getByText('手巣都市').getAttribute('lang')).toBe('ja');

		// The same briefing as a PDF to download.
		const pdfLink = page.getByRole('link', { name: 'ดาวน์โหลดเอกสารสรุปเป็น PDF' });
		const href = (await pdfLink.getAttribute('href')) ?? '';
		expect(href).toMatch(/\/briefing\.pdf\?lang=th$/);
		const response = await page.request.get(`${base}${href}`);
		expect(response.headers()['content-type']).toBe('application/pdf');
		expect(response.headers()['content-disposition']).toMatch(/filename="[\w-]+-briefing-th\.pdf"/);
		const [download] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
		expect(download.suggestedFilename()).toMatch(/^[\w-]+-briefing-th\.pdf$/);
		const file = (await download.path()) ?? '';
		const bytes = await readFile(file);
		expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		// Its text as a reader copies it: the Japanese name, the status, the contact.
		const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
		for (const expected of ['手巣都市', 'กำลังดำเนินการ', 'เลยกำหนด', 'Tanaka Ichiro'])
			expect(text.replace(/\s+/g, '')).toContain(expected.replace(/\s+/g, ''));
		await page.context().close();
	});

	it('shows the MGMAC 2019 in the calendar and its presentations', async () => {
		const page = await openPage(browser());
		const base = app().baseUrl;
		await logInAs(page, base, officer, { axe: false });
		await visit(page, `${base}/engagements?month=2019-06`);
		await page
			.getByRole('link', { name: /MGMAC 2019/ })
			.first()
			.click();
		await page.waitForURL(/\/engagements\/[0-9a-f-]{36}/);
		await expectAccessible(page);
		expect(await page.locator('main').textContent()).toContain('Green Depot');
		await page.context().close();
	});

	it('draws the partners on the map over the world outlines, loaded as one image', async () => {
		const page = await openPage(browser());
		const base = app().baseUrl;
		await logInAs(page, base, officer, { axe: false });
		const outlines = page.waitForResponse((response) =>
			response.url().endsWith('/partners/map/world.svg')
		);
		await visit(page, `${base}/partners/map`);
		const response = await outlines;
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('image/svg+xml');
		expect(await response.text()).toMatch(/^<svg[^>]*viewBox="0 0 960 470"/);
		expect(await page.locator('svg.world circle').count()).toBeGreaterThan(10);
		await page.context().close();
	});
});
