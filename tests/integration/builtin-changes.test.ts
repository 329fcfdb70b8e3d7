import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import {
	decideBuiltinChange,
	listBuiltinChanges,
	type BuiltinDecision
} from '../../src/lib/server/builtin-changes.ts';
import { builtinFolder, loadBuiltinData } from '../../src/lib/server/builtin-data.ts';
import { queryRows } from '../../src/lib/server/db/client.ts';
import { auditLog, builtinBaselines } from '../../src/lib/server/db/schema.ts';
import { updatePractice } from '../../src/lib/server/knowledge/practices.ts';
import { practiceUpdateSchema } from '../../src/lib/server/knowledge/schemas.ts';
import { partnerInputSchema } from '../../src/lib/server/partners/schemas.ts';
import { updatePartner } from '../../src/lib/server/partners/write.ts';
import type { Actor } from '../../src/lib/server/platform/actor.ts';
import type { AuditEntityType } from '../../src/lib/server/platform/audit/record.ts';
import { parseInput } from '../../src/lib/server/platform/validation.ts';
import { makeUser } from '../factories/index.ts';
import { createTestDatabase, type TestDatabase, refusal } from './harness.ts';

type Row = Record<string, unknown> & { id: string; version?: number };
type Node = Record<string, unknown>;

/** A field of a record: its column and its name in the data file. */
type Field = { column: string; name: string };

interface Case {
	kind: AuditEntityType;
	key: string;
	file: string;
	/** Finds the record in the parsed file. */
	match: (node: Node) => boolean;
	table: string;
	where: string;
	/** The field a person changes, and the one only the file changes. */
	person: Field;
	untouched: Field;
	/** How a person changes it in Saphan, when the app has a use case for it. */
	edit?: (row: Row, value: string) => Promise<void>;
}

const byCode = (code: string) => (node: Node) => node.code === code;
const field = (column: string, name: string): Field => ({ column, name });
const planId = (code: string) => `plan_id = (SELECT id FROM plans WHERE code = '${code}')`;
const elementId = (plan: string, code: string) =>
	`(SELECT id FROM plan_elements WHERE code = '${code}' AND ${planId(plan)})`;

let test: TestDatabase;
let admin: Actor;
let officer: Actor;
let folder: string;

/** One built-in record of every kind: agencies, countries, partners, agreements, plans and their
 * elements, KPIs, alignments, projects, engagements, practices and circulars. */
