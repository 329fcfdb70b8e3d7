import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequests, makeRecords, type ApiRequests, type Records } from './api-targets.ts';
import { expectAccessible, launchBrowser } from './browser.ts';
import { adminCookie, startBuiltApp, type RunningApp } from './server.ts';

const routesDir = 'src/routes';
const minutes = 60_000;

/** Every form action of the pages, as `<route>?/<action>`, read from the route files themselves. */
function formActions(dir = routesDir): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return formActions(path);
		if (entry.name !== '+page.server.ts') return [];
		const actions = /^export const actions(?:: Actions)? = \{\n([\s\S]*?)\n\};/m.exec(
			readFileSync(path, 'utf8')
		);
		const route = `/${relative(routesDir, dir).split('\\').join('/')}`;
		return [...(actions?.[1] ?? '').matchAll(/^\t(\w+)(?=[:(])/gm)].map(
			([, name]) => `${route}?/${name}`
		);
	});
}

type Someone = 'admin' | 'reviewer' | 'member' | 'nobody';

/** How one form is posted from its page, and what it must answer. */
interface FormPost {
	/** The page the form is on. */
	page: string;
	/** Who posts it: the admin unless said (a review is another officer's, four eyes). */
	as?: Someone;
	/** What is typed or chosen, by field name; everything else is posted as the page shows it. */
	fill?: Record<string, string | string[]>;
	files?: Record<string, { name: string; mimeType: string; buffer: Buffer }>;
	/**
	 * What success answers: 303 to a page that says what was saved (the default), 303 on to where
	 * the user goes (logging in or out, choosing a language), or the form again (more blank rows,
	 * which saves nothing).
	 */
	answer?: 'saved' | 'goes on' | 'form';
	/** Tried by another test file, which needs a database of its own for it. */
	elsewhere?: string;
}

const pdf = (name: string) => ({
	name,
	mimeType: 'application/pdf',
	buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')
});

