import { describe, expect, it } from 'vitest';
import { useAdminApi } from './admin-api.ts';

const api = useAdminApi();

const get = async <T>(path: string): Promise<T> => {
	const response = await fetch(`${api.baseUrl}${path}`, { headers: { cookie: api.cookie } });
	expect(response.status).toBe(200);
	return (await response.json()) as T;
};

const send = (method: string, path: string, body: unknown) =>
	fetch(`${api.baseUrl}${path}`, {
		method,
		headers: {
			cookie: api.cookie,
			origin: api.baseUrl,
			'content-type': 'application/json',
			'accept-language': 'en'
		},
		body: JSON.stringify(body)
	});

interface Element {
	id: string;
	kind: string;
	code: string;
	titleTh: string;
	children: Element[];
	kpis: { id: string; code: string; titleTh: string }[];
}

/** A second reviewer: whoever submitted a result may not approve it. */
async function officerCookie(): Promise<string> {
	const username = `officer-${Date.now().toString(36)}`;
	const password = 'a-long-officer-password';
	const created = await send('POST', '/api/v1/users', {
		username,
		displayName: 'IAO officer',
		password,
		roles: ['iao_officer']
	});
	expect(created.status).toBe(201);
	const login = await send('POST', '/api/v1/session', { username, password });
	return (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

async function iaoKpi(code: string) {
	const { items } = await get<{ items: { id: string; code: string }[] }>('/api/v1/plans');
	const plan = items.find((item) => item.code === 'IAO-FA-2566-2570');
	const detail = await get<{ elements: Element[] }>(`/api/v1/plans/${plan?.id}`);
	const all = (elements: Element[]): Element[] =>
		elements.flatMap((element) => [element, ...all(element.children)]);
	return all(detail.elements)
		.flatMap((element) => element.kpis)
		.find((kpi) => kpi.code === code);
}

describe('the plans API contract', () => {
	it('lists plans and returns a plan as a tree with English kind words and KPIs', async () => {
		const { items } = await get<{ items: { code: string }[] }>('/api/v1/plans');
		expect(items.map((item) => item.code)).toEqual(
			expect.arrayContaining(['IAO-FA-2566-2570', 'TH-NESDP-13', 'BKK-20Y-2561-2580'])
		);
		const kpi = await iaoKpi('1.1');
		expect(kpi?.titleTh).toBeTruthy();
	});

	it('returns a KPI with its ladder as levels and targets per BE fiscal year', async () => {
		const kpi = await get<{
			levels: { level: number; rubricTh: string }[];
			targets: { fiscalYear: number; value: number | null; note: string | null }[];
			results: unknown[];
		}>(`/api/v1/kpis/${(await iaoKpi('2.1'))?.id}`);
		expect(kpi.levels.map((level) => level.level)).toEqual([1, 2, 3, 4, 5]);
		expect(kpi.targets.map((target) => [target.fiscalYear, target.value])).toEqual([
			[2566, 1],
			[2567, 2],
			[2568, 3],
			[2569, 5],
			[2570, 5]
		]);
		expect(kpi.targets[0]).toHaveProperty('note');
		expect(kpi.results).toEqual([]);
	});

	it('refuses bad results with a clear message and changes nothing', async () => {
		const kpi = await iaoKpi('2.3');
		const path = `/api/v1/kpis/${kpi?.id}/results`;
		const outside = await send('PUT', `${path}/2566`, { value: 4, evidenceTh: 'x' });
		expect(outside.status).toBe(422);
		expect(
			((await outside.json()) as { error: { fields: { value: string } } }).error.fields.value
		).toBe("The level must be from 1 to 3, the KPI's ladder");
		const year = await send('PUT', `${path}/2575`, { value: 1 });
		expect(year.status).toBe(422);
		expect((await get<{ results: unknown[] }>(`/api/v1/kpis/${kpi?.id}`)).results).toEqual([]);
	});

	it('runs the workflow and locks an approved result', async () => {
		const kpi = await iaoKpi('3.2');
		const path = `/api/v1/kpis/${kpi?.id}/results/2566`;
		const saved = await send('PUT', path, { value: 65, evidenceTh: 'อบรม 13 คน จาก 20 คน' });
		expect(saved.status).toBe(200);
		const draft = (await saved.json()) as { version: number; state: string };
		expect(draft.state).toBe('draft');
		const submitted = (await (
			await send('POST', `${path}/submit`, { version: draft.version })
		).json()) as { version: number; state: string };
		expect(submitted.state).toBe('submitted');
		const ownReview = await send('POST', `${path}/review`, {
			version: submitted.version,
			decision: 'approve'
		});
		expect(ownReview.status).toBe(403);
		expect(await ownReview.json()).toEqual({
			error: {
				code: 'own_submission',
				message:
					'You submitted this for review, so you cannot approve or return it; another reviewer must'
			}
		});
		const approved = await fetch(`${api.baseUrl}${path}/review`, {
			method: 'POST',
			headers: {
				cookie: await officerCookie(),
				origin: api.baseUrl,
				'content-type': 'application/json'
			},
			body: JSON.stringify({ version: submitted.version, decision: 'approve' })
		});
		expect(approved.status).toBe(200);
		const locked = await send('PUT', path, { value: 70, version: submitted.version + 1 });
		expect(locked.status).toBe(409);
		expect(((await locked.json()) as { error: { code: string } }).error.code).toBe('locked');
		const detail = await get<{ results: { status: string; state: string }[] }>(
			`/api/v1/kpis/${kpi?.id}`
		);
		expect(detail.results[0]).toMatchObject({ state: 'approved', status: 'met' });
	});
});
