import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engagementDetail } from '../../src/lib/server/engagements/repository.ts';
import { engagements } from '../../src/lib/server/engagements/schema.ts';
import { regionBalance } from '../../src/lib/server/partners/balance-repository.ts';
import { countries, partners } from '../../src/lib/server/partners/schema.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let test: TestDatabase;
beforeAll(async () => {
	test = await createTestDatabase({ builtinData: true });
});
afterAll(() => test.drop());

async function detailOf(code: string) {
	const [row] = await test.database.db
		.select({ id: engagements.id })
		.from(engagements)
		.where(eq(engagements.code, code));
	const detail = await engagementDetail(test.database.db, row?.id ?? '');
	if (!detail) throw new Error(`no engagement ${code}`);
	return detail;
}

describe('the 7th MGMAC, 26–28 June 2019 (seed 004)', () => {
	it('holds every capital’s presentation', async () => {
		const detail = await detailOf('ENG-2019-MGMAC');
		expect(detail.engagement).toMatchObject({ startsOn: '2019-06-26', endsOn: '2019-06-28' });
		expect(detail.engagement.venue).toContain('แชงกรี-ลา');
		const presenters = detail.participants
			.filter((p) => p.presentationTh)
			.map((p) => p.partnerNameEn ?? p.agencyCode);
		expect(presenters).toEqual(
			expect.arrayContaining([
				'BMA',
				'Bandar Seri Begawan',
				'Phnom Penh',
				'Vientiane',
				'Kuala Lumpur',
				'Nay Pyi Taw',
				'Singapore',
				'Hanoi'
			])
		);
		const bangkok = detail.participants.find((p) => p.agencyCode === 'BMA');
		expect(bangkok?.presentationTh).toContain('Friend-to-Friend');
		expect(bangkok?.presentationTh).toContain('หัวตะเข้');
		const brunei = detail.participants.find((p) => p.partnerNameEn === 'Bandar Seri Begawan');
		expect(brunei?.presentationTh).toContain('Green Depot');
	});

	it('records the two agreed joint projects and the Bangkok Declaration', async () => {
		const detail = await detailOf('ENG-2019-MGMAC');
		expect(detail.outcomes.filter((o) => o.kind === 'joint_project').map((o) => o.titleTh)).toEqual(
			['โครงการพัฒนาศักยภาพเยาวชนอาเซียน', 'โครงการพัฒนาการท่องเที่ยวเชิงวัฒนธรรม']
		);
		const declaration = detail.outcomes.find((o) => o.kind === 'declaration');
		expect(declaration?.titleEn).toBe('Bangkok Declaration');
		expect(declaration?.agreementTitleTh).toBe('ปฏิญญากรุงเทพ');
	});

	it('holds the committee of order 4271/2562 and the four frameworks with their departments', async () => {
		const detail = await detailOf('ENG-2019-MGMAC');
		expect(detail.committees).toHaveLength(1);
		expect(detail.committees[0]).toMatchObject({
			orderNumber: '4271/2562',
			orderDate: '2019-12-27'
		});
		const frameworks = detail.commitments.map((c) => ({
			scope: c.scope,
			partners: c.partners.map((p) => p.nameEn),
			agencies: c.agencies.map((a) => a.code).sort(),
			committee: c.committeeId === detail.committees[0]?.id
		}));
		expect(frameworks).toEqual([
			{
				scope: 'bilateral',
				partners: ['Singapore'],
				agencies: ['CITY-PLANNING', 'ENVIRONMENT', 'PUBLIC-WORKS', 'TRAFFIC'],
				committee: true
			},
			{
				scope: 'bilateral',
				partners: ['Singapore'],
				agencies: ['CULTURE', 'EDUCATION'],
				committee: true
			},
			{ scope: 'multilateral', partners: [], agencies: ['CULTURE', 'EDUCATION'], committee: true },
			{ scope: 'multilateral', partners: [], agencies: ['HEALTH', 'MEDICAL'], committee: true }
		]);
	});

	it('is preceded by the senior officials’ meeting of 22–24 April 2019 with its four topics', async () => {
		const detail = await detailOf('ENG-2019-MGMAC-SOM');
		expect(detail.engagement).toMatchObject({
			kind: 'senior_officials_meeting',
			startsOn: '2019-04-22',
			endsOn: '2019-04-24'
		});
		expect(detail.engagement.venue).toContain('The Sukosol');
		expect(detail.engagement.topics).toHaveLength(4);
	});
});

describe('the Sister City Senior Officials Seminar, 12–16 March 2018 (seed 002)', () => {
	it('has its four groups and the cancelled project that followed', async () => {
		const detail = await detailOf('ENG-2018-SISTER-CITY-SEMINAR');
		expect(detail.engagement.topics).toEqual([
			'กลุ่มสิ่งแวดล้อมและคุณภาพชีวิต',
			'กลุ่มวัฒนธรรม นันทนาการและการท่องเที่ยว',
			'กลุ่มการศึกษาและการพัฒนาเยาวชน',
			'กลุ่มส่งเสริมการค้าและเศรษฐกิจเมือง'
		]);
		expect(detail.commitments[0]?.status).toBe('dropped');
		expect(detail.commitments[0]?.projectId).toBeTruthy();
	});
});

describe('countries and partners', () => {
	it('puts the 11 ASEAN members in the ASEAN group and Russia in Europe', async () => {
		const rows = await test.database.db.select().from(countries);
		expect(rows.length).toBeGreaterThanOrEqual(100);
		expect(
			rows
				.filter((c) => c.regionGroup === 'asean')
				.map((c) => c.code)
				.sort()
		).toEqual(['BN', 'ID', 'KH', 'LA', 'MM', 'MY', 'PH', 'SG', 'TH', 'TL', 'VN']);
		expect(rows.find((c) => c.code === 'RU')?.regionGroup).toBe('europe');
		expect(rows.find((c) => c.code === 'IR')?.regionGroup).toBe('middle_east');
		expect(rows.find((c) => c.code === 'KZ')?.regionGroup).toBe('central_asia');
	});

	it('flags the facts FACTS.md marks unverified', async () => {
		const [fukuoka] = await test.database.db
			.select()
			.from(partners)
			.where(eq(partners.code, 'JP-FUK'));
		expect(fukuoka?.unverified).toContain('kind');
	});

	it('computes the ASEAN share of the region balance from the partners recorded', async () => {
		const balance = await regionBalance(test.database.db);
		const rows = await test.database.db
			.select({ group: countries.regionGroup, status: partners.status })
			.from(partners)
			.innerJoin(countries, eq(countries.code, partners.countryCode));
		const current = rows.filter((r) => r.status === 'active' || r.status === 'dormant');
		const asean = current.filter((r) => r.group === 'asean').length;
		expect(balance.totalPartners).toBe(current.length);
		expect(balance.aseanShare).toBeCloseTo(asean / current.length, 10);
		expect(balance.regions.find((r) => r.group === 'east_asia')?.partners).toBeGreaterThan(asean);
		expect(balance.decades.find((d) => d.decade === 1960)?.agreements).toBe(1);
	});
});