const cases: Case[] = [
	{
		kind: 'agency',
		key: 'IAO',
		file: 'agencies.yaml',
		match: byCode('IAO'),
		table: 'agencies',
		where: "code = 'IAO'",
		person: field('name_en', 'nameEn'),
		untouched: field('abbr_th', 'abbrTh')
	},
	{
		kind: 'country',
		key: 'JP',
		file: 'countries.yaml',
		match: byCode('JP'),
		table: 'countries',
		where: "code = 'JP'",
		person: field('name_en', 'nameEn'),
		untouched: field('region', 'region')
	},
	{
		kind: 'partner',
		key: 'US-WAS',
		file: 'partners.yaml',
		match: byCode('US-WAS'),
		table: 'partners',
		where: "code = 'US-WAS'",
		person: field('description_th', 'descriptionTh'),
		untouched: field('name_local', 'nameLocal'),
		edit: async (row, value) => {
			await updatePartner(
				test.database.db,
				{ actor: officer },
				row.id,
				parseInput(partnerInputSchema, {
					kind: row.kind,
					nameTh: row.name_th,
					nameEn: row.name_en,
					nameLocal: row.name_local ?? '',
					countryCode: row.country_code ?? '',
					latitude: row.latitude,
					longitude: row.longitude,
					website: row.website ?? '',
					descriptionTh: value,
					status: row.status,
					version: row.version
				})
			);
		}
	},
	{
		kind: 'agreement',
		key: 'AG-US-WAS-1962',
		file: 'agreements.yaml',
		match: byCode('AG-US-WAS-1962'),
		table: 'agreements',
		where: "code = 'AG-US-WAS-1962'",
		person: field('note_th', 'noteTh'),
		untouched: field('title_en', 'titleEn')
	},
	{
		kind: 'plan',
		key: 'BKK-20Y-2561-2580',
		file: 'plans/bangkok-20-year-2561-2580.yaml',
		match: byCode('BKK-20Y-2561-2580'),
		table: 'plans',
		where: "code = 'BKK-20Y-2561-2580'",
		person: field('title_en', 'titleEn'),
		untouched: field('issuer_en', 'issuerEn')
	},
	{
		kind: 'plan_element',
		key: 'BKK-20Y-2561-2580/V',
		file: 'plans/bangkok-20-year-2561-2580.yaml',
		match: byCode('V'),
		table: 'plan_elements',
		where: `code = 'V' AND ${planId('BKK-20Y-2561-2580')}`,
		person: field('title_en', 'titleEn'),
		untouched: field('description_en', 'descriptionEn')
	},
	{
		kind: 'kpi',
		key: 'IAO-FA-2566-2570/1.1',
		file: 'plans/iao-foreign-affairs-2566-2570.yaml',
		match: (node) => node.code === '1.1' && 'targets' in node,
		table: 'kpis',
		where: `code = '1.1' AND ${planId('IAO-FA-2566-2570')}`,
		person: field('notes_en', 'notesEn'),
		untouched: field('unit_en', 'unitEn')
	},
	{
		kind: 'element_alignment',
		key: 'TH-NESDP-13/8>TH-NS-2561-2580/2',
		file: 'plan-alignments.yaml',
		match: (node) =>
			(node.from as Node | undefined)?.element === '8' &&
			(node.to as Node | undefined)?.plan === 'TH-NS-2561-2580' &&
			(node.to as Node | undefined)?.element === '2',
		table: 'element_alignments',
		where: `from_element_id = ${elementId('TH-NESDP-13', '8')} AND to_element_id = ${elementId('TH-NS-2561-2580', '2')}`,
		person: field('note_en', 'noteEn'),
		untouched: field('note_th', 'noteTh')
	},
	{
		kind: 'project',
		key: '04160000-3949',
		file: 'projects/04160000-3949.yaml',
		match: byCode('04160000-3949'),
		table: 'projects',
		where: "code = '04160000-3949'",
		person: field('targets_th', 'targetsTh'),
		untouched: field('coordinator', 'coordinator')
	},
	{
		kind: 'engagement',
		key: 'ENG-2019-MGMAC',
		file: 'engagements/2019-mgmac.yaml',
		match: byCode('ENG-2019-MGMAC'),
		table: 'engagements',
		where: "code = 'ENG-2019-MGMAC'",
		person: field('summary_th', 'summaryTh'),
		untouched: field('venue', 'venue')
	},
	{
		kind: 'practice',
		key: 'seed000-city-02-cebu',
		file: 'knowledge/seed-000-build-back-better.yaml',
		match: byCode('seed000-city-02-cebu'),
		table: 'practices',
		where: "code = 'seed000-city-02-cebu'",
		person: field('summary_th', 'summaryTh'),
		untouched: field('title_en', 'titleEn'),
		edit: async (row, value) => {
			await updatePractice(
				test.database.db,
				{ actor: officer },
				row.id,
				parseInput(practiceUpdateSchema, {
					sourceKind: row.source_kind,
					sourceName: row.source_name,
					sourceNameEn: row.source_name_en ?? '',
					partnerId: row.partner_id,
					country: row.country ?? '',
					region: row.region,
					titleTh: row.title_th,
					titleEn: row.title_en ?? '',
					summaryTh: value,
					actions: row.actions,
					measureText: row.measure_text ?? '',
					measureCategories: row.measure_categories,
					themes: row.themes,
					sdgs: row.sdgs,
					asOf: row.as_of,
					sourceDocument: row.source_document ?? '',
					language: row.language,
					version: row.version
				})
			);
		}
	},
	{
		kind: 'circular',
		key: 'seed000-memo-approval',
		file: 'knowledge/seed-000-build-back-better.yaml',
		match: byCode('seed000-memo-approval'),
		table: 'circulars',
		where: "code = 'seed000-memo-approval'",
		person: field('body', 'body'),
		untouched: field('signed_position', 'signedPosition')
	}
];

async function read(entry: Case): Promise<Row> {
	const [row] = await queryRows<Row>(
		test.database.db,
		sql.raw(`SELECT * FROM ${entry.table} WHERE ${entry.where}`)
	);
	if (!row) throw new Error(`no ${entry.kind} ${entry.key}`);
	// A country's id is its code.
	return { ...row, id: String(row.id ?? row.code) };
}

