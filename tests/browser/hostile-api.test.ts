import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { operations } from '../../src/lib/server/api/operations.ts';
import { useAdminApi } from './admin-api.ts';
import { hostileBody, jsonText } from './hostile-input.ts';

const api = useAdminApi();

type Json = Record<string, unknown> & {
	version?: number;
	items?: Json[];
	total?: number;
};

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
	expect(response.status, `${method} ${path}: ${await response.clone().text()}`).toBeLessThan(300);
	return (await response.json()) as Json;
}

/** How a write operation is tried: where it goes, a body it takes, and what it may change. */
interface Target {
	path: string;
	/** What a refused request must leave as it was. */
	watch: string;
	example: (watched: Json) => unknown;
	anonymous?: boolean;
}

let serial = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++serial}`;
const versionIn = (list: unknown, match: (item: Json) => boolean) =>
	(list as Json[] | undefined)?.find(match)?.version;

async function makeTargets(): Promise<Record<string, Target>> {
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
		countryCode: 'JP',
		latitude: 35.6,
		longitude: 139.7,
		descriptionTh: 'เมืองสำหรับทดสอบ'
	};
	const partnerId = String((await created('POST', '/api/v1/partners', partner)).id);
	const project = {
		titleTh: 'โครงการทดสอบค่าที่ไม่ปลอดภัย',
		fiscalYear: 2569,
		startDate: '2025-10-01',
		endDate: '2026-09-30',
		leadAgencies: ['IAO'],
		budgetReceived: 100_000,
		objectives: ['แลกเปลี่ยนความรู้'],
		partnerIds: [partnerId]
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
		signedOn: '2020-01-01',
		fields: ['สิ่งแวดล้อม']
	};
	const agreementId = String(
		(await created('POST', `/api/v1/partners/${partnerId}/agreements`, agreement)).id
	);
	const commitment = {
		titleTh: 'ส่งข้อมูลคุณภาพอากาศ',
		scope: 'bilateral',
		agencyIds: [agency('IAO')],
		dueOn: '2026-12-31'
	};
	const engagement = {
		kind: 'visit_in',
		titleTh: 'คณะผู้แทนเยือนกรุงเทพมหานคร',
		startsOn: '2025-08-04',
		endsOn: '2025-08-05',
		topics: ['อากาศ'],
		participants: [{ partnerId, headcount: 10 }, { agencyId: agency('IAO') }],
		outcomes: [{ kind: 'decision', titleTh: 'แลกเปลี่ยนข้อมูล' }]
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
		members: [{ agencyId: agency('IAO'), roleTh: 'ประธาน' }]
	};
	const committeeId = String((await created('POST', '/api/v1/committees', committee)).id);
	const practice = {
		sourceKind: 'city',
		sourceName: 'เมืองโยโกฮามา',
		titleTh: 'ธนาคารอาหารชุมชน',
		summaryTh: 'ชุมชนแบ่งปันอาหาร',
		actions: ['ตั้งจุดรับบริจาค'],
		themes: ['อาหาร'],
		sdgs: [2],
		asOf: '2021-06-30'
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

	const kpiResultVersion = (watched: Json) =>
		versionIn(watched.results, (result) => result.fiscalYear === 2568);
	const reportVersion = (watched: Json) =>
		versionIn(watched.progressReports ?? watched.reports, (item) => item.sequence === 1);
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
				agencyIds: [agency('IAO')]
			})
		},
		'patch /api/v1/users/{id}': {
			path: `/api/v1/users/${user.id}`,
			watch: `/api/v1/users/${user.id}`,
			example: (watched) => ({ version: watched.version, displayName: 'ชื่อใหม่' })
		},
		'post /api/v1/users/{id}/tokens': {
			path: `/api/v1/users/${user.id}/tokens`,
			watch: `/api/v1/users/${user.id}/tokens`,
			example: () => ({ name: 'เครื่องรายงาน', expiresInDays: 30 })
		},
		'put /api/v1/kpis/{id}/results/{fiscalYear}': {
			path: `/api/v1/kpis/${kpiId}/results/2568`,
			watch: `/api/v1/kpis/${kpiId}`,
			example: (watched) => ({
				value: 60,
				evidenceTh: 'อบรม 12 คน',
				evidenceLinks: [{ label: 'รายงาน', url: 'https://www.bangkok.go.th/' }],
				version: kpiResultVersion(watched)
			})
		},
		'post /api/v1/kpis/{id}/results/{fiscalYear}/submit': {
			path: `/api/v1/kpis/${practiceKpiId}/results/2568/submit`,
			watch: `/api/v1/kpis/${practiceKpiId}`,
			example: (watched) => ({ version: kpiResultVersion(watched) })
		},
		'post /api/v1/kpis/{id}/results/{fiscalYear}/review': {
			path: `/api/v1/kpis/${practiceKpiId}/results/2568/review`,
			watch: `/api/v1/kpis/${practiceKpiId}`,
			example: (watched) => ({
				version: kpiResultVersion(watched),
				decision: 'return',
				comment: 'โปรดแนบหลักฐาน'
			})
		},
		'post /api/v1/alignments': {
			path: '/api/v1/alignments',
			watch: `/api/v1/plans/${planId('IAO-FA-2566-2570')}`,
			example: () => ({
				fromElementId: iao[1]?.id,
				toElementId: nesdp[1]?.id,
				noteTh: 'สอดคล้อง'
			})
		},
		'post /api/v1/projects': {
			path: '/api/v1/projects',
			watch: '/api/v1/projects',
			example: () => project
		},
		'put /api/v1/projects/{id}': {
			path: `/api/v1/projects/${projectId}`,
			watch: `/api/v1/projects/${projectId}`,
			example: (watched) => ({ ...project, version: watched.version })
		},
		'post /api/v1/projects/{id}/reports': {
			path: `/api/v1/projects/${projectId}/reports`,
			watch: `/api/v1/projects/${projectId}`,
			example: () => ({ ...report, budgetDisbursed: 500.25, onPlan: true })
		},
		'put /api/v1/projects/{id}/reports/{sequence}': {
			path: `/api/v1/projects/${projectId}/reports/1`,
			watch: `/api/v1/projects/${projectId}`,
			example: (watched) => ({ ...report, percentDone: 20, version: reportVersion(watched) })
		},
		'post /api/v1/projects/{id}/reports/{sequence}/submit': {
			path: `/api/v1/projects/${projectId}/reports/1/submit`,
			watch: `/api/v1/projects/${projectId}`,
			example: (watched) => ({ version: reportVersion(watched) })
		},
		'post /api/v1/projects/{id}/reports/{sequence}/review': {
			path: `/api/v1/projects/${reviewedProjectId}/reports/1/review`,
			watch: `/api/v1/projects/${reviewedProjectId}`,
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
			})
		},
		'post /api/v1/partners': {
			path: '/api/v1/partners',
			watch: '/api/v1/partners',
			example: () => ({ ...partner, nameTh: unique('เมือง'), nameEn: unique('City') })
		},
		'put /api/v1/partners/{id}': {
			path: `/api/v1/partners/${partnerId}`,
			watch: `/api/v1/partners/${partnerId}`,
			example: (watched) => ({ ...partner, version: watched.version })
		},
		'post /api/v1/partners/{id}/agreements': {
			path: `/api/v1/partners/${partnerId}/agreements`,
			watch: `/api/v1/partners/${partnerId}`,
			example: () => agreement
		},
		'put /api/v1/agreements/{id}': {
			path: `/api/v1/agreements/${agreementId}`,
			watch: `/api/v1/partners/${partnerId}`,
			example: (watched) => ({
				...agreement,
				version: versionIn(watched.agreements, (item) => item.id === agreementId)
			})
		},
		'post /api/v1/partners/{id}/contacts': {
			path: `/api/v1/partners/${partnerId}/contacts`,
			watch: `/api/v1/partners/${partnerId}/contacts`,
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
			example: () => ({ ...engagement, commitments: [commitment] })
		},
		'put /api/v1/engagements/{id}': {
			path: `/api/v1/engagements/${engagementId}`,
			watch: `/api/v1/engagements/${engagementId}`,
			example: (watched) => ({ ...engagement, version: watched.version })
		},
		'post /api/v1/engagements/{id}/commitments': {
			path: `/api/v1/engagements/${engagementId}/commitments`,
			watch: `/api/v1/engagements/${engagementId}`,
			example: () => commitment
		},
		'post /api/v1/committees': {
			path: '/api/v1/committees',
			watch: '/api/v1/committees',
			example: () => ({ ...committee, orderNumber: unique('คำสั่ง') })
		},
		'put /api/v1/committees/{id}': {
			path: `/api/v1/committees/${committeeId}`,
			watch: `/api/v1/committees/${committeeId}`,
			example: (watched) => ({ ...committee, version: watched.version })
		},
		'put /api/v1/commitments/{id}': {
			path: `/api/v1/commitments/${commitmentId}`,
			watch: `/api/v1/engagements/${engagementId}`,
			example: (watched) => ({
				...commitment,
				version: versionIn(watched.commitments, (item) => item.id === commitmentId)
			})
		},
		'patch /api/v1/commitments/{id}': {
			path: `/api/v1/commitments/${commitmentId}`,
			watch: `/api/v1/engagements/${engagementId}`,
			example: (watched) => ({
				status: 'in_progress',
				version: versionIn(watched.commitments, (item) => item.id === commitmentId)
			})
		},
		'post /api/v1/practices': {
			path: '/api/v1/practices',
			watch: '/api/v1/practices',
			example: () => practice
		},
		'put /api/v1/practices/{id}': {
			path: `/api/v1/practices/${practiceId}`,
			watch: `/api/v1/practices/${practiceId}`,
			example: (watched) => ({ ...practice, version: watched.version })
		},
		'post /api/v1/circulars': {
			path: '/api/v1/circulars',
			watch: '/api/v1/circulars',
			example: () => circular
		},
		'post /api/v1/circulars/{id}/acknowledgements': {
			path: `/api/v1/circulars/${circularId}/acknowledgements`,
			watch: `/api/v1/circulars/${circularId}`,
			example: () => ({ agencyId: agency('ENVIRONMENT') })
		},
		'post /api/v1/circulars/{id}/adoptions': {
			path: `/api/v1/circulars/${circularId}/adoptions`,
			watch: `/api/v1/circulars/${circularId}`,
			example: () => ({
				agencyId: agency('ENVIRONMENT'),
				adoption: 'adopted',
				adoptionNote: 'นำไปใช้แล้ว',
				projectId
			})
		}
	};
}

/** The body at the version the record has now, where it kept the example's version. */
function atCurrentVersion(body: unknown, example: Json, current: Json): unknown {
	if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
	const fields = body as Json;
	return fields.version === example.version && example.version !== undefined
		? { ...fields, version: current.version }
		: body;
}

let made: Promise<Record<string, Target>> | undefined;
/** The targets, made once for the file. */
const targets = () => (made ??= makeTargets());

const writes = operations.filter((operation) => operation.body);
/** Runs per operation: sized so the whole file stays within a few minutes on a small machine. */
const runsPerOperation = Number(process.env.SAPHAN_HOSTILE_RUNS ?? 25);
const minutes = 60_000;

describe('hostile input over HTTP', () => {
	it(
		'gets a 4xx, never a 5xx, from every write operation, and a refusal changes nothing',
		async () => {
			const table = await targets();
			expect(Object.keys(table).sort()).toEqual(
				writes.map((operation) => `${operation.method} ${operation.path}`).sort()
			);
			let tried = 0;
			const failures: string[] = [];
			for (const operation of writes) {
				const key = `${operation.method} ${operation.path}`;
				const target = table[key]!;
				const method = operation.method.toUpperCase();
				const example = target.example(await get(target.watch)) as Json;
				await fc.assert(
					fc.asyncProperty(hostileBody(operation.body!, example), async (body) => {
						const before = await get(target.watch);
						const text = jsonText(atCurrentVersion(body, example, target.example(before) as Json));
						const response = await send(method, target.path, text, target.anonymous);
						tried++;
						const answer = await response.text();
						if (response.status >= 500) failures.push(`${key}: ${text.slice(0, 300)} → ${answer}`);
						else if (response.status >= 400) {
							expect(JSON.stringify(await get(target.watch)), `${key} changed on ${answer}`).toBe(
								JSON.stringify(before)
							);
						}
					}),
					{ numRuns: runsPerOperation, seed: 13, endOnFailure: true }
				);
			}
			console.info(`hostile write requests: ${tried}, answered 5xx: ${failures.length}`);
			expect(failures).toEqual([]);
		},
		10 * minutes
	);

	it(
		'refuses bodies that are not UTF-8 or carry NUL or lone surrogates, on every write operation',
		async () => {
			const table = await targets();
			const encoder = new TextEncoder();
			/** The example with a bad character put at the start of its first text. */
			const spoilt = (example: string, bad: string) => example.replace(/":"/, `":"${bad}`);
			for (const operation of writes) {
				const target = table[`${operation.method} ${operation.path}`]!;
				const example = jsonText(target.example(await get(target.watch)));
				/** Bodies without a text (a version alone) have nothing to spoil but their bytes. */
				const texts = example.includes('":"')
					? [spoilt(example, '\\ud800'), spoilt(example, '\\udfff'), spoilt(example, '\\u0000')]
					: [];
				const invalidUtf8 = encoder.encode(spoilt(example, '\u0001'));
				invalidUtf8[Math.max(invalidUtf8.indexOf(1), 1)] = 0xff;
				const bodies: (string | Uint8Array<ArrayBuffer>)[] = [
					invalidUtf8,
					...texts,
					'[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
					'{"version":1e400}'
				];
				for (const body of bodies) {
					const before = await get(target.watch);
					const response = await send(
						operation.method.toUpperCase(),
						target.path,
						body,
						target.anonymous
					);
					const said = `${operation.path} ${String(body)} → ${await response.clone().text()}`;
					expect(response.status, said).toBeGreaterThanOrEqual(400);
					expect(response.status, said).toBeLessThan(500);
					expect(JSON.stringify(await get(target.watch))).toBe(JSON.stringify(before));
				}
			}
		},
		5 * minutes
	);
});
