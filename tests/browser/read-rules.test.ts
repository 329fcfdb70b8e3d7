import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededApp } from './seeded.ts';
import { adminCookie, type RunningApp } from './server.ts';

/**
 * The read-rules matrix of decision 0013: every read route × role × record state, over HTTP on
 * the built app. A case passes when the route answers as the rule says and a record the role
 * may not read leaves no trace of its content in the body.
 */

const roles = [
	'admin',
	'iaoOfficer',
	'ownReporter',
	'otherReporter',
	'executive',
	'otherViewer',
	'ownViewer'
] as const;
type Role = (typeof roles)[number];

const workStates = ['draft', 'returned', 'submitted', 'approved'] as const;
type WorkState = (typeof workStates)[number];
const circularStates = ['sentToOwn', 'sentToOther'] as const;
type CircularState = (typeof circularStates)[number];

/** Own agency A owns the work and receives one circular; the other agency B receives the other. */
const agencyOf: Record<Role, 'A' | 'B' | null> = {
	admin: null,
	iaoOfficer: null,
	ownReporter: 'A',
	otherReporter: 'B',
	executive: null,
	otherViewer: 'B',
	ownViewer: 'A'
};

const mayReadCircular = (role: Role, state: CircularState) =>
	['admin', 'iaoOfficer', 'executive'].includes(role) ||
	agencyOf[role] === (state === 'sentToOwn' ? 'A' : 'B');

const mayReadWork = (role: Role, state: WorkState) =>
	state === 'submitted' ||
	state === 'approved' ||
	['admin', 'iaoOfficer', 'ownReporter'].includes(role);

/** A word found only in one record: letters only, so search takes it as one word. */
const marker = () =>
	`zq${Array.from(randomBytes(10), (byte) => String.fromCharCode(97 + (byte % 26))).join('')}`;

interface Answer {
	status: number;
	body: string;
}

interface Fixtures {
	circular: Record<CircularState, { id: string; marker: string; fileId: string }>;
	practiceId: string;
	report: Record<WorkState, { projectId: string; marker: string }>;
	kpiId: string;
	result: Record<WorkState, { fiscalYear: number; marker: string; fileId: string }>;
}

let app: RunningApp;
let admin = '';
const cookies = {} as Record<Role, string>;
let fixtures: Fixtures;

async function request(cookie: string, path: string, init: RequestInit = {}): Promise<Response> {
	return fetch(`${app.baseUrl}${path}`, {
		...init,
		redirect: 'manual',
		headers: { cookie, origin: app.baseUrl, ...init.headers }
	});
}

async function sendJson<T>(cookie: string, method: string, path: string, body: unknown) {
	const response = await request(cookie, path, {
		method,
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
	if (!response.ok)
		throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
	return (await response.json()) as T;
}

const getJson = <T>(cookie: string, path: string) => sendJson<T>(cookie, 'GET', path, undefined);

async function logIn(username: string, password: string): Promise<string> {
	const response = await request('', '/api/v1/session', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ username, password })
	});
	expect(response.status).toBe(200);
	return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** Posts a page's form action the way a browser without JavaScript does. */
async function formAction(cookie: string, path: string, fields: Record<string, string | File>) {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) form.append(name, value);
	const response = await request(cookie, path, {
		method: 'POST',
		headers: { accept: 'text/html' },
		body: form
	});
	expect(response.status).toBeLessThan(400);
}

const evidenceFile = (text: string) =>
	new File([`evidence ${text}\n`], `${text}.txt`, { type: 'text/plain' });

