// Makes an embedded database for measuring Saphan at city scale: the built-in data, then 20,000
// generated projects (FY2560–2569, Thai and English titles, lead and supporting agencies) with
// about 200,000 progress reports, each project loaded as a project file is (tests/factories) and
// every fifth one's latest report entered and submitted by its reporter, then indexed for the
// search as the built-in data is.
// `node scripts/generate-volume.ts <data folder> [projects]`; `make bench VOLUME=1` uses it.
import { existsSync } from 'node:fs';
import { asc, sql } from 'drizzle-orm';
import { startApp, stopApp } from '../src/lib/server/app.ts';
import { queryRows } from '../src/lib/server/db/client.ts';
import { agencies } from '../src/lib/server/db/schema.ts';
import { systemActor } from '../src/lib/server/platform/actor.ts';
import type { ProjectStatus } from '../src/lib/server/projects/status.ts';
import { submitProgressReport } from '../src/lib/server/projects/progress-reports.ts';
import { reindex } from '../src/lib/server/search/documents.ts';
import { searchSources } from '../src/lib/server/modules.ts';
import { makeProgressReport, makeProject } from '../tests/factories/index.ts';
import { adminPassword } from '../tests/browser/server.ts';

const dataDir = process.argv[2];
const count = Number(process.argv[3] ?? 20_000);
if (!dataDir || !Number.isInteger(count) || count < 1) {
	console.error('usage: node scripts/generate-volume.ts <data folder> [projects]');
	process.exit(2);
}
if (existsSync(dataDir)) {
	console.error(`${dataDir} exists: give a new folder`);
	process.exit(2);
}

const kinds = [
	'โครงการส่งเสริมความร่วมมือ',
	'โครงการแลกเปลี่ยนเรียนรู้',
	'โครงการศึกษาดูงาน',
	'โครงการสัมมนาระหว่างประเทศ',
	'กิจกรรมพัฒนาศักยภาพบุคลากร',
	'โครงการพัฒนาเครือข่าย',
	'โครงการประชุมวิชาการ',
	'โครงการจัดทำแผนความร่วมมือ'
];
const kindsEn = [
	'Cooperation programme',
	'Exchange of experience',
	'Study visit',
	'International seminar',
	'Staff development',
	'Network development',
	'Technical conference',
	'Cooperation plan'
];
const topics = [
	'ด้านคุณภาพชีวิต',
	'ด้านสิ่งแวดล้อมและการจัดการขยะ',
	'ด้านการท่องเที่ยวเชิงวัฒนธรรม',
	'ด้านการศึกษาและเยาวชน',
	'ด้านสาธารณสุขและผู้สูงอายุ',
	'ด้านการจราจรและขนส่งมวลชน',
	'ด้านการป้องกันและแก้ไขปัญหาน้ำท่วม',
	'ด้านเมืองอัจฉริยะและข้อมูลเปิด',
	'ด้านเศรษฐกิจสร้างสรรค์',
	'ด้านพื้นที่สีเขียวและสวนสาธารณะ',
	'ด้านความปลอดภัยในชีวิตและทรัพย์สิน',
	'ด้านการบริหารจัดการเมือง'
];
const topicsEn = [
	'quality of life',
	'environment and waste',
	'cultural tourism',
	'education and youth',
	'public health and the elderly',
	'traffic and mass transit',
	'flood prevention',
	'smart city and open data',
	'creative economy',
	'green space and parks',
	'public safety',
	'city management'
];
const partners = [
	'กับเมืองพี่เมืองน้อง',
	'กับกรุงโตเกียว',
	'กับกรุงโซล',
	'กับนครเซี่ยงไฮ้',
	'กับกรุงปารีส',
	'กับนครซิดนีย์',
	'กับกรุงฮานอย',
	'กับกรุงจาการ์ตา',
	'กับองค์การระหว่างประเทศ',
	'กับเครือข่ายเมืองในภูมิภาคอาเซียน',
	'กับกรุงพนมเปญ'
];
const partnersEn = [
	'with sister cities',
	'with Tokyo',
	'with Seoul',
	'with Shanghai',
	'with Paris',
	'with Sydney',
	'with Hanoi',
	'with Jakarta',
	'with international organisations',
	'with ASEAN city networks',
	'with Phnom Penh'
];
const statuses: ProjectStatus[] = [
	'completed',
	'in_progress',
	'delayed',
	'planned',
	'suspended',
	'cancelled'
];
/** The statuses a report states; the others follow from how far the reports got. */
const stated: ProjectStatus[] = ['delayed', 'suspended', 'cancelled'];

/** The ISO date `months` and `days` after the first of October of the Gregorian `year`. */
const afterOctober = (year: number, months: number, days = 0) =>
	new Date(Date.UTC(year, 9 + months, 1 + days)).toISOString().slice(0, 10);
const padded = (n: number, width: number) => String(n).padStart(width, '0');

