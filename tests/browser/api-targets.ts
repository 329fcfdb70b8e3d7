import { expect } from 'vitest';
import { jsonText } from './hostile-input.ts';

/**
 * The records every write operation of the API is tried on, made through the API itself: one
 * target per operation, with the record it writes to and a body it takes.
 */

export type Json = Record<string, unknown> & {
	version?: number;
	items?: Json[];
	total?: number;
};

/** Requests in the admin's session, with bodies sent as given (hostile ones included). */
export function apiRequests(api: { readonly baseUrl: string; readonly cookie: string }) {
	async function get(path: string): Promise<Json> {
		const response = await fetch(`${api.baseUrl}${path}`, { headers: { cookie: api.cookie } });
		expect(response.status, path).toBe(200);
		return (await response.json()) as Json;
	}

	function send(
		method: string,
		path: string,
		body: string | Uint8Array<ArrayBuffer>,
		anonymous = false
	) {
		return fetch(`${api.baseUrl}${path}`, {
			method,
			headers: {
				...(anonymous ? {} : { cookie: api.cookie }),
				origin: api.baseUrl,
				'content-type': 'application/json',
				'accept-language': 'en'
			},
			body
		});
	}

	async function created(method: string, path: string, body: unknown): Promise<Json> {
		const response = await send(method, path, jsonText(body));
		expect(response.status, `${method} ${path}: ${await response.clone().text()}`).toBeLessThan(
			300
		);
		return (await response.json()) as Json;
	}

	/** A new user of these roles, logged in: their id, name, password and session cookie. */
	async function newUser(roles: string[], agencyIds: string[] = []) {
		const username = `u${Math.random().toString(36).slice(2, 10)}`;
		const password = 'a-long-password-2569';
		const { id } = await created('POST', '/api/v1/users', {
			username,
			password,
			displayName: `ผู้ใช้ ${username}`,
			roles,
			agencyIds
		});
		const login = await fetch(`${api.baseUrl}/api/v1/session`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ username, password })
		});
		return {
			id: String(id),
			username,
			password,
			cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
		};
	}

	return { get, send, created, newUser };
}

export type ApiRequests = ReturnType<typeof apiRequests>;

/** How a write operation is tried: where it goes, a body it takes, and what it may change. */
export interface Target {
	path: string;
	/** What a refused request must leave as it was. */
	watch: string;
	example: (watched: Json) => unknown;
	anonymous?: boolean;
	/** For a change to a record: the record as the watched GET shows it. */
	record?: (watched: Json) => Json | undefined;
}

