import { describe, expect, it } from 'vitest';
import { useAdminApi } from './admin-api.ts';

const api = useAdminApi();

const get = async <T>(path: string): Promise<T> => {
	const response = await fetch(`${api.baseUrl}${path}`, { headers: { cookie: api.cookie } });
	expect(response.status).toBe(200);
	return (await response.json()) as T;
};

const post = (path: string, body: unknown, language = 'th') =>
	fetch(`${api.baseUrl}${path}`, {
		method: 'POST',
		headers: {
			cookie: api.cookie,
			origin: api.baseUrl,
			'content-type': 'application/json',
			'accept-language': language
		},
		body: JSON.stringify(body)
	});

interface Listed {
	items: { id: string }[];
	total: number;
}

const practice = {
	sourceKind: 'city',
	sourceName: 'เมืองโยโกฮามา',
	titleTh: 'ธนาคารอาหารชุมชนริมคลอง',
	summaryTh: 'ชุมชนแบ่งปันอาหารส่วนเกินให้ผู้มีรายได้น้อย',
	actions: ['ตั้งจุดรับบริจาคอาหาร'],
	measureCategories: ['social_protection'],
	sdgs: [2]
};

describe('the knowledge API contract', () => {
	it('records a practice and finds it by words and facets; bad input changes nothing', async () => {
		const before = await get<Listed>('/api/v1/practices');
		expect(before.total).toBe(before.items.length);
		const refused = await post('/api/v1/practices', { ...practice, titleTh: '' }, 'en');
		expect(refused.status).toBe(422);
		expect(((await refused.json()) as { error: { code: string; message: string } }).error).toEqual(
			expect.objectContaining({ code: 'validation_failed', message: 'Some values are not valid' })
		);
		const refusedThai = await post('/api/v1/practices', { ...practice, sdgs: [18] });
		expect(((await refusedThai.json()) as { error: { message: string } }).error.message).toBe(
			'ข้อมูลไม่ถูกต้อง โปรดตรวจสอบ'
		);
		expect((await get<Listed>('/api/v1/practices')).total).toBe(before.total);

		const created = await post('/api/v1/practices', practice);
		expect(created.status).toBe(201);
		const { id } = (await created.json()) as { id: string };
		expect(created.headers.get('location')).toBe(`/api/v1/practices/${id}`);
		const found = await get<Listed>(
			`/api/v1/practices?q=${encodeURIComponent('ธนาคารอาหาร')}&category=social_protection&sdg=2&sourceKind=city`
		);
		expect(found.items.map((item) => item.id)).toEqual([id]);
		expect(found.total).toBe(1);
		const detail = await get<{ titleTh: string; carriedBy: unknown[] }>(`/api/v1/practices/${id}`);
		expect(detail.titleTh).toBe(practice.titleTh);
		expect(detail.carriedBy).toEqual([]);
		expect((await post('/api/v1/practices', { ...practice, sdgs: 'x' })).status).toBe(422);
		const unknownFilter = await fetch(`${api.baseUrl}/api/v1/practices?category=nothing`, {
			headers: { cookie: api.cookie }
		});
		expect(unknownFilter.status).toBe(422);
	});

	it('sends a circular to two agencies, records an acknowledgement and an adoption', async () => {
		const { items: agencies } = await get<{ items: { id: string; code: string }[] }>(
			'/api/v1/agencies'
		);
		const [first, second] = agencies.filter((agency) => agency.code !== 'BMA');
		const { items: practices } = await get<Listed>('/api/v1/practices');
		const circular = {
			documentNumber: 'กท ๐๔๑๐/๙๙',
			issuedOn: '2026-03-15',
			subject: 'แนวปฏิบัติจากต่างประเทศ',
			fromText: 'สำนักงานการต่างประเทศ',
			toText: 'ผู้อำนวยการสำนัก',
			body: 'เพื่อโปรดทราบ',
			practiceIds: [practices[0]!.id],
			recipientAgencyIds: [first!.id, second!.id]
		};
		const before = await get<Listed>('/api/v1/circulars');
		const refused = await post('/api/v1/circulars', { ...circular, recipientAgencyIds: [] }, 'en');
		expect(refused.status).toBe(422);
		expect((await get<Listed>('/api/v1/circulars')).total).toBe(before.total);

		const sent = await post('/api/v1/circulars', circular);
		expect(sent.status).toBe(201);
		const { id } = (await sent.json()) as { id: string };
		expect((await get<Listed>('/api/v1/circulars')).items.map((item) => item.id)).toContain(id);

		const wrongAgency = await post(`/api/v1/circulars/${id}/acknowledgements`, {
			agencyId: practices[0]!.id
		});
		expect(wrongAgency.status).toBe(404);
		const acknowledged = await post(`/api/v1/circulars/${id}/acknowledgements`, {
			agencyId: first!.id
		});
		expect(acknowledged.status).toBe(200);
		const badAdoption = await post(
			`/api/v1/circulars/${id}/adoptions`,
			{ agencyId: first!.id, adoption: 'maybe' },
			'en'
		);
		expect(badAdoption.status).toBe(422);
		const adopted = await post(`/api/v1/circulars/${id}/adoptions`, {
			agencyId: first!.id,
			adoption: 'adopted',
			adoptionNote: 'นำไปใช้ในเขต'
		});
		expect(adopted.status).toBe(200);

		const detail = await get<{
			documentNumber: string;
			practices: { id: string }[];
			attachments: unknown[];
			recipients: { agencyId: string; acknowledgedAt: string | null; adoption: string }[];
		}>(`/api/v1/circulars/${id}`);
		expect(detail.documentNumber).toBe(circular.documentNumber);
		expect(detail.practices.map((p) => p.id)).toEqual(circular.practiceIds);
		expect(detail.attachments).toEqual([]);
		const byAgency = new Map(detail.recipients.map((r) => [r.agencyId, r]));
		expect(byAgency.get(first!.id)?.acknowledgedAt).toBeTruthy();
		expect(byAgency.get(first!.id)?.adoption).toBe('adopted');
		expect(byAgency.get(second!.id)?.acknowledgedAt).toBeNull();
	});
});
