import { describe, expect, it } from 'vitest';
import { useAdminApi } from './admin-api.ts';

const api = useAdminApi();

async function json<T>(response: Response, status: number): Promise<T> {
	expect(response.status).toBe(status);
	return (await response.json()) as T;
}

interface Engagement {
	id: string;
	titleTh: string;
	version: number;
	participants: { partner: { id: string } | null; headcount: number | null }[];
	outcomes: { titleTh: string }[];
	commitments: { id: string; version: number; status: string }[];
}

interface Committee {
	id: string;
	orderNumber: string;
	mandateTh: string;
	members: { agency: { code: string } | null; roleTh: string | null }[];
	engagement: { id: string } | null;
	version: number;
}

/** The id of a BMA agency by its code. */
async function agencyId(code: string): Promise<string> {
	const { items } = await json<{ items: { id: string; code: string }[] }>(
		await api.send('GET', '/api/v1/agencies'),
		200
	);
	return items.find((agency) => agency.code === code)?.id ?? '';
}

const refusal = async (response: Response, status: number) =>
	(
		await json<{
			error: {
				code: string;
				message: string;
				fields?: Record<string, string>;
				existing?: { id: string; label: string; href?: string };
			};
		}>(response, status)
	).error;

describe('the engagements API contract', () => {
	it('changes an engagement at the version read, leaving its commitments; stale and bad saves change nothing', async () => {
		const { items: partners } = await json<{ items: { id: string }[] }>(
			await api.send('GET', '/api/v1/partners?q=Seoul'),
			200
		);
		const partnerId = partners[0]?.id ?? '';
		const environment = await agencyId('ENVIRONMENT');
		const visit = {
			kind: 'visit_in',
			titleTh: 'คณะผู้แทนกรุงโซลเยือนกรุงเทพมหานคร',
			startsOn: '2025-08-04',
			endsOn: '2025-08-05',
			participants: [{ partnerId, headcount: 10 }],
			outcomes: [{ kind: 'decision', titleTh: 'แลกเปลี่ยนข้อมูลคุณภาพอากาศ' }]
		};
		const { id } = await json<{ id: string }>(
			await api.send('POST', '/api/v1/engagements', {
				...visit,
				commitments: [{ titleTh: 'ส่งข้อมูลฝุ่น', scope: 'bilateral', agencyIds: [environment] }]
			}),
			201
		);
		const recorded = await json<Engagement>(
			await api.send('GET', `/api/v1/engagements/${id}`),
			200
		);

		const changed = await json<Engagement>(
			await api.send('PUT', `/api/v1/engagements/${id}`, {
				...visit,
				version: recorded.version,
				titleTh: 'คณะผู้แทนกรุงโซลเยือนกรุงเทพมหานคร ครั้งที่ 2',
				participants: [{ partnerId, headcount: 12 }],
				outcomes: [{ kind: 'joint_project', titleTh: 'โครงการตรวจวัดฝุ่นร่วมกัน' }]
			}),
			200
		);
		expect(changed).toMatchObject({
			version: recorded.version + 1,
			titleTh: 'คณะผู้แทนกรุงโซลเยือนกรุงเทพมหานคร ครั้งที่ 2',
			participants: [{ partner: { id: partnerId }, headcount: 12 }],
			outcomes: [{ titleTh: 'โครงการตรวจวัดฝุ่นร่วมกัน' }]
		});
		const own = ({ commitments }: Engagement) =>
			commitments.map(({ id, version, status }) => ({ id, version, status }));
		expect(own(changed)).toEqual(own(recorded));

		const stale = await refusal(
			await api.send('PUT', `/api/v1/engagements/${id}`, { ...visit, version: recorded.version }),
			409
		);
		expect(stale.code).toBe('stale_version');
		const backwards = await refusal(
			await api.send('PUT', `/api/v1/engagements/${id}`, {
				...visit,
				version: changed.version,
				endsOn: '2025-08-01'
			}),
			422
		);
		expect(Object.keys(backwards.fields ?? {})).toEqual(['endsOn']);
		expect(await json<Engagement>(await api.send('GET', `/api/v1/engagements/${id}`), 200)).toEqual(
			changed
		);

		// Its commitment moves on by its own status and version.
		const [commitment] = changed.commitments;
		const moved = await json<{ status: string; version: number }>(
			await api.send('PATCH', `/api/v1/commitments/${commitment?.id}`, {
				status: 'in_progress',
				version: commitment?.version
			}),
			200
		);
		expect(moved).toMatchObject({ status: 'in_progress', version: (commitment?.version ?? 0) + 1 });
		// and what it is changes at the version read, its status kept.
		const rewritten = await json<{ status: string; version: number }>(
			await api.send('PUT', `/api/v1/commitments/${commitment?.id}`, {
				titleTh: 'ส่งข้อมูลฝุ่นรายเดือน',
				scope: 'bilateral',
				agencyIds: [environment],
				dueOn: '2025-12-31',
				version: moved.version
			}),
			200
		);
		expect(rewritten).toEqual(
			expect.objectContaining({ status: 'in_progress', version: moved.version + 1 })
		);
	});

	it('records a committee, refuses its order number twice, and changes it at the version read', async () => {
		const { items: before } = await json<{ items: Committee[] }>(
			await api.send('GET', '/api/v1/committees'),
			200
		);
		expect(before.map((committee) => committee.orderNumber)).toContain('4271/2562');
		const iao = await agencyId('IAO');
		const order = {
			orderNumber: '2001/2568',
			orderDate: '2025-09-01',
			titleTh: 'คณะทำงานติดตามความร่วมมือด้านคุณภาพอากาศ',
			mandateTh: 'ติดตามการแลกเปลี่ยนข้อมูลคุณภาพอากาศกับเมืองพันธมิตร',
			members: [{ agencyId: iao, roleTh: 'เลขานุการ' }]
		};
		const created = await json<Committee>(await api.send('POST', '/api/v1/committees', order), 201);
		expect(created.members).toEqual([
			{ agencyId: iao, agency: expect.objectContaining({ code: 'IAO' }), roleTh: 'เลขานุการ' }
		]);

		const twice = await refusal(await api.send('POST', '/api/v1/committees', order, 'en'), 409);
		expect(twice.code).toBe('duplicate');
		expect(twice.existing).toEqual({
			id: created.id,
			label: order.titleTh,
			href: `/committees#committee-${created.id}`
		});
		expect(twice.fields?.orderNumber).toBe(
			`A committee with this order number is already recorded: ${order.titleTh}`
		);
		const inThai = await refusal(await api.send('POST', '/api/v1/committees', order, 'th'), 409);
		expect(inThai.fields?.orderNumber).toBe(`มีคณะกรรมการตามคำสั่งเลขที่นี้อยู่แล้ว: ${order.titleTh}`);

		const changed = await json<Committee>(
			await api.send('PUT', `/api/v1/committees/${created.id}`, {
				...order,
				mandateTh: 'ติดตามและรายงานผลทุกไตรมาส',
				version: created.version
			}),
			200
		);
		expect(changed).toMatchObject({ mandateTh: 'ติดตามและรายงานผลทุกไตรมาส', version: 2 });
		const stale = await refusal(
			await api.send('PUT', `/api/v1/committees/${created.id}`, { ...order, version: 1 }),
			409
		);
		expect(stale.code).toBe('stale_version');
		const missing = await api.send(
			'GET',
			'/api/v1/committees/00000000-0000-4000-8000-000000000000'
		);
		expect(missing.status).toBe(404);
	});
});
