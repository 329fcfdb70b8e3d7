import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededApp } from './seeded.ts';
import { adminCookie, type RunningApp } from './server.ts';

/** Four eyes on the pages: the submitter is not offered approve or return, and is told why. */

let app: RunningApp;
let admin = '';

const request = (cookie: string, path: string, init: RequestInit = {}) =>
	fetch(`${app.baseUrl}${path}`, {
		...init,
		redirect: 'manual',
		headers: { cookie, origin: app.baseUrl, ...init.headers }
	});

async function sendJson<T>(cookie: string, method: string, path: string, body?: unknown) {
	const response = await request(cookie, path, {
		method,
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
	return (await response.json()) as T;
}

async function officer(): Promise<string> {
	const username = `four-eyes-${randomBytes(3).toString('hex')}`;
	const password = 'a-long-four-eyes-password';
	await sendJson(admin, 'POST', '/api/v1/users', {
		username,
		displayName: username,
		password,
		roles: ['iao_officer']
	});
	const login = await request('', '/api/v1/session', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ username, password })
	});
	return (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

const page = async (cookie: string, path: string) => (await request(cookie, path)).text();

const approveButton = /<button[^>]*formaction="\?\/approve#report"/;
const ownSubmission = 'ท่านเป็นผู้ส่งรายการนี้ จึงอนุมัติหรือส่งกลับเองไม่ได้';

beforeAll(async () => {
	app = await startSeededApp();
	admin = await adminCookie(app.baseUrl);
}, 120_000);
afterAll(() => app?.stop());

describe('four eyes on the pages', () => {
	it('does not offer the submitter a review, refuses one posted anyway, and lets a colleague review', async () => {
		const submitter = await officer();
		const colleague = await officer();
		const project = await sendJson<{ id: string }>(submitter, 'POST', '/api/v1/projects', {
			titleTh: 'โครงการตรวจสี่ตา',
			fiscalYear: 2569,
			startDate: '2025-10-01',
			endDate: '2026-09-30',
			leadAgencies: ['IAO']
		});
		const reports = `/api/v1/projects/${project.id}/reports`;
		const draft = await sendJson<{ version: number }>(submitter, 'POST', reports, {
			reportedOn: '2025-12-15',
			statusText: 'ประชุมหารือแล้ว',
			percentDone: 30,
			budgetDisbursed: 0,
			onPlan: true,
			onTarget: true,
			projectStatus: null
		});
		const submitted = await sendJson<{ version: number }>(
			submitter,
			'POST',
			`${reports}/1/submit`,
			{ version: draft.version }
		);

		const own = await page(submitter, `/projects/${project.id}`);
		expect(own).toContain(ownSubmission);
		expect(own).not.toMatch(approveButton);

		const form = new FormData();
		form.append('sequence', '1');
		form.append('version', String(submitted.version));
		const posted = await request(submitter, `/projects/${project.id}?/approve`, {
			method: 'POST',
			headers: { accept: 'text/html' },
			body: form
		});
		expect(posted.status).toBe(403);
		expect(await posted.text()).toContain('อนุมัติหรือส่งกลับเองไม่ได้');
		const after = await sendJson<{ reports: { state: string }[] }>(
			submitter,
			'GET',
			`/api/v1/projects/${project.id}`
		);
		expect(after.reports.map((report) => report.state)).toEqual(['submitted']);

		const theirs = await page(colleague, `/projects/${project.id}`);
		expect(theirs).not.toContain(ownSubmission);
		expect(theirs).toMatch(approveButton);
	});

	it('does not offer the submitter a review of a KPI result either', async () => {
		const submitter = await officer();
		const colleague = await officer();
		const { items } = await sendJson<{ items: { id: string; code: string }[] }>(
			admin,
			'GET',
			'/api/v1/plans'
		);
		const plan = items.find((item) => item.code === 'IAO-FA-2566-2570');
		interface Element {
			children: Element[];
			kpis: { id: string }[];
		}
		const { elements } = await sendJson<{ elements: Element[] }>(
			admin,
			'GET',
			`/api/v1/plans/${plan?.id}`
		);
		const all = (nodes: Element[]): Element[] => nodes.flatMap((n) => [n, ...all(n.children)]);
		const kpiId = all(elements).flatMap((element) => element.kpis)[1]?.id ?? '';
		const path = `/api/v1/kpis/${kpiId}/results/2567`;
		const draft = await sendJson<{ version: number }>(submitter, 'PUT', path, {
			value: 1,
			evidenceTh: 'ส่งเพื่อตรวจสี่ตา'
		});
		await sendJson(submitter, 'POST', `${path}/submit`, { version: draft.version });

		const kpiPage = `/kpis/${kpiId}?fiscalYear=2567`;
		const approve = /formaction="\?fiscalYear=2567&amp;\/approve#report"/;
		const own = await page(submitter, kpiPage);
		expect(own).toContain(ownSubmission);
		expect(own).not.toMatch(approve);
		const theirs = await page(colleague, kpiPage);
		expect(theirs).not.toContain(ownSubmission);
		expect(theirs).toMatch(approve);
	});
});