/** The reports of project `i`: none for a planned one; the last states a stated status. */
function reportsOf(i: number, fiscalYear: number, status: ProjectStatus) {
	if (status === 'planned') return [];
	// 7 to 17 a project, monthly: the last falls within the six months after its fiscal year.
	const count = 7 + ((i * 7) % 11);
	const reach = status === 'completed' ? 100 : 90;
	return Array.from({ length: count }, (_, index) => {
		const s = index + 1;
		return {
			sequence: s,
			reportedOn: afterOctober(fiscalYear - 544, s, 3 * (1 + ((i + s) % 10))),
			statusText: `ดำเนินการตามแผนงาน ครั้งที่ ${s} ประสานงานกับเมืองพันธมิตรและจัดกิจกรรมตามกำหนด`,
			percentDone: Math.round((s * reach) / count),
			budgetDisbursed: ((i * s) % 50) * 1000,
			onPlan: (i + s) % 5 !== 0,
			onTarget: (i + s) % 7 !== 0,
			reportedBy: `ผู้รายงาน ${i % 50}`,
			...(s === count && stated.includes(status) ? { projectStatus: status } : {})
		};
	});
}

const started = performance.now();
const app = await startApp({
	...process.env,
	SAPHAN_DATA_DIR: dataDir,
	SAPHAN_ADMIN_PASSWORD: adminPassword,
	SAPHAN_LOG_LEVEL: 'warn',
	DATABASE_URL: ''
});
const { db } = app.database;
try {
	// Made-up records, one transaction each: not waiting for each commit to reach the disk is
	// safe, since a crash only means making the volume again.
	await db.execute(sql`SET synchronous_commit = off`);
	const codes = (
		await db.select({ code: agencies.code }).from(agencies).orderBy(asc(agencies.code))
	).map((row) => row.code);
	for (let i = 1; i <= count; i++) {
		const fiscalYear = 2560 + (i % 10);
		const status = statuses[i % statuses.length]!;
		const reports = reportsOf(i, fiscalYear, status);
		// Every fifth project's latest report waits for review: its reporter enters and submits it.
		const waiting = i % 5 === 0 ? reports.pop() : undefined;
		const round = 1 + Math.floor(i / 1056);
		const lead = (i * 7) % codes.length;
		const supporting = (i * 13 + 5) % codes.length;
		const project = await makeProject(db, {
			code: `${padded(10_000_000 + (i % 97) * 10_000, 8)}-${padded(i, 5)}`,
			titleTh: `${kinds[i % kinds.length]} ${topics[Math.floor(i / 8) % topics.length]} ${partners[Math.floor(i / 96) % partners.length]} ครั้งที่ ${round}`,
			titleEn: `${kindsEn[i % kindsEn.length]} on ${topicsEn[Math.floor(i / 8) % topicsEn.length]} ${partnersEn[Math.floor(i / 96) % partnersEn.length]}, round ${round}`,
			fiscalYear,
			startDate: afterOctober(fiscalYear - 544, 0, i % 60),
			endDate: afterOctober(fiscalYear - 544, 11, 29),
			budgetReceived: ((i * 37) % 500) * 10_000,
			isNew: i % 4 === 0,
			objectives: ['แลกเปลี่ยนองค์ความรู้ระหว่างเมือง', 'พัฒนาศักยภาพบุคลากรของกรุงเทพมหานคร'],
			responsiblePerson: `นางสาวสมใจ ใจดี ${1000 + (i % 9000)}`,
			rationaleTh: 'เพื่อพัฒนาความร่วมมือระหว่างกรุงเทพมหานครกับเมืองพันธมิตร',
			leadAgency: codes[lead]!,
			supportingAgencies: i % 3 === 0 && supporting !== lead ? [codes[supporting]!] : [],
			reports
		});
		if (waiting) {
			const { sequence: _sequence, ...entered } = waiting;
			const draft = await makeProgressReport(db, project.id, entered);
			const { sequence, version } = draft;
			await submitProgressReport(db, { actor: systemActor }, project.id, sequence, version);
		}
		if (i % 1000 === 0) console.log(`  ${i} projects`);
	}
	await db.execute(sql`SET synchronous_commit = on`);
	// As a load of the built-in data does, the projects and their reports are indexed at the end.
	await db.transaction((tx) => reindex(tx, searchSources));
	// As the app's start does: the tables as autovacuum leaves a PostgreSQL server's.
	await app.database.maintain();
	await app.database.checkpoint();
	const [counts] = await queryRows<{ projects: number; reports: number }>(
		db,
		sql`SELECT (SELECT count(*) FROM projects)::int AS projects, (SELECT count(*) FROM progress_reports)::int AS reports`
	);
	console.log(
		`${dataDir}: ${counts?.projects} projects, ${counts?.reports} progress reports in ${(
			(performance.now() - started) /
			1000
		).toFixed(1)} s`
	);
} finally {
	await stopApp();
}
