// Makes an embedded database for measuring Saphan at city scale: the built-in data, then 20,000
// generated projects (FY2560–2569, Thai and English titles, lead and supporting agencies) with
// about 200,000 progress reports, inserted set-wise by the database itself, and indexed for the
// search as the app indexes what it writes.
// `node scripts/generate-volume.ts <data folder> [projects]`; `make bench VOLUME=1` uses it.
import { existsSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { startApp, stopApp } from '../src/lib/server/app.ts';
import { queryRows } from '../src/lib/server/db/client.ts';
import { reindex } from '../src/lib/server/search/documents.ts';
import { searchSources } from '../src/lib/server/modules.ts';
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
const statuses = ['completed', 'in_progress', 'delayed', 'planned', 'suspended', 'cancelled'];
const array = (values: string[]) =>
	sql`ARRAY[${sql.join(
		values.map((value) => sql`${value}`),
		sql`, `
	)}]::text[]`;

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
	await db.transaction(async (tx) => {
		await tx.execute(sql`CREATE TEMP TABLE volume ON COMMIT DROP AS
			SELECT i, gen_random_uuid() AS id, 2560 + i % 10 AS fiscal_year,
				5 + (i * 7) % 11 AS reports
			FROM generate_series(1, ${count}) AS i`);
		await tx.execute(sql`INSERT INTO projects (id, code, title_th, title_en, fiscal_year,
				start_date, end_date, budget_received, budget_spent, status, is_new, objectives,
				responsible_person, rationale_th)
			SELECT v.id,
				lpad((10000000 + (v.i % 97) * 10000)::text, 8, '0') || '-' || lpad(v.i::text, 5, '0'),
				(${array(kinds)})[1 + v.i % ${kinds.length}] || ' ' ||
					(${array(topics)})[1 + (v.i / 8) % ${topics.length}] || ' ' ||
					(${array(partners)})[1 + (v.i / 96) % ${partners.length}] || ' ครั้งที่ ' || (1 + v.i / 1056),
				(${array(kindsEn)})[1 + v.i % ${kindsEn.length}] || ' on ' ||
					(${array(topicsEn)})[1 + (v.i / 8) % ${topicsEn.length}] || ' ' ||
					(${array(partnersEn)})[1 + (v.i / 96) % ${partnersEn.length}] || ', round ' || (1 + v.i / 1056),
				v.fiscal_year,
				make_date(v.fiscal_year - 544, 10, 1) + (v.i % 60),
				make_date(v.fiscal_year - 543, 9, 30),
				((v.i * 37) % 500) * 10000, 0,
				(${array(statuses)})[1 + (v.i * 3) % ${statuses.length}],
				v.i % 4 = 0,
				'["แลกเปลี่ยนองค์ความรู้ระหว่างเมือง", "พัฒนาศักยภาพบุคลากรของกรุงเทพมหานคร"]'::jsonb,
				'นางสาวสมใจ ใจดี ' || (1000 + v.i % 9000),
				'เพื่อพัฒนาความร่วมมือระหว่างกรุงเทพมหานครกับเมืองพันธมิตร'
			FROM volume v`);
		await tx.execute(sql`WITH a AS (SELECT array_agg(id ORDER BY code) AS ids, count(*)::int AS n FROM agencies)
			INSERT INTO project_agencies (project_id, agency_id, role)
			SELECT v.id, a.ids[1 + (v.i * 7) % a.n], 'lead' FROM volume v, a
			UNION ALL
			SELECT v.id, a.ids[1 + (v.i * 13 + 5) % a.n], 'supporting' FROM volume v, a
			WHERE (v.i * 13 + 5) % a.n <> (v.i * 7) % a.n AND v.i % 3 = 0`);
		await tx.execute(sql`INSERT INTO progress_reports (project_id, sequence, reported_on,
				status_text, percent_done, budget_disbursed, on_plan, on_target, reported_by, state,
				submitted_at)
			SELECT v.id, s,
				make_date(v.fiscal_year - 544, 10, 1) + (s * interval '1 month')::interval + interval '3 days' * (1 + (v.i + s) % 10),
				'ดำเนินการตามแผนงาน ครั้งที่ ' || s || ' ประสานงานกับเมืองพันธมิตรและจัดกิจกรรมตามกำหนด',
				least(100, round(s * 100.0 / v.reports)),
				((v.i * s) % 50) * 1000,
				(v.i + s) % 5 <> 0, (v.i + s) % 7 <> 0,
				'ผู้รายงาน ' || (v.i % 50),
				CASE WHEN s = v.reports AND v.i % 5 = 0 THEN 'submitted' ELSE 'approved' END,
				CASE WHEN s = v.reports AND v.i % 5 = 0 THEN now() ELSE NULL END
			FROM volume v CROSS JOIN generate_series(1, v.reports) AS s`);
	});
	// Every write of the app indexes its record for the search in its own transaction: so do these.
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
