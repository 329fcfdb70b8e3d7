import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../src/lib/dates.ts';
import { openDatabase, queryRows, type Db } from '../../src/lib/server/db/client.ts';
import '../../src/lib/server/modules.ts';
import { agencies } from '../../src/lib/server/platform/schema.ts';
import { reviewKpiResult, submitKpiResult } from '../../src/lib/server/plans/kpi-results.ts';
import {
	makeEngagement,
	makeKpiResult,
	makeProject,
	makeUser,
	testPassword
} from '../factories/index.ts';
import { expectAccessible, launchBrowser, logInAs, openPage, visit } from './browser.ts';
import { seededDataDir } from './seeded.ts';
import { startBuiltApp, type RunningApp } from './server.ts';

const fiscalYear = 2568;
const plan = 'IAO-FA-2566-2570';
const executive = { username: 'executive.overview', password: testPassword };
const dataDir = seededDataDir('saphan-overview-');
let app: RunningApp;
let browser: Browser;
/** Every figure the view should show, counted by the test's own SQL: key → count. */
const expected = new Map<string, number>();

/** The records the figures count, made through the use cases as the office would. */
async function makeRecords(db: Db) {
	const agencyId = async (code: string) =>
		(await db.select().from(agencies).where(eq(agencies.code, code)))[0]?.id ?? '';
	await makeUser(db, { username: executive.username, roles: ['executive'] });
	const { actor: reporter } = await makeUser(db, {
		roles: ['agency_reporter'],
		agencyIds: [await agencyId('IAO')]
	});
	const { actor: officer } = await makeUser(db, { roles: ['iao_officer'] });
	// Commitments overdue, due within 30 days (one of two agencies, listed under both on the
	// board), due later, done and without a date: the view's figures and the board's lists.
	const today = todayIso();
	const [iao, culture] = [await agencyId('IAO'), await agencyId('CULTURE')];
	const commitment = (
		titleTh: string,
		dueOn: string | null,
		status = 'open',
		agencyIds = [iao]
	) => ({
		titleTh,
		scope: 'bilateral' as const,
		agencyIds,
		status: status as 'open',
		...(dueOn ? { dueOn } : {})
	});
	await makeEngagement(db, {
		commitments: [
			commitment('เลยกำหนดแล้ว', addDays(today, -3)),
			commitment('เลยกำหนด กำลังทำ', addDays(today, -40), 'in_progress'),
			commitment('ครบกำหนดวันนี้', today, 'open', [iao, culture]),
			commitment('ครบกำหนดในสามสิบวัน', addDays(today, 30)),
			commitment('ครบกำหนดหลังสามสิบวัน', addDays(today, 31)),
			commitment('เสร็จแล้ว', addDays(today, -3), 'done'),
			commitment('ไม่มีกำหนด', null)
		]
	});
	await makeProject(db, {
		leadAgency: 'IAO',
		fiscalYear,
		budgetReceived: 800_000,
		alignment: [{ plan, element: '1.1' }]
	});
	await makeProject(db, {
		leadAgency: 'IAO',
		fiscalYear,
		budgetReceived: 300_000,
		alignment: [{ plan, element: '2.2' }],
		reports: [
			{
				sequence: 1,
				reportedOn: '2024-11-05',
				statusText: 'เสร็จสิ้นแล้ว',
				percentDone: 100,
				budgetDisbursed: 250_000,
				onPlan: true,
				onTarget: true
			}
		]
	});
	// Led by CULTURE and supported by IAO, with no report: overdue under CULTURE only.
	await makeProject(db, {
		leadAgency: 'CULTURE',
		supportingAgencies: ['IAO'],
		fiscalYear,
		budgetReceived: 100_000,
		alignment: [{ plan, element: '1.1' }]
	});
	const kpiId = async (code: string) =>
		(
			await queryRows<{ id: string }>(
				db,
				sql`SELECT k.id FROM kpis k JOIN plans p ON p.id = k.plan_id WHERE p.code = ${plan} AND k.code = ${code}`
			)
		)[0]?.id ?? '';
	// 1.1 met in FY2568 (level 3 against a target of 3), 1.3 submitted and waiting, 2.1 a draft.
	const met = await makeKpiResult(db, await kpiId('1.1'), { fiscalYear, value: 3 }, reporter);
	const sent = await submitKpiResult(db, { actor: reporter }, met.kpiId, fiscalYear, met.version);
	await reviewKpiResult(db, { actor: officer }, met.kpiId, fiscalYear, {
		decision: 'approve',
		version: sent.version
	});
	const waiting = await makeKpiResult(db, await kpiId('1.3'), { fiscalYear, value: 1 }, reporter);
	await submitKpiResult(db, { actor: reporter }, waiting.kpiId, fiscalYear, waiting.version);
	await makeKpiResult(db, await kpiId('2.1'), { fiscalYear, value: 2 }, reporter);
}