/** The forms in the order they are posted (some act on what one before made), each its case. */
async function formPosts(
	records: Records,
	{ created, get }: ApiRequests,
	people: Record<Someone, { username: string; password: string }>
): Promise<Record<string, FormPost>> {
	const { agency, partnerId, agreementId, engagementId, commitmentId, committeeId } = records;
	const { practiceId, circularId, projectId, reviewedProjectId, practiceKpiId, userId } = records;
	const kpiId = records.iao
		.flatMap((element) => element.kpis)
		.find((kpi) => kpi.code === '1.1')?.id;
	const reportedProject = String(
		(await created('POST', '/api/v1/projects', { ...records.project, partnerIds: [] })).id
	);
	const practiceKpi = await get(`/api/v1/kpis/${practiceKpiId}`);
	const practiceResult = (practiceKpi.results as { fiscalYear: number; version: number }[]).find(
		(result) => result.fiscalYear === 2568
	);
	await created('POST', `/api/v1/kpis/${practiceKpiId}/results/2568/submit`, {
		version: practiceResult?.version
	});
	const element = records.iao.at(-1)!;
	const kpiPage = `/kpis/${kpiId}?fiscalYear=2570`;
	return {
		'/plans/elements/[id]?/add': {
			page: `/plans/elements/${element.id}`,
			fill: { direction: 'up', otherElementId: records.nesdp.at(-1)!.id, noteTh: 'ทดสอบ' }
		},
		'/plans/elements/[id]?/remove': { page: `/plans/elements/${element.id}` },
		'/kpis/[id]?/save': {
			page: kpiPage,
			fill: { value: '2', evidenceTh: 'ผลการดำเนินงาน' },
			files: { files: pdf('หลักฐาน.pdf') }
		},
		'/kpis/[id]?/removeAttachment': { page: kpiPage },
		'/kpis/[id]?/submit': { page: kpiPage },
		'/kpis/[id]?/approve': { page: kpiPage, as: 'reviewer' },
		'/kpis/[id]?/return': {
			page: `/kpis/${practiceKpiId}?fiscalYear=2568`,
			as: 'reviewer',
			fill: { comment: 'โปรดแนบหลักฐาน' }
		},
		'/projects/new?/default': {
			page: '/projects/new',
			fill: { titleTh: 'โครงการจากแบบฟอร์ม', fiscalYear: '2569', leadAgency: agency('IAO') }
		},
		'/projects/[id]/edit?/default': { page: `/projects/${projectId}/edit` },
		'/projects/[id]?/saveReport': {
			page: `/projects/${reportedProject}`,
			fill: { reportedOn: '15/01/2569', statusText: 'ดำเนินการตามแผน', percentDone: '20' }
		},
		'/projects/[id]?/submitReport': { page: `/projects/${reportedProject}` },
		'/projects/[id]?/approve': { page: `/projects/${reportedProject}`, as: 'reviewer' },
		'/projects/[id]?/return': {
			page: `/projects/${reviewedProjectId}`,
			as: 'reviewer',
			fill: { comment: 'โปรดเพิ่มรายละเอียด' }
		},
		'/projects/rounds?/schedule': { page: '/projects/rounds?fiscalYear=2569' },
		'/partners/new?/default': {
			page: '/partners/new',
			fill: { nameTh: 'เมืองจากแบบฟอร์ม', nameEn: 'Form City' }
		},
		'/partners/[id]/edit?/default': { page: `/partners/${partnerId}/edit` },
		'/partners/[id]?/agreement': {
			page: `/partners/${partnerId}`,
			fill: { titleTh: 'บันทึกความเข้าใจจากแบบฟอร์ม' }
		},
		'/partners/[id]/agreements/[agreementId]/edit?/default': {
			page: `/partners/${partnerId}/agreements/${agreementId}/edit`
		},
		'/partners/[id]?/documents': {
			page: `/partners/${partnerId}`,
			files: { files: pdf('บันทึก.pdf') }
		},
		'/partners/[id]?/removeDocument': { page: `/partners/${partnerId}` },
		'/partners/[id]?/contact': {
			page: `/partners/${partnerId}`,
			fill: { name: 'คุณทดสอบ ติดต่อ', purpose: 'ประสานงานการเยือน' }
		},
		'/partners/[id]?/erase': { page: `/partners/${partnerId}` },
		'/engagements/new?/rows': { page: '/engagements/new', answer: 'form' },
		'/engagements/new?/save': {
			page: '/engagements/new',
			fill: { titleTh: 'การประชุมจากแบบฟอร์ม', startsOn: '4/8/2568', endsOn: '5/8/2568' }
		},
		'/engagements/[id]/edit?/rows': { page: `/engagements/${engagementId}/edit`, answer: 'form' },
		'/engagements/[id]/edit?/save': { page: `/engagements/${engagementId}/edit` },
		'/engagements/[id]?/status': {
			page: `/engagements/${engagementId}`,
			fill: { status: 'in_progress' }
		},
		'/engagements/[id]?/commitment': {
			page: `/engagements/${engagementId}`,
			fill: { titleTh: 'ข้อผูกพันจากแบบฟอร์ม', agencyIds: [agency('IAO')] }
		},
		'/engagements/[id]/commitments/[commitmentId]/edit?/default': {
			page: `/engagements/${engagementId}/commitments/${commitmentId}/edit`
		},
		'/engagements/[id]/commitments/[commitmentId]/project?/default': {
			page: `/engagements/${engagementId}/commitments/${commitmentId}/project`
		},
		'/committees/new?/rows': { page: '/committees/new', answer: 'form' },
		'/committees/new?/save': {
			page: '/committees/new',
			fill: {
				orderNumber: `${process.pid}/2569`,
				orderDate: '1/10/2568',
				titleTh: 'คณะกรรมการจากแบบฟอร์ม',
				mandateTh: 'ติดตามผล'
			}
		},
		'/committees/[id]/edit?/rows': { page: `/committees/${committeeId}/edit`, answer: 'form' },
		'/committees/[id]/edit?/save': { page: `/committees/${committeeId}/edit` },
		'/knowledge/practices/new?/default': {
			page: '/knowledge/practices/new',
			fill: {
				sourceName: 'เมืองโยโกฮามา',
				titleTh: 'แนวปฏิบัติจากแบบฟอร์ม',
				summaryTh: 'สรุป',
				actions: 'ข้อแรก'
			}
		},
		'/knowledge/circulars/new?/default': {
			page: '/knowledge/circulars/new',
			fill: {
				documentNumber: 'กท ๐๔๑๐/๙๙',
				issuedOn: '15/03/2569',
				subject: 'แนวปฏิบัติจากแบบฟอร์ม',
				fromText: 'สำนักงานการต่างประเทศ',
				toText: 'ผู้อำนวยการสำนัก',
				body: 'เพื่อโปรดทราบ',
				practiceIds: [practiceId],
				recipientAgencyIds: [agency('ENVIRONMENT')]
			}
		},
		'/knowledge/circulars/[id]?/attach': {
			page: `/knowledge/circulars/${circularId}`,
			files: { files: pdf('ภาคผนวก.pdf') }
		},
		'/knowledge/circulars/[id]?/removeAttachment': { page: `/knowledge/circulars/${circularId}` },
		'/knowledge/circulars/[id]?/acknowledge': { page: `/knowledge/circulars/${circularId}` },
		'/knowledge/circulars/[id]?/adopt': {
			page: `/knowledge/circulars/${circularId}`,
			fill: { adoption: 'adopted' }
		},
		'/admin/users/new?/default': {
			page: '/admin/users/new',
			fill: {
				username: `form${process.pid}`,
				displayName: 'ผู้ใช้จากแบบฟอร์ม',
				password: 'a-long-enough-password',
				roles: ['viewer']
			}
		},
		'/admin/users/[id]?/save': { page: `/admin/users/${userId}` },
		'/admin/users/[id]?/issueToken': {
			page: `/admin/users/${userId}`,
			fill: { name: 'ระบบรายงาน' }
		},
		'/admin/users/[id]?/revokeToken': { page: `/admin/users/${userId}` },
		'/admin/users/[id]?/unlock': { page: `/admin/users/${userId}` },
		'/admin/users/[id]?/deactivate': { page: `/admin/users/${userId}` },
		'/admin/users/[id]?/reactivate': { page: `/admin/users/${userId}` },
		'/admin/builtin-changes?/decide': {
			page: '/admin/builtin-changes',
			elsewhere:
				'builtin-changes.test.ts: a field both changed needs a database from before baselines'
		},
		'/account?/calendarCreate': { page: '/account', as: 'member' },
		'/account?/calendarRevoke': { page: '/account', as: 'member' },
		'/alerts?/dismiss': { page: '/alerts?within=365', as: 'member' },
		'/account?/locale': { page: '/account', as: 'member' },
		'/account?/password': {
			page: '/account',
			as: 'member',
			fill: { currentPassword: people.member.password, newPassword: 'another-long-password-2569' }
		},
		'/language?/default': { page: '/', answer: 'goes on' },
		'/login?/default': {
			page: '/login',
			as: 'nobody',
			fill: { username: people.reviewer.username, password: people.reviewer.password },
			answer: 'goes on'
		},
		'/account/notifications?/default': {
			page: '/account/notifications',
			as: 'member',
			fill: { 'review.returned': 'digest' }
		},
		// The reviewer was told of every submission above.
		'/notifications?/read': { page: '/notifications', as: 'reviewer' },
		'/admin/outbox?/retry': {
			page: '/admin/outbox',
			elsewhere: 'tests/integration/notifications.test.ts (no message fails without a mail server)'
		},
		'/logout?/default': { page: '/', as: 'member', answer: 'goes on' }
	};
}