async function setUp(): Promise<Fixtures> {
	const { items: agencies } = await getJson<{ items: { id: string; code: string }[] }>(
		admin,
		'/api/v1/agencies'
	);
	const plans = await getJson<{ items: { id: string; code: string }[] }>(admin, '/api/v1/plans');
	const plan = plans.items.find((item) => item.code === 'IAO-FA-2566-2570');
	interface Element {
		children: Element[];
		kpis: { id: string }[];
	}
	const { elements } = await getJson<{ elements: Element[] }>(admin, `/api/v1/plans/${plan?.id}`);
	const all = (nodes: Element[]): Element[] => nodes.flatMap((n) => [n, ...all(n.children)]);
	const kpiId = all(elements).flatMap((element) => element.kpis)[0]?.id ?? '';
	const kpi = await getJson<{ agencies: { id: string; role: string }[] }>(
		admin,
		`/api/v1/kpis/${kpiId}`
	);
	const own = agencies.find((agency) =>
		kpi.agencies.some((lead) => lead.role === 'lead' && lead.id === agency.id)
	);
	const other = agencies.find((agency) => agency.id !== own?.id && agency.code !== 'BMA');
	if (!own || !other) throw new Error('no agencies to test with');

	const password = 'a-long-read-rules-password';
	const userRoles: Record<Role, string[]> = {
		admin: ['admin'],
		iaoOfficer: ['iao_officer'],
		ownReporter: ['agency_reporter'],
		otherReporter: ['agency_reporter'],
		executive: ['executive'],
		otherViewer: ['viewer'],
		ownViewer: ['viewer']
	};
	for (const role of roles) {
		const username = `rr-${role.toLowerCase()}-${randomBytes(3).toString('hex')}`;
		const agency = agencyOf[role];
		await sendJson(admin, 'POST', '/api/v1/users', {
			username,
			displayName: role,
			password,
			roles: userRoles[role],
			agencyIds: agency === 'A' ? [own.id] : agency === 'B' ? [other.id] : []
		});
		cookies[role] = await logIn(username, password);
	}
	const officer = cookies.iaoOfficer;
	const reporter = cookies.ownReporter;

	const practice = await sendJson<{ id: string }>(officer, 'POST', '/api/v1/practices', {
		sourceKind: 'city',
		sourceName: 'เมืองทดสอบ',
		titleTh: 'แนวปฏิบัติสำหรับทดสอบสิทธิ์การอ่าน',
		summaryTh: 'ใช้ทดสอบว่าใครอ่านหนังสือเวียนได้',
		actions: ['ทดสอบ'],
		measureCategories: ['social_protection'],
		sdgs: [11]
	});
	const circular = {} as Fixtures['circular'];
	for (const state of circularStates) {
		const text = marker();
		const sent = await sendJson<{ id: string }>(officer, 'POST', '/api/v1/circulars', {
			documentNumber: `กท 0410/${text}`,
			issuedOn: '2026-01-15',
			subject: `หนังสือเวียน ${text}`,
			fromText: 'สำนักงานการต่างประเทศ',
			toText: 'หน่วยงานผู้รับ',
			body: `เนื้อหา ${text}`,
			practiceIds: [practice.id],
			recipientAgencyIds: [state === 'sentToOwn' ? own.id : other.id]
		});
		await formAction(officer, `/knowledge/circulars/${sent.id}?/attach`, {
			files: evidenceFile(text)
		});
		const detail = await getJson<{ attachments: { id: string }[] }>(
			officer,
			`/api/v1/circulars/${sent.id}`
		);
		circular[state] = { id: sent.id, marker: text, fileId: detail.attachments[0]?.id ?? '' };
	}

	const report = {} as Fixtures['report'];
	for (const state of workStates) {
		const project = await sendJson<{ id: string }>(officer, 'POST', '/api/v1/projects', {
			titleTh: 'โครงการทดสอบสิทธิ์การอ่าน',
			fiscalYear: 2569,
			startDate: '2025-10-01',
			endDate: '2026-09-30',
			leadAgencies: [own.code]
		});
		const text = marker();
		const path = `/api/v1/projects/${project.id}/reports`;
		let current = await sendJson<{ version: number }>(reporter, 'POST', path, {
			reportedOn: '2025-12-15',
			statusText: `ความก้าวหน้า ${text}`,
			percentDone: 30,
			budgetDisbursed: 0,
			onPlan: true,
			onTarget: true,
			projectStatus: null
		});
		if (state !== 'draft') {
			current = await sendJson(reporter, 'POST', `${path}/1/submit`, { version: current.version });
		}
		if (state === 'returned' || state === 'approved') {
			await sendJson(officer, 'POST', `${path}/1/review`, {
				version: current.version,
				decision: state === 'approved' ? 'approve' : 'return',
				comment: state === 'returned' ? 'โปรดแก้ไข' : undefined
			});
		}
		report[state] = { projectId: project.id, marker: text };
	}

	const result = {} as Fixtures['result'];
	for (const [index, state] of workStates.entries()) {
		const fiscalYear = 2566 + index;
		const text = marker();
		await formAction(reporter, `/kpis/${kpiId}?/${state === 'draft' ? 'save' : 'submit'}`, {
			fiscalYear: String(fiscalYear),
			value: '1',
			evidenceTh: `หลักฐาน ${text}`,
			files: evidenceFile(text)
		});
		const detail = await getJson<{
			results: { fiscalYear: number; version: number; attachments: { id: string }[] }[];
		}>(officer, `/api/v1/kpis/${kpiId}`);
		const saved = detail.results.find((row) => row.fiscalYear === fiscalYear);
		if (state === 'returned' || state === 'approved') {
			await sendJson(officer, 'POST', `/api/v1/kpis/${kpiId}/results/${fiscalYear}/review`, {
				version: saved?.version,
				decision: state === 'approved' ? 'approve' : 'return',
				comment: state === 'returned' ? 'โปรดแนบหลักฐานเพิ่ม' : undefined
			});
		}
		result[state] = { fiscalYear, marker: text, fileId: saved?.attachments[0]?.id ?? '' };
	}
	return { circular, practiceId: practice.id, report, kpiId, result };
}