/**
 * The figures counted again in SQL of the test's own, not the app's queries: the status rule
 * (decision 0004) over the results an executive reads (submitted and approved), projects by
 * status, agency and strategy, monthly rounds all due for a year that has ended, partners,
 * agreements, engagements and commitments by their dates.
 */
async function countInSql(db: Db) {
	const today = todayIso();
	const count = async (key: string, query: ReturnType<typeof sql>) => {
		for (const row of await queryRows<{ key: string; n: number }>(db, query)) {
			expected.set(`${key}:${row.key}`, Number(row.n));
		}
	};
	for (const year of [fiscalYear, fiscalYear - 1]) {
		await count(
			`kpi:${year}`,
			sql`WITH status AS (
				SELECT k.id, e.id AS tactic, e.parent_id AS strategy,
					CASE
						WHEN r.id IS NULL THEN 'not_reported'
						WHEN r.status <> 'approved' OR t.value IS NULL OR r.value IS NULL THEN 'pending'
						WHEN (k.direction = 'increase' AND r.value >= t.value)
							OR (k.direction = 'decrease' AND r.value <= t.value) THEN 'met'
						ELSE 'not_met'
					END AS status
				FROM kpis k
				JOIN plans p ON p.id = k.plan_id AND p.code = ${plan}
				JOIN plan_elements e ON e.id = k.element_id
				LEFT JOIN kpi_targets t ON t.kpi_id = k.id AND t.fiscal_year = ${year}
				LEFT JOIN kpi_results r ON r.kpi_id = k.id AND r.fiscal_year = ${year}
					AND r.status IN ('submitted', 'approved')
			)
			SELECT el.element || '|' || status.status AS key, count(*) AS n FROM status
			CROSS JOIN LATERAL (VALUES (status.tactic), (status.strategy)) AS el(element)
			GROUP BY 1`
		);
	}
	await count(
		'elements',
		sql`SELECT 'strategy-or-tactic' AS key, count(*) AS n FROM plan_elements e
			JOIN plans p ON p.id = e.plan_id AND p.code = ${plan} WHERE e.kind IN ('strategy', 'tactic')`
	);
	await count(
		'projects:status',
		sql`SELECT status AS key, count(*) AS n FROM projects WHERE fiscal_year = ${fiscalYear} GROUP BY status
			UNION ALL SELECT 'all', count(*) FROM projects WHERE fiscal_year = ${fiscalYear}`
	);
	await count(
		'projects:agency',
		sql`SELECT a.code AS key, count(DISTINCT p.id) AS n FROM projects p
			JOIN project_agencies pa ON pa.project_id = p.id JOIN agencies a ON a.id = pa.agency_id
			WHERE p.fiscal_year = ${fiscalYear} GROUP BY a.code`
	);
	await count(
		'projects:element',
		sql`SELECT s.id AS key, count(DISTINCT p.id) AS n FROM plan_elements s
			JOIN plans pl ON pl.id = s.plan_id AND pl.code = ${plan}
			JOIN plan_elements t ON t.id = s.id OR t.parent_id = s.id
				OR t.parent_id IN (SELECT id FROM plan_elements WHERE parent_id = s.id)
			JOIN project_plan_links l ON l.element_id = t.id
			JOIN projects p ON p.id = l.project_id AND p.fiscal_year = ${fiscalYear}
			WHERE s.kind = 'strategy' GROUP BY s.id`
	);
	await count(
		'overdue:agency',
		sql`SELECT a.code AS key, count(*) AS n FROM projects p
			JOIN project_agencies pa ON pa.project_id = p.id AND pa.role = 'lead'
			JOIN agencies a ON a.id = pa.agency_id
			WHERE p.fiscal_year = ${fiscalYear} AND p.status NOT IN ('completed', 'cancelled')
			AND (SELECT count(*) FROM progress_reports r WHERE r.project_id = p.id
				AND r.state IN ('submitted', 'approved')) < 12
			GROUP BY a.code`
	);
	await count(
		'partners:region',
		sql`SELECT c.region_group AS key, count(*) AS n FROM partners p
			JOIN countries c ON c.code = p.country_code GROUP BY c.region_group`
	);
	await count(
		'partners',
		sql`SELECT 'dormant' AS key, count(*) AS n FROM partners WHERE status = 'dormant'
			OR (status = 'active' AND (last_activity_on IS NULL
				OR last_activity_on < ${today}::date - interval '3 years'))`
	);
	const current = sql`status IN ('in_force', 'under_review')`;
	await count(
		'list',
		sql`SELECT 'agreements-review' AS key, count(*) AS n FROM agreements
				WHERE ${current} AND review_on <= ${today}::date + 90
			UNION ALL SELECT 'agreements-anniversaries', count(*) FROM (
				SELECT (extract(year FROM ${today}::date) - extract(year FROM signed_on))::int AS years
				FROM agreements WHERE ${current} AND signed_on IS NOT NULL) signed
				WHERE years IN (5, 10) OR (years >= 20 AND years % 5 = 0)
			UNION ALL SELECT 'overview-engagements', count(*) FROM engagements
				WHERE ends_on >= ${today}::date AND starts_on <= ${today}::date + 60
			UNION ALL SELECT 'commitments-overdue', count(*) FROM commitments
				WHERE status IN ('open', 'in_progress') AND due_on < ${today}::date
			UNION ALL SELECT 'commitments-due', count(*) FROM commitments
				WHERE status IN ('open', 'in_progress') AND due_on >= ${today}::date
				AND due_on <= ${today}::date + 30`
	);
}

