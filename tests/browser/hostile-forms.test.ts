import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useAdminApi } from './admin-api.ts';

const api = useAdminApi();
const minutes = 60_000;

/** Hostile values as a form or an address carries them: already percent-encoded. */
const hostile = fc.constantFrom(
	'%00',
	'a%00b',
	'%01',
	'%1B%5B31m',
	'%7F',
	'%C2%85',
	'%ED%A0%80',
	'%FF%FE',
	'%E2%80%AEfdp.exe',
	'1e308',
	'-1e308',
	'99999999999999999999999999',
	'NaN',
	'Infinity',
	'0%2F0%2F0000',
	'0000-01-01',
	'0000-01',
	'9999-12',
	'31%2F02%2F2567',
	'1%2F1%2F2442',
	'1%2F1%2F2744',
	'1%2F1%2F99999',
	'%E0%B9%91%E0%B9%90%E0%B9%90%E0%B9%90%E0%B9%90%E0%B9%90%E0%B9%90%E0%B9%90%E0%B9%90%E0%B9%90%E0%B9%90%E0%B9%90%E0%B9%90',
	'x'.repeat(30_000),
	'%0D%0ALocation%3A%20%2F%2Fevil.example'
);

/** A form's fields: each its valid value, or now and then a hostile one. */
function hostileForm(valid: Record<string, string>): fc.Arbitrary<string> {
	const names = Object.keys(valid);
	return fc
		.tuple(
			fc.subarray(names, { minLength: 1, maxLength: 3 }),
			fc.array(hostile, { minLength: 3, maxLength: 3 })
		)
		.map(([spoilt, values]) =>
			names
				.map((name) => {
					const at = spoilt.indexOf(name);
					return `${name}=${at >= 0 ? values[at] : encodeURIComponent(valid[name] ?? '')}`;
				})
				.join('&')
		);
}

async function total(path: string): Promise<number> {
	const response = await fetch(`${api.baseUrl}${path}`, { headers: { cookie: api.cookie } });
	return ((await response.json()) as { total: number }).total;
}

function post(path: string, body: string, anonymous = false) {
	return fetch(`${api.baseUrl}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			...(anonymous ? {} : { cookie: api.cookie }),
			origin: api.baseUrl,
			'content-type': 'application/x-www-form-urlencoded'
		},
		body
	});
}

describe('hostile input to the pages', () => {
	it(
		'gets no 5xx from the login, partner and project forms, and a refusal adds nothing',
		async () => {
			const forms: {
				path: string;
				anonymous?: boolean;
				count: string;
				valid: Record<string, string>;
			}[] = [
				{
					path: '/login',
					anonymous: true,
					count: '/api/v1/users',
					valid: { username: 'nobody-here', password: 'not-the-password', next: '/projects' }
				},
				{
					path: '/partners/new',
					count: '/api/v1/partners',
					valid: {
						kind: 'city',
						nameTh: 'เมืองทดสอบแบบฟอร์ม',
						nameEn: 'Form Test City',
						nameLocal: '',
						countryCode: 'KR',
						latitude: '37.5',
						longitude: '127.0',
						website: 'https://example.org/',
						descriptionTh: 'บรรทัดแรก\nบรรทัดสอง',
						status: 'active'
					}
				},
				{
					path: '/projects/new',
					count: '/api/v1/projects',
					valid: {
						code: '',
						titleTh: 'โครงการทดสอบแบบฟอร์ม',
						titleEn: '',
						fiscalYear: '๒๕๖๙',
						startDate: '1/10/2568',
						endDate: '30 ก.ย. 2569',
						budgetReceived: '1,500,000.50',
						budgetSpent: '0',
						leadAgency: 'IAO',
						objectives: 'ข้อหนึ่ง\nข้อสอง',
						themes: '',
						status: 'planned'
					}
				}
			];
			let tried = 0;
			let failed = 0;
			for (const form of forms) {
				await fc.assert(
					fc.asyncProperty(hostileForm(form.valid), async (body) => {
						const before = await total(form.count);
						const response = await post(form.path, body, form.anonymous);
						tried++;
						if (response.status >= 500) failed++;
						expect(response.status, `${form.path} ${body.slice(0, 300)}`).toBeLessThan(500);
						if (response.status >= 400) expect(await total(form.count)).toBe(before);
						const location = response.headers.get('location') ?? '';
						expect(location, body.slice(0, 300)).toMatch(/^(\/(?![/\\])[!-~]*)?$/);
					}),
					{ numRuns: 40, seed: 13 }
				);
			}
			console.info(`hostile form posts: ${tried}, answered 5xx: ${failed}`);
		},
		10 * minutes
	);

	it(
		'gets no 5xx from pages and lists given hostile query values',
		async () => {
			const { items } = (await (
				await fetch(`${api.baseUrl}/api/v1/plans`, { headers: { cookie: api.cookie } })
			).json()) as { items: { id: string }[] };
			const pages = [
				'/projects?fiscalYear=&q=&agency=&partner=&page=&sort=',
				'/partners?q=&page=&country=',
				'/engagements?month=',
				'/search?q=&type=',
				'/knowledge?q=&sdg=',
				'/agencies?q=&kind=',
				'/follow-up?agency=&page=&overdue=&due=',
				'/plans/round?fiscalYear=&state=',
				'/projects/rounds?fiscalYear=&agency=&role=',
				`/plans/${items[0]?.id}/gaps?fiscalYear=`,
				'/admin/audit?from=&to=&actor=&page=',
				'/login?next=',
				'/projects/export.csv?fiscalYear=&q=',
				'/api/v1/projects?fiscalYear=&q=&agency=&page=&pageSize=',
				'/api/v1/partners?q=&page=&pageSize=',
				'/api/v1/engagements?from=&to=&page=',
				'/api/v1/practices?q=&sdg=',
				'/api/v1/agencies?q=',
				'/api/v1/search?q=&limit=',
				'/api/v1/project-rounds?fiscalYear=&asOf=&agency='
			];
			let tried = 0;
			await fc.assert(
				fc.asyncProperty(
					fc.constantFrom(...pages),
					fc.array(hostile, { minLength: 8, maxLength: 8 }),
					async (page, values) => {
						let index = 0;
						const address = page.replace(/=(?=&|$)/g, () => `=${values[index++] ?? ''}`);
						const response = await fetch(`${api.baseUrl}${address}`, {
							redirect: 'manual',
							headers: { cookie: api.cookie }
						});
						tried++;
						expect(response.status, address.slice(0, 300)).toBeLessThan(500);
					}
				),
				{ numRuns: 300, seed: 13 }
			);
			const login = (next: string) =>
				fetch(`${api.baseUrl}/login?next=${next}`, {
					redirect: 'manual',
					headers: { cookie: api.cookie }
				});
			for (const next of [
				'/%5Cevil.example',
				'//evil.example',
				'/%E0%B8%81',
				'https://evil.example'
			]) {
				const response = await login(next);
				expect(response.status, next).toBe(303);
				expect(response.headers.get('location'), next).toBe('/');
			}
			expect((await login('/%0D%0ALocation:%20//evil.example')).status).toBe(400);
			expect((await login('/projects%3Fq%3D1')).headers.get('location')).toBe('/projects?q=1');
			console.info(`hostile page addresses: ${tried}`);
		},
		10 * minutes
	);
});