/** A person's change: through the app's use case where it has one, else as its form would save. */
async function personEdits(entry: Case, value: string): Promise<void> {
	const row = await read(entry);
	if (entry.edit) return entry.edit(row, value);
	const bump = row.version === undefined ? '' : ', version = version + 1';
	await test.database.db.execute(
		sql.raw(
			`UPDATE ${entry.table} SET ${entry.person.column} = '${value}'${bump} WHERE ${entry.where}`
		)
	);
}

/** Finds the record in a data file and changes one of its fields there. */
function correctFile(entry: Case, name: string, value: string): void {
	const path = join(folder, entry.file);
	const data: unknown = parse(readFileSync(path, 'utf8'));
	const visit = (node: unknown): Node | undefined => {
		if (!node || typeof node !== 'object') return undefined;
		if (!Array.isArray(node) && entry.match(node as Node)) return node as Node;
		for (const child of Object.values(node)) {
			const found = visit(child);
			if (found) return found;
		}
		return undefined;
	};
	const record = visit(data);
	if (!record) throw new Error(`${entry.file} has no ${entry.key}`);
	record[name] = value;
	writeFileSync(path, stringify(data));
}

const personValue = (entry: Case) => `แก้โดยเจ้าหน้าที่ ${entry.kind}`;
const fileValue = (entry: Case) => `Corrected in the file: ${entry.kind}`;
const conflictValue = (entry: Case) => `แฟ้มแก้ช่องเดียวกัน ${entry.kind}`;

/** Rows written per file, the search index aside. */
const written = (counts: Record<string, number>) =>
	Object.entries(counts)
		.filter(([name]) => name !== 'search index')
		.reduce((sum, [, n]) => sum + n, 0);

beforeAll(async () => {
	folder = mkdtempSync(join(tmpdir(), 'saphan-builtin-'));
	cpSync(builtinFolder, folder, { recursive: true });
	test = await createTestDatabase({ builtinData: true });
	admin = (await makeUser(test.database.db, { roles: ['admin'] })).actor;
	officer = (await makeUser(test.database.db, { roles: ['iao_officer'] })).actor;
});
afterAll(async () => {
	await test.drop();
	rmSync(folder, { recursive: true, force: true });
});

