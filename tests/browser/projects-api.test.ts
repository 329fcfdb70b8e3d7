import { describe, expect, it } from 'vitest';
import { useAdminApi } from './admin-api.ts';

const api = useAdminApi();

const get = (path: string) =>
	fetch(`${api.baseUrl}${path}`, { headers: { cookie: api.cookie, 'accept-language': 'en' } });

interface ProjectList {
	total: number;
	items: { id: string; code: string | null; titleTh: string; fiscalYear: number; status: string }[];
}

describe('the projects API contract', () => {
	it('lists projects as {"items":[…],"total":N} filtered by fiscal year, agency, status and text', async () => {
		const all = (await (await get('/api/v1/projects?pageSize=5')).json()) as ProjectList;
		expect(all.total).toBe(24);
		expect(all.items).toHaveLength(5);
		const fy2563 = (await (await get('/api/v1/projects?fiscalYear=2563')).json()) as ProjectList;
		expect(fy2563.items.map((item) => item.code)).toEqual(['04160000-3949']);
		const byAgency = (await (
			await get('/api/v1/projects?agency=IAO-CITY&status=cancelled')
		).json()) as ProjectList;
		expect(byAgency.total).toBe(1);
		const byText = (await (
			await get(`/api/v1/projects?q=${encodeURIComponent('เวทีระดับโลก')}`)
		).json()) as ProjectList;
		expect(byText.total).toBeGreaterThan(0);
		expect(byText.items.every((item) => item.titleTh.includes('เวทีระดับโลก'))).toBe(true);
	});

	it('returns a project with its reports', async () => {
		const list = (await (await get('/api/v1/projects?q=04160000-3949')).json()) as ProjectList;
		const response = await get(`/api/v1/projects/${list.items[0]?.id}`);
		expect(response.status).toBe(200);
		const project = (await response.json()) as {
			status: string;
			reports: { sequence: number; percentDone: number | null; onPlan: boolean | null }[];
		};
		expect(project.status).toBe('cancelled');
		expect(project.reports).toHaveLength(7);
		expect(project.reports[6]).toMatchObject({ sequence: 7, percentDone: 20, onPlan: false });
	});

	it('refuses bad filters with 422 and unknown projects with 404', async () => {
		const bad = await get('/api/v1/projects?fiscalYear=abc&pageSize=1000');
		expect(bad.status).toBe(422);
		const body = (await bad.json()) as { error: { fields: Record<string, string> } };
		expect(Object.keys(body.error.fields).sort()).toEqual(['fiscalYear', 'pageSize']);
		expect((await get('/api/v1/projects/00000000-0000-4000-8000-000000000000')).status).toBe(404);
		expect((await get('/api/v1/projects/nope')).status).toBe(404);
	});
});
