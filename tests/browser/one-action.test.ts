import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../src/lib/i18n/index.ts';
import { useAdminApi } from './admin-api.ts';
import { apiRequests } from './api-targets.ts';

const api = useAdminApi();
const { newUser } = apiRequests(api);

const get = async <T>(path: string, cookie = api.cookie): Promise<T> => {
	const response = await fetch(`${api.baseUrl}${path}`, { headers: { cookie } });
	expect(response.status, path).toBe(200);
	return (await response.json()) as T;
};

/** A form posted as a browser without scripts posts it: the answer is not followed. */
function postForm(
	path: string,
	fields: Record<string, string | File>,
	cookie = api.cookie
): Promise<Response> {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) form.append(name, value);
	return fetch(`${api.baseUrl}${path}`, {
		method: 'POST',
		headers: { cookie, origin: api.baseUrl, accept: 'text/html' },
		body: form,
		redirect: 'manual'
	});
}

/** Expects a 303 to the page with `saved`, and the page there to show the notice. */
async function expectRedirectWithNotice(
	answer: Response,
	pathname: string,
	notice: MessageKey,
	params?: Record<string, string>,
	cookie = api.cookie
): Promise<string> {
	expect(answer.status, pathname).toBe(303);
	const location = answer.headers.get('location') ?? '';
	expect(new URL(location, api.baseUrl).pathname).toBe(pathname);
	expect(location).toContain('saved=');
	const page = await fetch(new URL(location, api.baseUrl), { headers: { cookie } });
	expect(page.status).toBe(200);
	const html = await page.text();
	expect(html).toContain(translate('th', notice, params));
	return html;
}

const pdf = (name = 'หนังสือ.pdf') =>
	new File(['%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'], name, {
		type: 'application/pdf'
	});
const fakePdf = () => new File(['<html></html>'], 'ภาคผนวก.pdf', { type: 'application/pdf' });

interface Element {
	id: string;
	code: string;
	children: Element[];
	kpis: { id: string; code: string }[];
}
const flat = (elements: Element[]): Element[] =>
	elements.flatMap((element) => [element, ...flat(element.children)]);

async function planElements(code: string): Promise<Element[]> {
	const { items } = await get<{ items: { id: string; code: string }[] }>('/api/v1/plans');
	const plan = items.find((item) => item.code === code);
	return flat((await get<{ elements: Element[] }>(`/api/v1/plans/${plan?.id}`)).elements);
}