let serial = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++serial}`;
const itemIn = (list: unknown, match: (item: Json) => boolean) =>
	(list as Json[] | undefined)?.find(match);
const whole = (watched: Json) => watched;

/** Records of every kind the API writes, made through the API, with what they were made from. */
export async function makeRecords({ get, created }: ApiRequests) {
	const agencies = (await get('/api/v1/agencies')).items ?? [];
	const agency = (code: string) => String(agencies.find((item) => item.code === code)?.id);
	const plans = (await get('/api/v1/plans')).items ?? [];
	const planId = (code: string) => String(plans.find((plan) => plan.code === code)?.id);
	type Element = { id: string; children: Element[]; kpis: { id: string; code: string }[] };
	const elementsOf = async (code: string) => {
		const { elements } = (await get(`/api/v1/plans/${planId(code)}`)) as { elements: Element[] };
		const all = (list: Element[]): Element[] => list.flatMap((e) => [e, ...all(e.children)]);
		return all(elements);
	};
	const iao = await elementsOf('IAO-FA-2566-2570');
	const nesdp = await elementsOf('TH-NESDP-13');
	const kpiId = iao.flatMap((element) => element.kpis).find((kpi) => kpi.code === '2.3')?.id;
	const practiceKpiId = iao
		.flatMap((element) => element.kpis)
		.find((kpi) => kpi.code === '2.1')?.id;
	await created('PUT', `/api/v1/kpis/${practiceKpiId}/results/2568`, { value: 2 });
	await created('PUT', `/api/v1/kpis/${kpiId}/results/2568`, {
		value: 1,
		evidenceTh: 'หลักฐาน',
		evidenceLinks: [{ label: 'รายงาน', url: 'https://www.bangkok.go.th/' }]
	});

	const user = await created('POST', '/api/v1/users', {
		username: unique('fuzz'),
		displayName: 'ผู้ทดสอบ',
		password: 'a-long-enough-password',
		roles: ['viewer']
	});
	const partner = {
		kind: 'city',
		nameTh: 'เมืองทดสอบ',
		nameEn: 'Test City',
		nameLocal: 'テスト市',
		countryCode: 'JP',
		latitude: 35.6,
		longitude: 139.7,
		website: 'https://example.org/',
		descriptionTh: 'เมืองสำหรับทดสอบ'
	};
	const partnerId = String((await created('POST', '/api/v1/partners', partner)).id);
	const project = {
		titleTh: 'โครงการทดสอบค่าที่ไม่ปลอดภัย',
		titleEn: 'A project of hostile values',
		fiscalYear: 2569,
		startDate: '2025-10-01',
		endDate: '2026-09-30',
		leadAgencies: [agency('IAO')],
		supportingAgencies: [agency('ENVIRONMENT')],
		budgetReceived: 100_000,
		responsiblePerson: 'ผู้รับผิดชอบ',
		rationaleTh: 'หลักการ\nและเหตุผล',
		objectives: ['แลกเปลี่ยนความรู้'],
		targetsTh: 'เป้าหมาย',
		alignment: [{ elementId: iao[1]?.id, noteTh: 'สอดคล้อง' }],
		partnerIds: [partnerId],
		themes: ['อากาศ']
	};
	const projectId = String((await created('POST', '/api/v1/projects', project)).id);
	const report = { reportedOn: '2025-11-01', statusText: 'ดำเนินการแล้ว', percentDone: 10 };
	await created('POST', `/api/v1/projects/${projectId}/reports`, report);
	const reviewedProjectId = String((await created('POST', '/api/v1/projects', project)).id);
	await created('POST', `/api/v1/projects/${reviewedProjectId}/reports`, report);
	await created('POST', `/api/v1/projects/${reviewedProjectId}/reports/1/submit`, { version: 1 });

	const agreement = {
		type: 'mou',
		titleTh: 'บันทึกความเข้าใจทดสอบ',
		titleEn: 'A test MOU',
		signedOn: '2020-01-01',
		reviewOn: '2025-01-01',
		expiresOn: '2030-01-01',
		fields: ['สิ่งแวดล้อม'],
		noteTh: 'หมายเหตุ'
	};
	const agreementId = String(
		(await created('POST', `/api/v1/partners/${partnerId}/agreements`, agreement)).id
	);
	const commitment = {
		titleTh: 'ส่งข้อมูลคุณภาพอากาศ',
		titleEn: 'Send air quality data',
		descriptionTh: 'ทุกเดือน',
		scope: 'bilateral',
		agencyIds: [agency('IAO')],
		partnerIds: [partnerId],
		dueOn: '2026-12-31',
		projectId
	};
	const engagement = {
		kind: 'visit_in',
		titleTh: 'คณะผู้แทนเยือนกรุงเทพมหานคร',
		titleEn: 'A delegation visits Bangkok',
		startsOn: '2025-08-04',
		endsOn: '2025-08-05',
		venue: 'ศาลาว่าการกรุงเทพมหานคร',
		city: 'กรุงเทพมหานคร',
		countryCode: 'TH',
		hostPartnerId: partnerId,
		organisingAgencyId: agency('IAO'),
		themeTh: 'คุณภาพอากาศ',
		topics: ['อากาศ'],
		summaryTh: 'สรุป\nการเยือน',
		projectId,
		participants: [
			{ partnerId, headcount: 10, presentationTh: 'นำเสนอ' },
			{ agencyId: agency('IAO') }
		],
		outcomes: [
			{
				kind: 'decision',
				titleTh: 'แลกเปลี่ยนข้อมูล',
				titleEn: 'Share data',
				descriptionTh: 'ทุกไตรมาส',
				agreementId
			}
		]
	};
	const engagementId = String(
		(await created('POST', '/api/v1/engagements', { ...engagement, commitments: [commitment] })).id
	);
	const recorded = await get(`/api/v1/engagements/${engagementId}`);
	const commitmentId = String((recorded.commitments as Json[])[0]?.id);
	const committee = {
		orderNumber: unique('คำสั่ง'),
		orderDate: '2019-10-01',
		titleTh: 'คณะกรรมการติดตามผล',
		mandateTh: 'ติดตามผลการประชุม',
		engagementId,
		members: [{ agencyId: agency('IAO'), roleTh: 'ประธาน' }, { roleTh: 'เลขานุการ' }]
	};
	const committeeId = String((await created('POST', '/api/v1/committees', committee)).id);
	const practice = {
		sourceKind: 'city',
		sourceName: 'เมืองโยโกฮามา',
		sourceNameEn: 'Yokohama',
		partnerId,
		country: 'ญี่ปุ่น',
		region: 'east_asia',
		titleTh: 'ธนาคารอาหารชุมชน',
		titleEn: 'Community food bank',
		summaryTh: 'ชุมชนแบ่งปันอาหาร',
		actions: ['ตั้งจุดรับบริจาค'],
		measureText: 'ลดขยะอาหาร',
		measureCategories: ['green_city'],
		themes: ['อาหาร'],
		sdgs: [2],
		asOf: '2021-06-30',
		sourceDocument: 'รายงานประจำปี',
		language: 'en'
	};
	const practiceId = String((await created('POST', '/api/v1/practices', practice)).id);
	const circular = {
		documentNumber: 'กท ๐๔๑๐/๑',
		issuedOn: '2026-03-15',
		subject: 'แนวปฏิบัติจากต่างประเทศ',
		fromText: 'สำนักงานการต่างประเทศ',
		toText: 'ผู้อำนวยการสำนัก',
		body: 'เพื่อโปรดทราบ\nและพิจารณา',
		practiceIds: [practiceId],
		recipientAgencyIds: [agency('ENVIRONMENT')]
	};
	const circularId = String((await created('POST', '/api/v1/circulars', circular)).id);
	await created('PUT', '/api/v1/project-rounds/2569', {
		cadence: 'monthly',
		dayOfMonth: 15,
		version: 0
	});

	return {
		agency,
		planId,
		iao,
		nesdp,
		kpiId,
		practiceKpiId,
		userId: String(user.id),
		partner,
		partnerId,
		project,
		projectId,
		report,
		reviewedProjectId,
		agreement,
		agreementId,
		commitment,
		engagement,
		engagementId,
		commitmentId,
		committee,
		committeeId,
		practice,
		practiceId,
		circular,
		circularId
	};
}

export type Records = Awaited<ReturnType<typeof makeRecords>>;

/** One target per write operation of the API, on the records made for them. */
export async function makeTargets(requests: ApiRequests): Promise<Record<string, Target>> {
	const records = await makeRecords(requests);
	const kpiResultIn = (watched: Json) =>
		itemIn(watched.results, (result) => result.fiscalYear === 2568);
	const kpiResultVersion = (watched: Json) => kpiResultIn(watched)?.version;
	const reportIn = (watched: Json) =>
		itemIn(watched.progressReports ?? watched.reports, (item) => item.sequence === 1);
	const reportVersion = (watched: Json) => reportIn(watched)?.version;
	const agreementIn = (watched: Json) =>
		itemIn(watched.agreements, (item) => item.id === records.agreementId);
	const commitmentIn = (watched: Json) =>
		itemIn(watched.commitments, (item) => item.id === records.commitmentId);
	return {
		'post /api/v1/session': {
			path: '/api/v1/session',
			watch: '/api/v1/users',
			example: () => ({ username: 'nobody-here', password: 'not-the-password' }),
			anonymous: true
		},
		'post /api/v1/builtin-changes/decisions': {
			path: '/api/v1/builtin-changes/decisions',
			watch: '/api/v1/builtin-changes',
			example: () => ({
				kind: 'partner',
				key: 'a-record-no-file-has',
				field: 'descriptionTh',
				decision: 'keep_person'
			})
		},
		'post /api/v1/users': {
			path: '/api/v1/users',
			watch: '/api/v1/users',
			example: () => ({
				username: unique('user'),
				displayName: 'ผู้ใช้ทดสอบ',
				email: 'officer@bangkok.go.th',
				password: 'a-long-enough-password',
				roles: ['agency_reporter'],
				agencyIds: [records.agency('IAO')]
			})
		},
		'patch /api/v1/users/{id}': {
			path: `/api/v1/users/${records.userId}`,
			watch: `/api/v1/users/${records.userId}`,
			example: (watched) => ({ version: watched.version, displayName: 'ชื่อใหม่' }),
			record: whole
		},
		'post /api/v1/users/{id}/tokens': {
			path: `/api/v1/users/${records.userId}/tokens`,
			watch: `/api/v1/users/${records.userId}/tokens`,
			example: () => ({ name: 'เครื่องรายงาน', expiresInDays: 30 })
		},
		'put /api/v1/kpis/{id}/results/{fiscalYear}': {
			path: `/api/v1/kpis/${records.kpiId}/results/2568`,
			watch: `/api/v1/kpis/${records.kpiId}`,
			example: (watched) => ({
				value: 2,
				evidenceTh: 'อบรม 12 คน',
				evidenceLinks: [{ label: 'รายงาน', url: 'https://www.bangkok.go.th/' }],
				version: kpiResultVersion(watched)
			}),
			record: kpiResultIn
		},
		'post /api/v1/kpis/{id}/results/{fiscalYear}/submit': {
			path: `/api/v1/kpis/${records.practiceKpiId}/results/2568/submit`,
			watch: `/api/v1/kpis/${records.practiceKpiId}`,
			example: (watched) => ({ version: kpiResultVersion(watched) })
		},
		'post /api/v1/kpis/{id}/results/{fiscalYear}/review': {
			path: `/api/v1/kpis/${records.practiceKpiId}/results/2568/review`,
			watch: `/api/v1/kpis/${records.practiceKpiId}`,
			example: (watched) => ({
				version: kpiResultVersion(watched),
				decision: 'return',
				comment: 'โปรดแนบหลักฐาน'
			})
		},
		'post /api/v1/alignments': {
			path: '/api/v1/alignments',
			watch: `/api/v1/plans/${records.planId('IAO-FA-2566-2570')}`,
			example: () => ({
				fromElementId: records.iao[1]?.id,
				toElementId: records.nesdp[1]?.id,
				noteTh: 'สอดคล้อง'
			})
		},
		'post /api/v1/projects': {
			path: '/api/v1/projects',
			watch: '/api/v1/projects',
			example: () => records.project
		},
		'put /api/v1/projects/{id}': {
			path: `/api/v1/projects/${records.projectId}`,
			watch: `/api/v1/projects/${records.projectId}`,
			example: (watched) => ({ ...records.project, version: watched.version }),
			record: whole
		},
		'post /api/v1/projects/{id}/reports': {
			path: `/api/v1/projects/${records.projectId}/reports`,
			watch: `/api/v1/projects/${records.projectId}`,
			example: () => ({ ...records.report, budgetDisbursed: 500.25, onPlan: true })
		},
		'put /api/v1/projects/{id}/reports/{sequence}': {
			path: `/api/v1/projects/${records.projectId}/reports/1`,
			watch: `/api/v1/projects/${records.projectId}`,
			example: (watched) => ({
				...records.report,
				percentDone: 20,
				version: reportVersion(watched)
			}),
			record: reportIn
		},
		'post /api/v1/projects/{id}/reports/{sequence}/submit': {
			path: `/api/v1/projects/${records.projectId}/reports/1/submit`,
			watch: `/api/v1/projects/${records.projectId}`,
			example: (watched) => ({ version: reportVersion(watched) })
		},
		'post /api/v1/projects/{id}/reports/{sequence}/review': {
			path: `/api/v1/projects/${records.reviewedProjectId}/reports/1/review`,
			watch: `/api/v1/projects/${records.reviewedProjectId}`,
			example: (watched) => ({
				version: reportVersion(watched),
				decision: 'return',
				comment: 'โปรดเพิ่มรายละเอียด'
			})
		},
		'put /api/v1/project-rounds/{fiscalYear}': {
			path: '/api/v1/project-rounds/2569',
			watch: '/api/v1/project-rounds?fiscalYear=2569',
			example: (watched) => ({
				cadence: 'monthly',
				dayOfMonth: 10,
				version: (watched.schedule as Json | undefined)?.version ?? 0
			}),
			record: (watched) => watched.schedule as Json | undefined
		},
		'post /api/v1/partners': {
			path: '/api/v1/partners',
			watch: '/api/v1/partners',
			example: () => ({ ...records.partner, nameTh: unique('เมือง'), nameEn: unique('City') })
		},
		'put /api/v1/partners/{id}': {
			path: `/api/v1/partners/${records.partnerId}`,
			watch: `/api/v1/partners/${records.partnerId}`,
			example: (watched) => ({ ...records.partner, version: watched.version }),
			record: whole
		},
		'post /api/v1/partners/{id}/agreements': {
			path: `/api/v1/partners/${records.partnerId}/agreements`,
			watch: `/api/v1/partners/${records.partnerId}`,
			example: () => records.agreement
		},
		'put /api/v1/agreements/{id}': {
			path: `/api/v1/agreements/${records.agreementId}`,
			watch: `/api/v1/partners/${records.partnerId}`,
			example: (watched) => ({
				...records.agreement,
				version: agreementIn(watched)?.version
			}),
			record: agreementIn
		},
		'post /api/v1/partners/{id}/contacts': {
			path: `/api/v1/partners/${records.partnerId}/contacts`,
			watch: `/api/v1/partners/${records.partnerId}/contacts`,
			example: () => ({
				name: 'Kim Minji',
				position: 'Director',
				workEmail: 'kim@example.org',
				purpose: 'ประสานงานการเยือน'
			})
		},
		'post /api/v1/engagements': {
			path: '/api/v1/engagements',
			watch: '/api/v1/engagements',
			example: () => ({ ...records.engagement, commitments: [records.commitment] })
		},
		'put /api/v1/engagements/{id}': {
			path: `/api/v1/engagements/${records.engagementId}`,
			watch: `/api/v1/engagements/${records.engagementId}`,
			example: (watched) => ({ ...records.engagement, version: watched.version }),
			record: whole
		},
		'post /api/v1/engagements/{id}/commitments': {
			path: `/api/v1/engagements/${records.engagementId}/commitments`,
			watch: `/api/v1/engagements/${records.engagementId}`,
			example: () => records.commitment
		},
		'post /api/v1/committees': {
			path: '/api/v1/committees',
			watch: '/api/v1/committees',
			example: () => ({ ...records.committee, orderNumber: unique('คำสั่ง') })
		},
		'put /api/v1/committees/{id}': {
			path: `/api/v1/committees/${records.committeeId}`,
			watch: `/api/v1/committees/${records.committeeId}`,
			example: (watched) => ({ ...records.committee, version: watched.version }),
			record: whole
		},
		'put /api/v1/commitments/{id}': {
			path: `/api/v1/commitments/${records.commitmentId}`,
			watch: `/api/v1/engagements/${records.engagementId}`,
			example: (watched) => ({
				...records.commitment,
				version: commitmentIn(watched)?.version
			}),
			record: commitmentIn
		},
		'patch /api/v1/commitments/{id}': {
			path: `/api/v1/commitments/${records.commitmentId}`,
			watch: `/api/v1/engagements/${records.engagementId}`,
			example: (watched) => ({
				status: 'in_progress',
				version: commitmentIn(watched)?.version
			}),
			record: commitmentIn
		},
		'post /api/v1/practices': {
			path: '/api/v1/practices',
			watch: '/api/v1/practices',
			example: () => records.practice
		},
		'put /api/v1/practices/{id}': {
			path: `/api/v1/practices/${records.practiceId}`,
			watch: `/api/v1/practices/${records.practiceId}`,
			example: (watched) => ({ ...records.practice, version: watched.version }),
			record: whole
		},
		'post /api/v1/circulars': {
			path: '/api/v1/circulars',
			watch: '/api/v1/circulars',
			example: () => records.circular
		},
		'post /api/v1/circulars/{id}/acknowledgements': {
			path: `/api/v1/circulars/${records.circularId}/acknowledgements`,
			watch: `/api/v1/circulars/${records.circularId}`,
			example: () => ({ agencyId: records.agency('ENVIRONMENT') })
		},
		'post /api/v1/circulars/{id}/adoptions': {
			path: `/api/v1/circulars/${records.circularId}/adoptions`,
			watch: `/api/v1/circulars/${records.circularId}`,
			example: () => ({
				agencyId: records.agency('ENVIRONMENT'),
				adoption: 'adopted',
				adoptionNote: 'นำไปใช้แล้ว',
				projectId: records.projectId
			})
		},
		'post /api/v1/alerts/dismissals': {
			path: '/api/v1/alerts/dismissals',
			watch: '/api/v1/alerts?within=365',
			example: () => ({ key: `agreementReview:${records.agreementId}`, on: '2026-01-15' })
		},
		'post /api/v1/notifications/read': {
			path: '/api/v1/notifications/read',
			watch: '/api/v1/notifications',
			example: () => ({ ids: [] })
		},
		'put /api/v1/notification-preferences': {
			path: '/api/v1/notification-preferences',
			watch: '/api/v1/notification-preferences',
			example: () => ({ 'review.returned': 'digest', 'circular.received': 'none' }),
			record: whole
		}
	};
}
