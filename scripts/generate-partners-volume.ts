// Fills a database with a large made-up partner register for measuring: 2,000 partners with an
// agreement each, 20,000 engagements (1990–2026) with a partner and the IAO taking part, and a
// commitment on every fourth engagement. The rows are fixtures, written straight in SQL without
// audit entries. `SAPHAN_DATA_DIR=<folder> node scripts/generate-partners-volume.ts`
import { sql } from 'drizzle-orm';
import { loadBuiltinData } from '../src/lib/server/builtin-data.ts';
import { parseConfig } from '../src/lib/server/config.ts';
import { openDatabase, type Database } from '../src/lib/server/db/client.ts';
import { migrate } from '../src/lib/server/db/migrate.ts';
import { refreshLastActivity } from '../src/lib/server/partners/repository.ts';
// Registers every module's search sources and partner activity before any write.
import '../src/lib/server/modules.ts';

export const volume = { partners: 2_000, engagements: 20_000 };

/** Migrates, loads the built-in data, then adds the volume fixtures (coded VOL-…). */
export async function generatePartnersVolume(database: Database): Promise<void> {
	await migrate(database.db);
	await loadBuiltinData(database);
	await database.db.transaction(async (tx) => {
		await tx.execute(sql`
			INSERT INTO partners (code, kind, name_th, name_en, country_code, latitude, longitude, status)
			SELECT 'VOL-' || g, (ARRAY['city','province','university','company'])[1 + g % 4],
				'เมืองทดสอบ ' || g, 'Volume City ' || g, c.code,
				(g % 140) - 70, (g * 7 % 360) - 180,
				(ARRAY['active','active','active','dormant','prospective'])[1 + g % 5]
			FROM generate_series(1, ${volume.partners}) g
			JOIN (SELECT code, row_number() OVER (ORDER BY code) - 1 AS n FROM countries) c
				ON c.n = g % (SELECT count(*) FROM countries)`);
		await tx.execute(sql`
			INSERT INTO agreements (code, type, title_th, signed_on, review_on, status)
			SELECT 'VOL-AG-' || g, (ARRAY['sister_city','friendship_city','mou','letter_of_intent'])[1 + g % 4],
				'ความตกลงทดสอบ ' || g, DATE '1965-01-01' + (g * 97 % 22000), DATE '2027-01-01' + (g % 900),
				'in_force'
			FROM generate_series(1, ${volume.partners}) g`);
		await tx.execute(sql`
			INSERT INTO agreement_parties (agreement_id, partner_id)
			SELECT a.id, p.id FROM agreements a JOIN partners p ON p.code = 'VOL-' || substr(a.code, 8)
			WHERE a.code LIKE 'VOL-AG-%'`);
		await tx.execute(sql`
			INSERT INTO engagements (code, kind, title_th, starts_on, ends_on, city, country_code, organising_agency_id, topics)
			SELECT 'VOL-EN-' || g,
				(ARRAY['meeting','visit_in','visit_out','seminar','video_conference'])[1 + g % 5],
				'การประชุมทดสอบ ' || g, DATE '1990-01-01' + (g * 13 % 13500),
				DATE '1990-01-01' + (g * 13 % 13500) + (g % 4), 'กรุงเทพมหานคร', 'TH',
				(SELECT id FROM agencies WHERE code = 'IAO'), '["หัวข้อทดสอบ"]'::jsonb
			FROM generate_series(1, ${volume.engagements}) g`);
		await tx.execute(sql`
			INSERT INTO engagement_participants (engagement_id, position, partner_id, headcount)
			SELECT e.id, 0, p.id, 5
			FROM engagements e
			JOIN partners p ON p.code = 'VOL-' || (1 + substr(e.code, 8)::int % ${volume.partners})
			WHERE e.code LIKE 'VOL-EN-%'`);
		await tx.execute(sql`
			INSERT INTO engagement_participants (engagement_id, position, agency_id)
			SELECT e.id, 1, (SELECT id FROM agencies WHERE code = 'IAO')
			FROM engagements e WHERE e.code LIKE 'VOL-EN-%'`);
		await tx.execute(sql`
			INSERT INTO commitments (engagement_id, position, title_th, scope, status, due_on)
			SELECT e.id, 0, 'งานติดตามทดสอบ ' || e.code, 'bilateral',
				(ARRAY['open','in_progress','done','dropped'])[1 + substr(e.code, 8)::int % 4],
				e.ends_on + 180
			FROM engagements e WHERE e.code LIKE 'VOL-EN-%' AND substr(e.code, 8)::int % 4 = 0`);
		await tx.execute(sql`
			INSERT INTO commitment_agencies (commitment_id, agency_id)
			SELECT c.id, a.id FROM commitments c
			JOIN engagements e ON e.id = c.engagement_id AND e.code LIKE 'VOL-EN-%'
			JOIN (SELECT id, row_number() OVER (ORDER BY code) - 1 AS n FROM agencies WHERE kind = 'department') a
				ON a.n = substr(e.code, 8)::int % (SELECT count(*) FROM agencies WHERE kind = 'department')`);
		await refreshLastActivity(tx);
	});
	// Fresh statistics, as autovacuum would gather on a server after such a load.
	await database.maintain();
	await database.checkpoint();
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const config = parseConfig(process.env);
	const database = await openDatabase(
		config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.SAPHAN_DATA_DIR }
	);
	try {
		await generatePartnersVolume(database);
		console.log(`${volume.partners} partners and ${volume.engagements} engagements added`);
	} finally {
		await database.close();
	}
}