describe('a successful form post redirects, so a refresh never posts again', () => {
	it('on a plan element, a KPI, the reporting rounds and a partner', async () => {
		const iao = await planElements('IAO-FA-2566-2570');
		const nesdp = await planElements('TH-NESDP-13');
		const element = iao.at(-1)!;
		const added = await postForm(`/plans/elements/${element.id}?/add`, {
			direction: 'up',
			otherElementId: nesdp.at(-1)!.id,
			noteTh: 'ทดสอบ'
		});
		await expectRedirectWithNotice(added, `/plans/elements/${element.id}`, 'elements.added');

		const kpi = iao.flatMap((each) => each.kpis).find((each) => each.code === '1.1')!;
		const saved = await postForm(`/kpis/${kpi.id}?fiscalYear=2570&/save`, {
			fiscalYear: '2570',
			value: '2',
			evidenceTh: 'ผลการดำเนินงาน',
			version: ''
		});
		const location = saved.headers.get('location') ?? '';
		expect(location).toContain('fiscalYear=2570');
		expect(location).not.toContain('/save');
		await expectRedirectWithNotice(saved, `/kpis/${kpi.id}`, 'kpis.saved');

		const rounds = await postForm('/projects/rounds?fiscalYear=2569&/schedule', {
			fiscalYear: '2569',
			cadence: 'monthly',
			dayOfMonth: '10',
			dueDates: '',
			version: '0'
		});
		await expectRedirectWithNotice(rounds, '/projects/rounds', 'rounds.saved');

		const { items } = await get<{ items: { id: string }[] }>('/api/v1/partners?pageSize=1');
		const partner = items[0]!;
		const contact = await postForm(`/partners/${partner.id}?/contact`, {
			name: 'คุณทดสอบ ติดต่อ',
			purpose: 'ประสานงานการเยือน'
		});
		await expectRedirectWithNotice(contact, `/partners/${partner.id}`, 'partners.saved.contact');
	});

	it("on a project's progress report", async () => {
		const created = await api.send('POST', '/api/v1/projects', {
			titleTh: 'โครงการทดสอบรายงานความก้าวหน้า',
			fiscalYear: 2569,
			leadAgencies: ['IAO'],
			budgetReceived: 100_000
		});
		expect(created.status).toBe(201);
		const project = (await created.json()) as { id: string };
		const answer = await postForm(`/projects/${project.id}?/saveReport`, {
			sequence: '',
			reportedOn: '15/01/2569',
			statusText: 'ดำเนินการตามแผน',
			percentDone: '20',
			budgetDisbursed: '0',
			onPlan: 'yes',
			onTarget: 'yes',
			projectStatus: '',
			reportedBy: '',
			decreaseReason: ''
		});
		await expectRedirectWithNotice(answer, `/projects/${project.id}`, 'projects.reportSaved');
	});

	it("on a user's page, where an issued token's secret is shown once after the redirect", async () => {
		const user = await newUser(['viewer']);
		const issued = await postForm(`/admin/users/${user.id}?/issueToken`, { name: 'ระบบรายงาน' });
		expect(issued.status).toBe(303);
		expect(issued.headers.get('location')).not.toMatch(/sp_|token=/);
		const secretCookie =
			issued.headers
				.getSetCookie()
				.find((each) => each.startsWith('saphan_issued_token='))
				?.split(';')[0] ?? '';
		expect(secretCookie).not.toBe('');
		const cookie = `${api.cookie}; ${secretCookie}`;
		const page = await fetch(new URL(issued.headers.get('location') ?? '', api.baseUrl), {
			headers: { cookie }
		});
		const html = await page.text();
		expect(html).toContain(translate('th', 'tokens.issued'));
		const secret = /<p class="secret[^"]*">([^<]+)<\/p>/.exec(html)?.[1] ?? '';
		expect(secret.length).toBeGreaterThan(20);
		expect(page.headers.getSetCookie().join('\n')).toMatch(/saphan_issued_token=;/);
		const tokenWorks = await fetch(`${api.baseUrl}/api/v1/plans`, {
			headers: { authorization: `Bearer ${secret}` }
		});
		expect(tokenWorks.status).toBe(200);

		const deactivated = await postForm(`/admin/users/${user.id}?/deactivate`, {});
		await expectRedirectWithNotice(deactivated, `/admin/users/${user.id}`, 'users.deactivated', {
			name: user.username
		});
	});

	it('on the account page, changing one’s password', async () => {
		const user = await newUser(['viewer']);
		const answer = await postForm(
			'/account?/password',
			{ currentPassword: user.password, newPassword: 'another-long-password-2569' },
			user.cookie
		);
		await expectRedirectWithNotice(
			answer,
			'/account',
			'account.passwordChanged',
			undefined,
			user.cookie
		);
	});
});