beforeAll(async () => {
	const database = await openDatabase({ dataDir });
	try {
		await makeRecords(database.db);
		await countInSql(database.db);
	} finally {
		await database.close();
	}
	[app, browser] = await Promise.all([startBuiltApp({ dataDir }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
	rmSync(dataDir, { recursive: true, force: true });
});

interface Figure {
	kind: string;
	href: string | null;
	/** The heading that holds the figure, for the counts of the lists on the page itself. */
	heading: string | null;
	value: number;
}

const figuresOf = (page: Page): Promise<Figure[]> =>
	page.locator('main [data-figure]').evaluateAll((elements) =>
		elements.map((element) => ({
			kind: element.getAttribute('data-figure') ?? '',
			href: element.getAttribute('href'),
			heading: element.closest('h2, h3')?.id ?? null,
			value: Number((element.textContent ?? '').replace(/[,\s]/g, ''))
		}))
	);

/** The key of the SQL count a figure should equal, read from the list it links to. */
function keyOf(figure: Figure): string {
	const query = new URL(figure.href ?? '/', 'http://x').searchParams;
	switch (figure.kind) {
		case 'kpi':
			return `kpi:${query.get('fiscalYear')}:${query.get('element')}|${query.get('status')}`;
		case 'projects':
			if (query.get('status')) return `projects:status:${query.get('status')}`;
			if (query.get('agency')) return `projects:agency:${query.get('agency')}`;
			if (query.get('element')) return `projects:element:${query.get('element')}`;
			return 'projects:status:all';
		case 'overdue':
			return `overdue:agency:${query.get('agency')}`;
		case 'partners':
			return query.get('region')
				? `partners:region:${query.get('region')}`
				: `partners:${query.get('status')}`;
		default:
			return `list:${figure.heading}`;
	}
}

describe('the executive view', () => {
	it('shows an executive, for FY2568, figures that each equal a count of the SQL made here', async () => {
		const page = await openPage(browser);
		await logInAs(page, app.baseUrl, executive);
		await page.getByLabel('ปีงบประมาณ', { exact: true }).selectOption(String(fiscalYear));
		await page.getByRole('button', { name: 'แสดง' }).click();
		await page.waitForURL(`**/?fiscalYear=${fiscalYear}`);
		await expectAccessible(page);
		expect(await page.getByRole('img', { name: /จำนวนตัวชี้วัดตามสถานะ/ }).count()).toBe(1);
		// Above the view, what waits for the executive, each section linked to my work.
		const myWork = page.locator('main section[aria-labelledby="my-work-summary"]');
		expect(await myWork.locator('a[href="/my-work"]').count()).toBe(1);
		expect(await myWork.locator('a[href^="/my-work#"]').count()).toBe(5);

		const figures = await figuresOf(page);
		const shown = figures.map((figure) => [keyOf(figure), figure.value]);
		expect(shown).toEqual(shown.map(([key]) => [key, expected.get(key as string) ?? 0]));
		// Nothing the SQL counted is missing from the view.
		const keys = new Set(shown.map(([key]) => key));
		const counted = [...expected.entries()].filter(
			([key, n]) =>
				n > 0 &&
				!key.startsWith('kpi:') &&
				!key.startsWith('elements:') &&
				key !== 'projects:status:all'
		);
		expect(counted.filter(([key]) => !keys.has(key))).toEqual([]);
		// Four statuses, this year and last, for every strategy and tactic.
		expect(figures.filter((figure) => figure.kind === 'kpi').length).toBe(
			8 * (expected.get('elements:strategy-or-tactic') ?? 0)
		);
		expect(expected.get('projects:status:all')).toBe(3);
		await page.context().close();
	});

	it('links each project, partner and KPI figure to a list of exactly that many rows', async () => {
		const page = await openPage(browser);
		await logInAs(page, app.baseUrl, executive, { axe: false });
		await page.goto(`${app.baseUrl}/overview?fiscalYear=${fiscalYear}`);
		await expectAccessible(page);
		const figures = (await figuresOf(page)).filter(
			(figure) =>
				figure.value > 0 &&
				(figure.kind === 'projects' ||
					(figure.kind === 'partners' && figure.value <= 50) ||
					(figure.kind === 'kpi' && figure.href?.includes(`fiscalYear=${fiscalYear}`)))
		);
		expect(figures.length).toBeGreaterThan(5);
		const list = await openPage(browser);
		await logInAs(list, app.baseUrl, executive, { axe: false });
		for (const figure of figures) {
			await visit(list, `${app.baseUrl}${figure.href}`);
			const rows = list.locator(
				figure.kind === 'kpi'
					? 'main table.matrix tbody tr:not(:has(th[scope="rowgroup"]))'
					: 'main table tbody tr'
			);
			expect(await rows.count(), figure.href ?? '').toBe(figure.value);
		}
		await list.context().close();
		await page.context().close();
	});

	it('links overdue reports by agency to the projects that agency leads, not those it supports', async () => {
		const page = await openPage(browser);
		await logInAs(page, app.baseUrl, executive, { axe: false });
		await page.goto(`${app.baseUrl}/overview?fiscalYear=${fiscalYear}`);
		const figures = (await figuresOf(page)).filter((figure) => figure.kind === 'overdue');
		expect(figures.map(keyOf).sort()).toEqual(['overdue:agency:CULTURE', 'overdue:agency:IAO']);
		const list = await openPage(browser);
		await logInAs(list, app.baseUrl, executive, { axe: false });
		const overdueRows = async (href: string) => {
			await visit(list, `${app.baseUrl}${href}`);
			return list
				.locator('main table', {
					has: list.locator('caption', { hasText: 'โครงการที่มีรายงานค้างส่ง' })
				})
				.locator('tbody tr')
				.count();
		};
		for (const figure of figures) {
			expect(figure.href).toContain('role=lead');
			expect(await overdueRows(figure.href ?? ''), figure.href ?? '').toBe(figure.value);
		}
		// Without the role, IAO's list also has the project it supports.
		const iao = figures.find((figure) => keyOf(figure) === 'overdue:agency:IAO');
		expect(await overdueRows((iao?.href ?? '').replace('&role=lead', ''))).toBe(
			(iao?.value ?? 0) + 1
		);
		await list.context().close();
		await page.context().close();
	});

	it('links the overdue and due commitments to the follow-up board showing exactly them', async () => {
		const page = await openPage(browser);
		await logInAs(page, app.baseUrl, executive, { axe: false });
		await page.goto(`${app.baseUrl}/overview?fiscalYear=${fiscalYear}`);
		const figures = (await figuresOf(page)).filter((figure) =>
			figure.heading?.startsWith('commitments-')
		);
		expect(figures.map((figure) => [figure.heading, figure.href])).toEqual([
			['commitments-overdue', '/follow-up?overdue=1'],
			['commitments-due', '/follow-up?due=30']
		]);
		const list = await openPage(browser);
		await logInAs(list, app.baseUrl, executive, { axe: false });
		for (const figure of figures) {
			expect(figure.value).toBe(expected.get(keyOf(figure)));
			expect(figure.value).toBeGreaterThan(0);
			await visit(list, `${app.baseUrl}${figure.href}`);
			// A commitment of two agencies is listed under each: count the commitments.
			const shown = await list
				.locator('main ul.commitments > li')
				.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-commitment')));
			expect(new Set(shown).size, figure.href ?? '').toBe(figure.value);
		}
		await list.context().close();
		await page.context().close();
	});

	it('downloads as a one-page situation report in Thai', async () => {
		const cookieOf = async () => {
			const login = await fetch(`${app.baseUrl}/api/v1/session`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(executive)
			});
			return (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
		};
		const response = await fetch(`${app.baseUrl}/overview.pdf?fy=${fiscalYear}&lang=th`, {
			headers: { cookie: await cookieOf() }
		});
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/pdf');
		const file = join(dataDir, 'situation.pdf');
		writeFileSync(file, new Uint8Array(await response.arrayBuffer()));
		const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
			encoding: 'utf8'
		});
		expect(text.split('\f').filter((page) => page.trim())).toHaveLength(1);
		const squashed = text.replace(/\s+/g, '');
		for (const words of ['รายงานสถานการณ์งานการต่างประเทศปีงบประมาณ2568', 'บรรลุค่าเป้าหมาย'])
			expect(squashed).toContain(words);

		const api = await fetch(`${app.baseUrl}/api/v1/overview?fiscalYear=${fiscalYear}`, {
			headers: { cookie: await cookieOf() }
		});
		const body = (await api.json()) as { projects: { byStatus: { projects: number }[] } };
		expect(body.projects.byStatus.reduce((sum, row) => sum + row.projects, 0)).toBe(3);
	});
});
