// Fills a database with a large made-up partner register for measuring: 2,000 partners with an
// agreement each, 20,000 engagements (1990–2026) with a partner and the IAO taking part, and a
// commitment on every fourth engagement, each made as an officer makes it (tests/factories: the
// modules' own use cases, so every record is valid, indexed for the search and audited).
// `SAPHAN_DATA_DIR=<folder> node scripts/generate-partners-volume.ts`
import { asc, eq, sql } from 'drizzle-orm';
import { loadBuiltinData } from '../src/lib/server/builtin-data.ts';
import { parseConfig } from '../src/lib/server/config.ts';
import { openDatabase, type Database } from '../src/lib/server/db/client.ts';
import { agencies, countries } from '../src/lib/server/db/schema.ts';
import { migrate } from '../src/lib/server/db/migrate.ts';
// Registers every module's search sources and partner activity before any write.
import '../src/lib/server/modules.ts';
import { makeAgreement, makeEngagement, makePartner } from '../tests/factories/index.ts';

export const volume = { partners: 2_000, engagements: 20_000 };

const partnerKinds = ['city', 'province', 'university', 'company'] as const;
const partnerStatuses = ['active', 'active', 'active', 'dormant', 'prospective'] as const;
const agreementTypes = ['sister_city', 'friendship_city', 'mou', 'letter_of_intent'] as const;
const engagementKinds = [
	'meeting',
	'visit_in',
	'visit_out',
	'seminar',
	'video_conference'
] as const;

/** The ISO date `days` after `from`. */
const daysAfter = (from: string, days: number) =>
	new Date(Date.parse(from) + days * 86_400_000).toISOString().slice(0, 10);

/** Migrates, loads the built-in data, then adds the volume (named “Volume City …” and so on). */
export async function generatePartnersVolume(database: Database): Promise<void> {
	await migrate(database.db);
	await loadBuiltinData(database);
	const { db } = database;
	// A bulk load of made-up records, one transaction each: not waiting for each commit to reach
	// the disk is safe, since a crash only means making the volume again.
	await db.execute(sql`SET synchronous_commit = off`);
	const countryCodes = (
		await db.select({ code: countries.code }).from(countries).orderBy(asc(countries.code))
	).map((row) => row.code);
	const departmentIds = (
		await db
			.select({ id: agencies.id })
			.from(agencies)
			.where(eq(agencies.kind, 'department'))
			.orderBy(asc(agencies.code))
	).map((row) => row.id);
	const [iao] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, 'IAO'));
	if (!iao || !countryCodes.length || !departmentIds.length) {
		throw new Error('the built-in agencies and countries are missing');
	}
	const partnerIds: string[] = [];
	for (let n = 1; n <= volume.partners; n++) {
		const partner = await makePartner(db, {
			kind: partnerKinds[n % partnerKinds.length],
			nameTh: `เมืองทดสอบ ${n}`,
			nameEn: `Volume City ${n}`,
			countryCode: countryCodes[n % countryCodes.length],
			latitude: (n % 140) - 70,
			longitude: ((n * 7) % 360) - 180,
			status: partnerStatuses[n % partnerStatuses.length]
		});
		partnerIds.push(partner.id);
		await makeAgreement(db, partner.id, {
			type: agreementTypes[n % agreementTypes.length],
			titleTh: `ความตกลงทดสอบ ${n}`,
			signedOn: daysAfter('1965-01-01', (n * 97) % 22_000),
			reviewOn: daysAfter('2027-01-01', n % 900)
		});
	}
	for (let n = 1; n <= volume.engagements; n++) {
		const startsOn = daysAfter('1990-01-01', (n * 13) % 13_500);
		const endsOn = daysAfter(startsOn, n % 4);
		await makeEngagement(db, {
			kind: engagementKinds[n % engagementKinds.length],
			titleTh: `การประชุมทดสอบ ${n}`,
			startsOn,
			endsOn,
			countryCode: 'TH',
			organisingAgencyId: iao.id,
			topics: ['หัวข้อทดสอบ'],
			participants: [
				{ partnerId: partnerIds[n % partnerIds.length], headcount: 5 },
				{ agencyId: iao.id }
			],
			commitments:
				n % 4 === 0
					? [
							{
								titleTh: `งานติดตามทดสอบ ${n}`,
								scope: 'bilateral',
								dueOn: daysAfter(endsOn, 180),
								agencyIds: [departmentIds[n % departmentIds.length]!]
							}
						]
					: []
		});
	}
	await db.execute(sql`SET synchronous_commit = on`);
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