async function answer(role: Role, path: string): Promise<Answer> {
	const response = await request(cookies[role], path);
	const bytes = new Uint8Array(await response.arrayBuffer());
	const type = response.headers.get('content-type') ?? '';
	if (!type.includes('spreadsheetml')) {
		return { status: response.status, body: new TextDecoder().decode(bytes) };
	}
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
	const cells: string[] = [];
	workbook.eachSheet((sheet) =>
		sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))))
	);
	return { status: response.status, body: cells.join('\n') };
}

const searchTotal = (body: string) => (JSON.parse(body) as { total: number }).total;

interface Route<State> {
	name: string;
	/** The record is named by a detail route: an unreadable one is a 404 there. */
	detail: boolean;
	path: (state: State) => string;
	/** What the reader sees of a readable record, beyond its marker; by default the marker alone. */
	shows?: (state: State, seen: Answer) => boolean;
	/** Whether a readable record's marker is expected at all (the official report holds approved reports only). */
	holds?: (state: State) => boolean;
	/**
	 * What of the record shows in the body when it is read; by default its marker. Search pages
	 * repeat the query, so there the record's own address is the trace.
	 */
	trace?: (state: State) => string;
	/** Extra facts a route must state, readable or not (search totals). */
	count?: (seen: Answer, readable: boolean) => void;
}

const circularRoutes: Route<CircularState>[] = [
	{
		name: 'circular page',
		detail: true,
		path: (s) => `/knowledge/circulars/${fixtures.circular[s].id}`
	},
	{
		name: 'circular API',
		detail: true,
		path: (s) => `/api/v1/circulars/${fixtures.circular[s].id}`
	},
	{
		name: 'circular file',
		detail: true,
		path: (s) => `/attachments/${fixtures.circular[s].fileId}`
	},
	{ name: 'circulars page', detail: false, path: () => '/knowledge/circulars' },
	{ name: 'circulars API', detail: false, path: () => '/api/v1/circulars' },
	{
		name: 'practice page',
		detail: false,
		path: () => `/knowledge/practices/${fixtures.practiceId}`
	},
	{ name: 'practice API', detail: false, path: () => `/api/v1/practices/${fixtures.practiceId}` },
	{
		name: 'search API',
		detail: false,
		path: (s) => `/api/v1/search?q=${fixtures.circular[s].marker}`,
		trace: (s) => `/knowledge/circulars/${fixtures.circular[s].id}`,
		count: (seen, readable) => expect(searchTotal(seen.body)).toBe(readable ? 1 : 0)
	},
	{
		name: 'search page',
		detail: false,
		path: (s) => `/search?q=${fixtures.circular[s].marker}`,
		trace: (s) => `/knowledge/circulars/${fixtures.circular[s].id}`
	}
];

const awaitingReview = (state: WorkState, seen: Answer) =>
	state !== 'submitted' || seen.body.includes('ส่งแล้ว รอตรวจ');

const project = (state: WorkState) => fixtures.report[state].projectId;