describe('built-in records people changed', () => {
	const versions = new Map<string, number | undefined>();

	it('keep the people’s values and versions at every start', async () => {
		for (const entry of cases) {
			await personEdits(entry, personValue(entry));
			versions.set(entry.kind, (await read(entry)).version);
		}
		for (const restart of [1, 2]) {
			const counts = await loadBuiltinData(test.database, folder);
			expect(written(counts), `restart ${restart}`).toBe(0);
		}
		for (const entry of cases) {
			const row = await read(entry);
			expect(row[entry.person.column], entry.kind).toBe(personValue(entry));
			expect(row.version, entry.kind).toBe(versions.get(entry.kind));
		}
		expect(await listBuiltinChanges(test.database.db, admin)).toEqual([]);
	});

	it('take a file’s correction to a field no one changed, as a new version audited as the system', async () => {
		for (const entry of cases) correctFile(entry, entry.untouched.name, fileValue(entry));
		const counts = await loadBuiltinData(test.database, folder);
		expect(written(counts)).toBe(cases.length);
		for (const entry of cases) {
			const row = await read(entry);
			expect(row[entry.untouched.column], entry.kind).toBe(fileValue(entry));
			expect(row[entry.person.column], entry.kind).toBe(personValue(entry));
			const before = versions.get(entry.kind);
			expect(row.version, entry.kind).toBe(before === undefined ? undefined : before + 1);
			versions.set(entry.kind, row.version);
			const [audited] = await test.database.db
				.select()
				.from(auditLog)
				.where(
					and(
						eq(auditLog.entityType, entry.kind),
						eq(auditLog.entityId, String(row.id)),
						eq(auditLog.action, 'update'),
						isNull(auditLog.actorId)
					)
				);
			expect(audited?.after, entry.kind).toMatchObject({
				[entry.untouched.name]: fileValue(entry)
			});
		}
		expect(written(await loadBuiltinData(test.database, folder))).toBe(0);
	});

	it('list a field both changed for an administrator and keep the person’s value', async () => {
		for (const entry of cases) correctFile(entry, entry.person.name, conflictValue(entry));
		const counts = await loadBuiltinData(test.database, folder);
		expect(written(counts)).toBe(0);
		for (const entry of cases) {
			const row = await read(entry);
			expect(row[entry.person.column], entry.kind).toBe(personValue(entry));
			expect(row.version, entry.kind).toBe(versions.get(entry.kind));
		}
		const listed = await listBuiltinChanges(test.database.db, admin);
		expect(
			listed.map(({ kind, key, field, person, file }) => ({ kind, key, field, person, file }))
		).toEqual(
			expect.arrayContaining(
				cases.map((entry) => ({
					kind: entry.kind,
					key: entry.key,
					field: entry.person.name,
					person: personValue(entry),
					file: conflictValue(entry)
				}))
			)
		);
		expect(listed).toHaveLength(cases.length);
		// Listed once: another start does not write the list again.
		expect(written(await loadBuiltinData(test.database, folder))).toBe(0);
		expect(await listBuiltinChanges(test.database.db, admin)).toHaveLength(cases.length);
	});

	it('are settled by an administrator only: the file’s value or the person’s, each audited', async () => {
		const [partner, practice] = ['partner', 'practice'].map((kind) =>
			cases.find((entry) => entry.kind === kind)!
		);
		const decision = (entry: Case, choice: BuiltinDecision['decision']): BuiltinDecision => ({
			kind: entry.kind,
			key: entry.key,
			field: entry.person.name,
			decision: choice
		});
		const forbidden = await refusal(
			decideBuiltinChange(
				test.database.db,
				{ actor: officer },
				decision(partner!, 'keep_person'),
				folder
			)
		);
		expect(forbidden.code).toBe('forbidden');
		expect((await refusal(listBuiltinChanges(test.database.db, officer))).code).toBe('forbidden');

		await decideBuiltinChange(
			test.database.db,
			{ actor: admin },
			decision(partner!, 'keep_person'),
			folder
		);
		await decideBuiltinChange(
			test.database.db,
			{ actor: admin },
			decision(practice!, 'accept_file'),
			folder
		);
		const kept = await read(partner!);
		expect(kept.description_th).toBe(personValue(partner!));
		expect(kept.version).toBe(versions.get('partner'));
		const accepted = await read(practice!);
		expect(accepted.summary_th).toBe(conflictValue(practice!));
		expect(accepted.version).toBe((versions.get('practice') ?? 0) + 1);

		const decisions = await test.database.db
			.select({ action: auditLog.action, entityType: auditLog.entityType })
			.from(auditLog)
			.where(eq(auditLog.actorId, admin.id ?? ''));
		expect(decisions).toEqual(
			expect.arrayContaining([
				{ action: 'keep_person', entityType: 'partner' },
				{ action: 'accept_file', entityType: 'practice' }
			])
		);
		const left = await listBuiltinChanges(test.database.db, admin);
		expect(left).toHaveLength(cases.length - 2);
		expect(left.map((change) => change.kind)).not.toContain('partner');

		// Settled stays settled: the next start keeps both and lists neither again.
		expect(written(await loadBuiltinData(test.database, folder))).toBe(0);
		expect((await read(partner!)).description_th).toBe(personValue(partner!));
		expect(await listBuiltinChanges(test.database.db, admin)).toHaveLength(cases.length - 2);
		const gone = await refusal(
			decideBuiltinChange(
				test.database.db,
				{ actor: admin },
				decision(partner!, 'accept_file'),
				folder
			)
		);
		expect(gone.code).toBe('not_found');
	});

	it('on a database from before baselines, overwrite nothing and list what differs', async () => {
		const agency = cases[0]!;
		await test.database.db.delete(builtinBaselines);
		await personEdits(agency, 'Changed before baselines');
		const counts = await loadBuiltinData(test.database, folder);
		expect(written(counts)).toBe(0);
		expect((await read(agency))[agency.person.column]).toBe('Changed before baselines');
		const listed = await listBuiltinChanges(test.database.db, admin);
		expect(listed).toEqual(
			expect.arrayContaining([
				expect.objectContaining({
					kind: 'agency',
					key: 'IAO',
					field: 'nameEn',
					person: 'Changed before baselines',
					file: conflictValue(agency)
				})
			])
		);
		// Fields that agree with the file are recorded as applied, so they take later corrections.
		const [baseline] = await test.database.db
			.select()
			.from(builtinBaselines)
			.where(and(eq(builtinBaselines.kind, 'agency'), eq(builtinBaselines.key, 'IAO')));
		expect(baseline?.applied).toMatchObject({ abbrTh: fileValue(agency) });
		expect(baseline?.applied).not.toHaveProperty('nameEn');
	});
});