let app: RunningApp;
let browser: Browser;
let requests: ApiRequests;
const contexts = new Map<Someone, BrowserContext>();
const session = { baseUrl: '', cookie: '' };

beforeAll(async () => {
	[app, browser] = await Promise.all([startBuiltApp(), launchBrowser()]);
	session.baseUrl = app.baseUrl;
	session.cookie = await adminCookie(app.baseUrl);
	requests = apiRequests(session);
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

/**
 * A browser context in someone's session. Its scripts run (axe needs them), and no form of the pages
 * is enhanced by them, so each form posts as a browser without scripts posts it.
 */
async function contextOf(someone: Someone, cookies: Record<Someone, string>) {
	const known = contexts.get(someone);
	if (known) return known;
	const context = await browser.newContext();
	const cookie = cookies[someone];
	const at = cookie.indexOf('=');
	if (at > 0) {
		await context.addCookies([
			{ name: cookie.slice(0, at), value: cookie.slice(at + 1), url: app.baseUrl }
		]);
	}
	contexts.set(someone, context);
	return context;
}

/** The route a page address belongs to, as a pattern: `/partners/[id]` takes `/partners/…`. */
const routePattern = (route: string) =>
	`^${route === '/' ? '/' : route.replace(/\[[^\]]+\]/g, '[^/]+')}$`;

/**
 * The button that posts the page's form to `action` of `route`: its own `formaction`, else its
 * form's `action`, read as the browser reads it (no action named is `default`).
 */
async function submitButton(page: Page, route: string, action: string): Promise<Locator | null> {
	const pattern = new RegExp(routePattern(route));
	const buttons = page.locator('form button:not([type="button"]):not([type="reset"])');
	for (let index = 0; index < (await buttons.count()); index++) {
		const button = buttons.nth(index);
		const form = button.locator('xpath=ancestor::form[1]');
		if ((await form.getAttribute('method'))?.toLowerCase() !== 'post') continue;
		const address = new URL(
			(await button.getAttribute('formaction')) ?? (await form.getAttribute('action')) ?? '',
			page.url()
		);
		const named = /[?&]\/([^&=]+)/.exec(address.search)?.[1] ?? 'default';
		if (named === action && pattern.test(address.pathname)) return button;
	}
	return null;
}

/** Posts one form from its page as the browser does; says what went wrong, if anything. */
async function postForm(page: Page, name: string, post: FormPost): Promise<string | null> {
	const [route = '', action = ''] = name.split('?/');
	await page.goto(`${app.baseUrl}${post.page}`);
	const button = await submitButton(page, route, action);
	if (!button) return `no such form on ${post.page}`;
	const folded = button.locator('xpath=ancestor::details[not(@open)]/summary');
	for (let index = 0; index < (await folded.count()); index++) await folded.nth(index).click();
	const form = button.locator('xpath=ancestor::form[1]');
	for (const [field, value] of Object.entries(post.fill ?? {})) {
		const named = `[name="${field}"]`;
		if (await form.locator(`select${named}`).count()) {
			await form.locator(`select${named}`).selectOption(value);
		} else if (await form.locator(`input:is([type="checkbox"], [type="radio"])${named}`).count()) {
			for (const each of [value].flat()) await form.locator(`${named}[value="${each}"]`).check();
		} else await form.locator(named).fill([value].flat().join('\n'));
	}
	for (const [field, file] of Object.entries(post.files ?? {})) {
		await form.locator(`[name="${field}"]`).setInputFiles(file);
	}
	// The page the answer leads to is loaded before going on: a page closed while it loads may
	// never close.
	const [response] = await Promise.all([
		page.waitForResponse((response) => response.request().method() === 'POST'),
		page.waitForEvent('load'),
		button.click()
	]);
	const status = response.status();
	const location = response.headers().location ?? '';
	const expected = post.answer ?? 'saved';
	if (expected === 'form') return status === 200 ? null : `${status}, not the form again`;
	if (status !== 303) return `${status} ${(await response.text()).slice(0, 300)}`;
	if (expected === 'goes on') return null;
	const notice = await page.locator('.notice[role="status"]').allTextContents();
	if (!location.includes('saved=') || !notice.join('').trim()) {
		return `303 to ${location}, which shows no notice`;
	}
	await expectAccessible(page);
	return null;
}

describe('every form of the pages, posted as the browser posts it', () => {
	it(
		'answers a successful post with 303 to a page that says what was saved',
		async () => {
			const member = await requests.newUser(['viewer']);
			const reviewer = await requests.newUser(['iao_officer']);
			const cookies = { admin: session.cookie, reviewer: reviewer.cookie, member: member.cookie };
			const posts = await formPosts(await makeRecords(requests), requests, {
				admin: { username: 'admin', password: '' },
				reviewer,
				member,
				nobody: { username: '', password: '' }
			});
			expect(Object.keys(posts).sort()).toEqual(formActions().sort());
			const failures: string[] = [];
			for (const [name, post] of Object.entries(posts)) {
				if (post.elsewhere) continue;
				const context = await contextOf(post.as ?? 'admin', { ...cookies, nobody: '' });
				const page = await context.newPage();
				page.setDefaultTimeout(10_000);
				const failure = await postForm(page, name, post).catch(
					(error: Error) => error.message.split('\n')[0]
				);
				if (failure) failures.push(`${name}: ${failure}`);
				await page.close();
			}
			expect(failures).toEqual([]);
		},
		10 * minutes
	);
});
