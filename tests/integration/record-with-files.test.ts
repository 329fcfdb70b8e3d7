import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	agencies,
	attachments,
	auditLog,
	circularRecipients,
	circulars,
	kpiResults
} from '../../src/lib/server/db/schema.ts';
import { sendCircular } from '../../src/lib/server/knowledge/circulars.ts';
import { checkFiles, withFiles } from '../../src/lib/server/platform/attachments/attachments.ts';
import { AppError } from '../../src/lib/server/platform/errors.ts';
import { saveKpiResult } from '../../src/lib/server/plans/kpi-results.ts';
import { makePlan, makePractice, makeUser, loadAgencies } from '../factories/index.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

const pdf = (name = 'หนังสือเวียน.pdf') =>
	new File(['%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'], name, {
		type: 'application/pdf'
	});
/** Named as a PDF, but its bytes are a web page. */
const fakePdf = () => new File(['<html></html>'], 'annex.pdf', { type: 'application/pdf' });

let test: TestDatabase;
let storageDir: string;
/** A file where the files folder should be: every write to it fails. */
let brokenStorage: string;
const agencyId: Record<string, string> = {};
beforeAll(async () => {
	test = await createTestDatabase();
	storageDir = mkdtempSync(join(tmpdir(), 'saphan-files-'));
	brokenStorage = join(mkdtempSync(join(tmpdir(), 'saphan-broken-')), 'files');
	writeFileSync(brokenStorage, 'not a folder');
	await loadAgencies(test.database.db, {
		code: 'ENV',
		kind: 'department',
		nameTh: 'สำนักสิ่งแวดล้อม',
		nameEn: 'Environment',
		parent: 'BMA',
		verified: true
	});
	for (const row of await test.database.db.select().from(agencies)) agencyId[row.code] = row.id;
});
afterAll(async () => {
	await test.drop();
	rmSync(storageDir, { recursive: true, force: true });
	rmSync(join(brokenStorage, '..'), { recursive: true, force: true });
});

async function refusal(promise: Promise<unknown>) {
	const caught = await promise.then(
		() => null,
		(error: unknown) => error
	);
	if (caught === null) throw new Error('expected a refusal');
	return caught;
}

const filesOnDisk = () =>
	readdirSync(storageDir, { recursive: true, withFileTypes: true }).filter((entry) =>
		entry.isFile()
	).length;

async function counts() {
	const { db } = test.database;
	const count = async (table: typeof circulars | typeof circularRecipients | typeof attachments) =>
		(await db.select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n;
	return {
		circulars: await count(circulars),
		recipients: await count(circularRecipients),
		attachments: await count(attachments),
		results: (await db.select({ n: sql<number>`count(*)::int` }).from(kpiResults))[0]?.n,
		audit: (await db.select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]?.n,
		files: filesOnDisk()
	};
}

describe('a record and its files', () => {
	it('sends a circular with its files, or nothing at all', async () => {
		const { db } = test.database;
		const { actor } = await makeUser(db, { roles: ['iao_officer'] });
		const practice = await makePractice(db, {}, actor);
		const input = {
			documentNumber: 'กท ๐๔๑๐/๗๗',
			issuedOn: '2026-03-15',
			subject: 'แนวปฏิบัติ',
			fromText: 'สำนักงานการต่างประเทศ',
			toText: 'ผู้อำนวยการสำนัก',
			body: 'เพื่อโปรดทราบ',
			signedBy: null,
			signedPosition: null,
			practiceIds: [practice.id],
			recipientAgencyIds: [agencyId.ENV!]
		};
		const before = await counts();

		// A refused file refuses the circular before anything is written.
		const refused = await refusal(checkFiles([pdf(), fakePdf()]));
		expect(refused).toBeInstanceOf(AppError);
		expect((refused as AppError).fields?.files?.key).toBe('validation.fileType');

		// A file that cannot be written rolls the circular, its recipients and its audit back.
		const files = await checkFiles([pdf(), pdf('ภาคผนวก.pdf')]);
		await refusal(sendCircular(db, { actor }, input, { files, storageDir: brokenStorage }));
		expect(await counts()).toEqual(before);

		// The retry sends it exactly once, with both files.
		const sent = await sendCircular(db, { actor }, input, { files, storageDir });
		const after = await counts();
		expect(after).toMatchObject({
			circulars: before.circulars! + 1,
			recipients: before.recipients! + 1,
			attachments: before.attachments! + 2,
			files: before.files + 2
		});
		const kept = await db.select().from(attachments).where(eq(attachments.ownerId, sent.id));
		expect(kept.map((row) => row.fileName).sort()).toEqual(['ภาคผนวก.pdf', 'หนังสือเวียน.pdf']);
	});

	it('saves and submits a KPI result with its evidence, or nothing at all', async () => {
		const { db } = test.database;
		const { kpi } = await makePlan(db, 'IAO');
		const { actor } = await makeUser(db, {
			roles: ['agency_reporter'],
			agencyIds: [agencyId.IAO!]
		});
		const input = { fiscalYear: 2567, value: 2, evidenceTh: 'ผลการดำเนินงาน', evidenceLinks: [] };
		const before = await counts();

		expect(await refusal(checkFiles([fakePdf()]))).toBeInstanceOf(AppError);
		const files = await checkFiles([pdf('หลักฐาน.pdf')]);
		await refusal(
			saveKpiResult(db, { actor }, kpi.id, input, {
				evidence: { files, storageDir: brokenStorage },
				submit: true
			})
		);
		expect(await counts()).toEqual(before);

		const saved = await saveKpiResult(db, { actor }, kpi.id, input, {
			evidence: { files, storageDir },
			submit: true
		});
		expect(saved.status).toBe('submitted');
		expect(await counts()).toMatchObject({
			results: before.results! + 1,
			attachments: before.attachments! + 1,
			files: before.files + 1
		});
		const trail = await db
			.select({ action: auditLog.action })
			.from(auditLog)
			.where(eq(auditLog.entityId, saved.id));
		expect(trail.map((entry) => entry.action).sort()).toEqual(['create', 'submit']);
	});

	it('removes the files already written when the transaction fails after them', async () => {
		const { db } = test.database;
		const { actor } = await makeUser(db, { roles: ['iao_officer'] });
		const files = await checkFiles([pdf(), pdf('ภาคผนวก.pdf')]);
		const before = await counts();
		let ownerId = '';
		const caught = await refusal(
			withFiles(db, { actor }, async (tx, keepFiles) => {
				const [circular] = await tx
					.insert(circulars)
					.values({
						documentNumber: 'กท ๐๔๑๐/๘๘',
						issuedOn: '2026-03-16',
						subject: 'แนวปฏิบัติ',
						fromText: 'สำนักงานการต่างประเทศ',
						toText: 'ผู้อำนวยการสำนัก',
						body: 'เพื่อโปรดทราบ'
					})
					.returning();
				ownerId = circular!.id;
				await keepFiles({ ownerType: 'circular', ownerId }, { files, storageDir });
				expect(filesOnDisk()).toBe(before.files + 2);
				throw new AppError('conflict');
			})
		);
		expect((caught as AppError).code).toBe('conflict');
		expect(await counts()).toEqual(before);
		expect(
			await db
				.select()
				.from(attachments)
				.where(inArray(attachments.ownerId, [ownerId]))
		).toEqual([]);
	});
});