const reportRoutes: Route<WorkState>[] = [
	{
		name: 'project page',
		detail: false,
		path: (s) => `/projects/${project(s)}`,
		shows: awaitingReview
	},
	{ name: 'project API', detail: false, path: (s) => `/api/v1/projects/${project(s)}` },
	{
		name: 'reports.csv',
		detail: false,
		path: (s) => `/projects/${project(s)}/reports.csv`,
		shows: awaitingReview
	},
	{
		name: 'reports.xlsx',
		detail: false,
		path: (s) => `/projects/${project(s)}/reports.xlsx`,
		shows: awaitingReview
	},
	{
		name: 'official report print',
		detail: false,
		path: (s) => `/projects/${project(s)}/print`,
		holds: (s) => s === 'approved'
	},
	{
		name: 'official report PDF',
		detail: false,
		path: (s) => `/projects/${project(s)}/report.pdf`,
		// Drawn text is compressed: the route is checked for its answer; its content is the print page's.
		holds: () => false
	},
	{
		name: 'official report PDF API',
		detail: false,
		path: (s) => `/api/v1/projects/${project(s)}/report.pdf`,
		holds: () => false
	},
	{
		name: 'search API',
		detail: false,
		path: (s) => `/api/v1/search?q=${fixtures.report[s].marker}`,
		trace: (s) => `/projects/${project(s)}`,
		count: (seen, readable) => expect(searchTotal(seen.body)).toBe(readable ? 1 : 0)
	},
	{
		name: 'search page',
		detail: false,
		path: (s) => `/search?q=${fixtures.report[s].marker}`,
		trace: (s) => `/projects/${project(s)}`
	}
];

const resultRoutes: Route<WorkState>[] = [
	{
		name: 'KPI page',
		detail: false,
		path: (s) => `/kpis/${fixtures.kpiId}?fiscalYear=${fixtures.result[s].fiscalYear}`,
		shows: awaitingReview
	},
	{ name: 'KPI API', detail: false, path: () => `/api/v1/kpis/${fixtures.kpiId}` },
	{
		name: 'KPI evidence file',
		detail: true,
		path: (s) => `/attachments/${fixtures.result[s].fileId}`
	}
];

interface Case {
	kind: 'circular' | 'progress report' | 'KPI result';
	route: Route<never>;
	role: Role;
	state: string;
	readable: boolean;
	marker: () => string;
}

const cases: Case[] = [
	...circularRoutes.flatMap((route) =>
		circularStates.flatMap((state) =>
			roles.map((role) => ({
				kind: 'circular' as const,
				route: route as Route<never>,
				role,
				state,
				readable: mayReadCircular(role, state),
				marker: () => fixtures.circular[state].marker
			}))
		)
	),
	...[
		['progress report', reportRoutes, (s: WorkState) => fixtures.report[s].marker] as const,
		['KPI result', resultRoutes, (s: WorkState) => fixtures.result[s].marker] as const
	].flatMap(([kind, routes, markerOf]) =>
		routes.flatMap((route) =>
			workStates.flatMap((state) =>
				roles.map((role) => ({
					kind,
					route: route as Route<never>,
					role,
					state,
					readable: mayReadWork(role, state),
					marker: () => markerOf(state)
				}))
			)
		)
	)
];

beforeAll(async () => {
	app = await startSeededApp();
	admin = await adminCookie(app.baseUrl);
	cookies.admin = admin;
	fixtures = await setUp();
}, 240_000);
afterAll(() => app?.stop());

describe(`the read-rules matrix (${cases.length} cases)`, () => {
	it.each(cases)('$kind $state · $route.name · $role → $readable', async (matrixCase) => {
		const { route, role, state, readable } = matrixCase;
		const seen = await answer(role, route.path(state as never));
		const holds = route.holds?.(state as never) ?? true;
		if (route.detail && !readable) expect(seen.status).toBe(404);
		else expect(seen.status).toBe(200);
		const trace = route.trace?.(state as never) ?? matrixCase.marker();
		expect(seen.body.includes(trace)).toBe(readable && holds);
		if (readable) expect(route.shows?.(state as never, seen) ?? true).toBe(true);
		route.count?.(seen, readable);
	});
});
