import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSmtpServer, type TestSmtpServer } from '../mail/smtp.ts';
import { expectAccessible, launchBrowser, logInAs, openPage, visit } from './browser.ts';
import { adminPassword, type RunningApp } from './server.ts';
import { reviewRound } from './review-round.ts';
import { startSeededApp } from './seeded.ts';

/**
 * A returned report told by e-mail: the reporter's message, read from the test's own SMTP server,
 * carries the reviewer's comment and a link that opens the report; the resubmission tells the
 * reviewers again.
 */

let app: RunningApp;
let browser: Browser;
let smtp: TestSmtpServer;
const reporter = {
	username: 'mail.reporter',
	password: 'reporter-password-2566',
	email: 'reporter@district.example.go.th'
};
const officer = {
	username: 'mail.reviewer',
	password: 'officer-password-2566',
	email: 'reviewer@iao.example.go.th'
};
let project = { id: '', titleTh: '' };

beforeAll(async () => {
	smtp = await startTestSmtpServer();
	[app, browser] = await Promise.all([
		startSeededApp({ SAPHAN_SMTP_URL: smtp.url, SAPHAN_MAIL_INTERVAL_MS: '200' }),
		launchBrowser()
	]);
	project = await reviewRound(app.baseUrl, {
		reporter: { ...reporter, displayName: 'ผู้รายงานของเขต' },
		officer: { ...officer, displayName: 'ผู้พิจารณา สกต.' }
	});
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
	await smtp?.close();
});

const openProject = (page: Page) => visit(page, `${app.baseUrl}/projects/${project.id}`);
const mailTo = (address: string) =>
	smtp.received.filter((mail) => mail.to && 'text' in mail.to && mail.to.text === address);

async function submitReport(page: Page) {
	await page.getByRole('button', { name: 'ส่งให้สำนักงานการต่างประเทศพิจารณา' }).click();
	await page.getByText('ส่งรายงานให้พิจารณาแล้ว').waitFor();
}

describe('a returned report told by e-mail', () => {
	it('reaches the reporter with the comment and a link that opens the report; the resubmission tells the reviewers', async () => {
		const asReporter = await openPage(browser);
		await logInAs(asReporter, app.baseUrl, reporter, { axe: false });
		await openProject(asReporter);
		await asReporter.getByLabel('วันที่รายงาน').fill('15/12/2565');
		await asReporter
			.getByLabel('ผลการดำเนินงาน', { exact: true })
			.fill('ประสานงานกับเมืองพี่เมืองน้องแล้ว');
		await asReporter.getByLabel('ร้อยละความก้าวหน้า').fill('25');
		await asReporter
			.getByRole('group', { name: 'เป็นไปตามแผน' })
			.getByLabel('ใช่', { exact: true })
			.check();
		await submitReport(asReporter);
		await expect.poll(() => mailTo(officer.email).length, { timeout: 30_000 }).toBe(1);
		expect(mailTo(officer.email)[0]?.subject).toContain('ส่งตรวจ: รายงานความก้าวหน้า');

		const asOfficer = await openPage(browser);
		await logInAs(asOfficer, app.baseUrl, officer, { axe: false });
		await openProject(asOfficer);
		await asOfficer.getByLabel('ความเห็น').fill('โปรดระบุงบประมาณที่เบิกจ่าย');
		await asOfficer.getByRole('button', { name: 'ส่งกลับให้แก้ไข' }).click();
		await asOfficer.getByText('ส่งรายงานกลับให้แก้ไขแล้ว').waitFor();

		await expect.poll(() => mailTo(reporter.email).length, { timeout: 30_000 }).toBe(1);
		const [returned] = mailTo(reporter.email);
		expect(returned?.subject).toBe(`ส่งกลับแก้ไข: รายงานความก้าวหน้า ${project.titleTh}`);
		expect(returned?.text).toContain('โปรดระบุงบประมาณที่เบิกจ่าย');
		expect(returned?.html).toContain('โปรดระบุงบประมาณที่เบิกจ่าย');
		const link = /https?:\/\/\S+#report/.exec(returned?.text ?? '')?.[0] ?? '';
		expect(link).toBe(`${app.baseUrl}/projects/${project.id}#report`);

		await visit(asReporter, link);
		expect(new URL(asReporter.url()).pathname).toBe(`/projects/${project.id}`);
		expect(await asReporter.locator('main').textContent()).toContain('โปรดระบุงบประมาณที่เบิกจ่าย');
		await asReporter.getByRole('link', { name: 'การแจ้งเตือน 1 รายการยังไม่อ่าน' }).click();
		await asReporter.waitForURL('**/notifications');
		await expectAccessible(asReporter);
		expect(await asReporter.locator('main').textContent()).toContain('โปรดระบุงบประมาณที่เบิกจ่าย');
		await asReporter.getByRole('button', { name: 'ทำเครื่องหมายว่าอ่านแล้วทั้งหมด' }).click();
		await asReporter.getByRole('link', { name: 'การแจ้งเตือน', exact: true }).waitFor();

		await openProject(asReporter);
		await asReporter.getByLabel(/เบิกจ่าย \(บาท\)/).fill('12,500');
		await submitReport(asReporter);
		await expect.poll(() => mailTo(officer.email).length, { timeout: 30_000 }).toBe(2);
		const ids = smtp.received.map((mail) => mail.messageId);
		expect(new Set(ids).size).toBe(ids.length);

		await visit(asReporter, `${app.baseUrl}/account/notifications`);
		await expectAccessible(asReporter);
		await asReporter
			.getByRole('group', { name: 'งานถูกส่งกลับให้แก้ไข' })
			.getByLabel('สรุปรายวัน')
			.check();
		await asReporter.getByRole('button', { name: 'บันทึกการตั้งค่า' }).click();
		await asReporter.getByText('บันทึกการตั้งค่าการแจ้งเตือนแล้ว').waitFor();
		await asReporter.context().close();
		await asOfficer.context().close();
	}, 300_000);

	it('shows administrators the outbox with what was sent', async () => {
		const asAdmin = await openPage(browser);
		await logInAs(
			asAdmin,
			app.baseUrl,
			{ username: 'admin', password: adminPassword },
			{ axe: false }
		);
		await visit(asAdmin, `${app.baseUrl}/admin/outbox`);
		await expectAccessible(asAdmin);
		const sent = asAdmin.getByRole('row').filter({ hasText: reporter.email });
		expect(await sent.first().textContent()).toContain('ส่งแล้ว');
		await asAdmin.context().close();
	});
});