describe('a record and its files are one action', () => {
	it('refuses a circular whose file is refused, sending nothing; the retry sends it once', async () => {
		const { items: agencies } = await get<{ items: { id: string; code: string }[] }>(
			'/api/v1/agencies'
		);
		const recipient = agencies.find((agency) => agency.code !== 'BMA' && agency.code !== 'IAO')!;
		const { items: practices } = await get<{ items: { id: string }[] }>('/api/v1/practices');
		const before = (await get<{ total: number }>('/api/v1/circulars')).total;
		const fields = {
			documentNumber: 'กท ๐๔๑๐/๕๕๕',
			issuedOn: '15/03/2569',
			subject: 'แนวปฏิบัติที่ดีจากเมืองพันธมิตร',
			fromText: 'สำนักงานการต่างประเทศ',
			toText: 'ผู้อำนวยการสำนัก',
			body: 'เพื่อโปรดทราบและพิจารณา',
			signedBy: '',
			signedPosition: '',
			practiceIds: practices[0]!.id,
			recipientAgencyIds: recipient.id
		};
		const refused = await postForm('/knowledge/circulars/new', {
			...fields,
			files: fakePdf()
		});
		expect(refused.status).toBe(422);
		expect((await get<{ total: number }>('/api/v1/circulars')).total).toBe(before);

		const sent = await postForm('/knowledge/circulars/new', { ...fields, files: pdf() });
		expect(sent.status).toBe(303);
		const after = await get<{ items: { id: string; documentNumber: string }[]; total: number }>(
			'/api/v1/circulars'
		);
		expect(after.total).toBe(before + 1);
		expect(
			after.items.filter((item) => item.documentNumber === fields.documentNumber)
		).toHaveLength(1);
	});

	it('refuses a KPI result whose evidence is refused, saving nothing; the retry saves both', async () => {
		const kpi = (await planElements('IAO-FA-2566-2570'))
			.flatMap((element) => element.kpis)
			.find((each) => each.code === '2.1')!;
		const results = async () =>
			(
				await get<{ results: { fiscalYear: number; attachments: unknown[] }[] }>(
					`/api/v1/kpis/${kpi.id}`
				)
			).results.filter((result) => result.fiscalYear === 2570);
		expect(await results()).toEqual([]);
		const fields = { fiscalYear: '2570', value: '1', evidenceTh: 'หลักฐาน', version: '' };
		const refused = await postForm(`/kpis/${kpi.id}?fiscalYear=2570&/submit`, {
			...fields,
			files: fakePdf()
		});
		expect(refused.status).toBe(422);
		expect(await results()).toEqual([]);

		const sent = await postForm(`/kpis/${kpi.id}?fiscalYear=2570&/submit`, {
			...fields,
			files: pdf('หลักฐาน.pdf')
		});
		await expectRedirectWithNotice(sent, `/kpis/${kpi.id}`, 'kpis.submitted');
		const [result] = await results();
		expect(result?.attachments).toHaveLength(1);
	});
});

describe('Idempotency-Key on API creates, over HTTP', () => {
	const practice = (titleTh: string) => ({
		sourceKind: 'city',
		sourceName: 'เมืองโยโกฮามา',
		titleTh,
		summaryTh: 'สรุป',
		actions: ['จัดการขยะ'],
		measureCategories: ['green_city'],
		sdgs: [11]
	});
	const post = (body: unknown, key?: string) =>
		fetch(`${api.baseUrl}/api/v1/practices`, {
			method: 'POST',
			headers: {
				cookie: api.cookie,
				origin: api.baseUrl,
				'content-type': 'application/json',
				'accept-language': 'en',
				...(key ? { 'idempotency-key': key } : {})
			},
			body: JSON.stringify(body)
		});
	const titled = async (titleTh: string) =>
		(
			await get<{ items: { titleTh: string }[] }>(
				`/api/v1/practices?q=${encodeURIComponent(titleTh)}`
			)
		).items.filter((item) => item.titleTh === titleTh);

	it('gives a retry the first answer, ten parallel retries one record, another body a 422', async () => {
		const first = await post(practice('ตลาดนัดรีไซเคิล'), 'http-retry-1');
		const again = await post(practice('ตลาดนัดรีไซเคิล'), 'http-retry-1');
		expect([first.status, again.status]).toEqual([201, 201]);
		expect(await again.text()).toBe(await first.text());
		expect(again.headers.get('idempotent-replayed')).toBe('true');
		expect(await titled('ตลาดนัดรีไซเคิล')).toHaveLength(1);

		const parallel = await Promise.all(
			Array.from({ length: 10 }, () => post(practice('ตลาดนัดแลกของ'), 'http-parallel-1'))
		);
		expect(parallel.map((answer) => answer.status)).toEqual(Array(10).fill(201));
		expect(new Set(await Promise.all(parallel.map((answer) => answer.text()))).size).toBe(1);
		expect(await titled('ตลาดนัดแลกของ')).toHaveLength(1);

		const reused = await post(practice('ตลาดนัดอื่น'), 'http-retry-1');
		expect(reused.status).toBe(422);
		expect(((await reused.json()) as { error: { code: string; message: string } }).error).toEqual({
			code: 'idempotency_key_reused',
			message: translate('en', 'error.idempotency_key_reused')
		});
		expect(await titled('ตลาดนัดอื่น')).toHaveLength(0);
	});
});
