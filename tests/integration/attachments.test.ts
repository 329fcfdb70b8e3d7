import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, attachments, auditLog, kpiResults } from '../../src/lib/server/db/schema.ts';
import {
	attachFiles,
	checkFiles,
	maxAttachmentBytes,
	removeAttachment
} from '../../src/lib/server/platform/attachments/attachments.ts';
import { listAttachments } from '../../src/lib/server/platform/attachments/repository.ts';
import { attachmentPath } from '../../src/lib/server/platform/attachments/storage.ts';
import { AppError } from '../../src/lib/server/platform/errors.ts';
import { type Actor } from '../../src/lib/server/platform/actor.ts';
import {
	reviewKpiResult,
	saveKpiResult,
	submitKpiResult
} from '../../src/lib/server/plans/kpi-results.ts';
import { kpiDetail } from '../../src/lib/server/plans/repository.ts';
import { presentKpi } from '../../src/lib/server/plans/presenters.ts';
import { removeResultAttachment } from '../../src/lib/server/plans/result-attachments.ts';
import { makeKpiResult, makePlan, makeUser, loadAgencies } from '../factories/index.ts';
import { createTestDatabase, type TestDatabase, refusal } from './harness.ts';

const pdf = (name = 'หลักฐาน.pdf') =>
	new File(['%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'], name, {
		type: 'application/pdf'
	});

let test: TestDatabase;
let storageDir: string;
beforeAll(async () => {
	test = await createTestDatabase();
	storageDir = mkdtempSync(join(tmpdir(), 'saphan-files-'));
	await loadAgencies(test.database.db);
});
afterAll(async () => {
	await test.drop();
	rmSync(storageDir, { recursive: true, force: true });
});

async function countRows() {
	const rows = await test.database.db.select().from(attachments);
	const audits = await test.database.db
		.select()
		.from(auditLog)
		.where(eq(auditLog.entityType, 'attachment'));
	return { rows: rows.length, audits: audits.length };
}

/** A draft KPI result for files to belong to: attachments name real records. */
async function resultOwner(actor: Actor) {
	const { kpi } = await makePlan(test.database.db);
	const result = await makeKpiResult(test.database.db, kpi.id, { fiscalYear: 2567 }, actor);
	return result.id;
}

describe('attachments', () => {
	it('adds, lists and removes a file, audits both and removes it from disk', async () => {
		const { db } = test.database;
		const { user, actor } = await makeUser(db, { roles: ['iao_officer'] });
		const ownerId = await resultOwner(actor);
		const [added] = await attachFiles(
			db,
			{ actor },
			{ ownerType: 'kpi_result', ownerId, storageDir },
			[pdf('รายงาน ผล.pdf')]
		);
		if (!added) throw new Error('nothing attached');
		expect(added).toMatchObject({
			fileName: 'รายงาน ผล.pdf',
			contentType: 'application/pdf',
			uploadedBy: user.id
		});
		expect(added.sha256).toMatch(/^[0-9a-f]{64}$/);
		const path = attachmentPath(storageDir, added.id);
		expect(path).toBe(join(storageDir, added.id.slice(0, 2), added.id));
		expect(readFileSync(path).byteLength).toBe(added.sizeBytes);

		const listed = await listAttachments(db, 'kpi_result', [ownerId, crypto.randomUUID()]);
		expect(listed.map((row) => row.id)).toEqual([added.id]);
		expect(await listAttachments(db, 'kpi_result', [])).toEqual([]);

		await removeAttachment(db, { actor }, added.id, storageDir);
		expect(existsSync(path)).toBe(false);
		expect(await listAttachments(db, 'kpi_result', [ownerId])).toEqual([]);
		const trail = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityType, 'attachment'), eq(auditLog.entityId, added.id)));
		expect(trail.map((entry) => entry.action).sort()).toEqual(['create', 'delete']);
		expect((await refusal(removeAttachment(db, { actor }, added.id, storageDir))).code).toBe(
			'not_found'
		);
	});

	it('belongs to a record that exists, and goes with it', async () => {
		const { db } = test.database;
		const { actor } = await makeUser(db, { roles: ['iao_officer'] });
		const nowhere = await db
			.insert(attachments)
			.values({
				ownerType: 'agreement',
				ownerId: crypto.randomUUID(),
				fileName: 'x.pdf',
				contentType: 'application/pdf',
				sizeBytes: 1,
				sha256: '0'.repeat(64)
			})
			.catch((error: unknown) => error);
		expect(String((nowhere as Error).cause)).toContain('attachments_agreement_id_agreements_id_fk');
		const ownerId = await resultOwner(actor);
		const [added] = await attachFiles(
			db,
			{ actor },
			{ ownerType: 'kpi_result', ownerId, storageDir },
			[pdf()]
		);
		if (!added) throw new Error('nothing attached');
		await db.delete(kpiResults).where(eq(kpiResults.id, ownerId));
		expect(await db.select().from(attachments).where(eq(attachments.id, added.id))).toEqual([]);
		// Saphan deletes no result; the bytes of this one, deleted by hand, are the test's to clear.
		rmSync(attachmentPath(storageDir, added.id));
	});

	it('refuses empty, too large and unaccepted files, changing nothing', async () => {
		const { db } = test.database;
		const { actor } = await makeUser(db, { roles: ['iao_officer'] });
		const ownerId = await resultOwner(actor);
		const before = await countRows();
		const cases: [File, string][] = [
			[new File([], 'empty.pdf'), 'validation.fileEmpty'],
			[
				new File([new Uint8Array(maxAttachmentBytes + 1)], 'big.txt', { type: 'text/plain' }),
				'validation.fileTooLarge'
			],
			[new File(['MZ'], 'tool.exe', { type: 'application/octet-stream' }), 'validation.fileType'],
			[new File(['<html></html>'], 'fake.pdf', { type: 'application/pdf' }), 'validation.fileType']
		];
		for (const [file, key] of cases) {
			const caught = await refusal(
				attachFiles(db, { actor }, { ownerType: 'kpi_result', ownerId, storageDir }, [pdf(), file])
			);
			expect(caught.code).toBe('validation_failed');
			expect(caught.fields?.files?.key).toBe(key);
		}
		expect(await countRows()).toEqual(before);
		expect(await listAttachments(db, 'kpi_result', [ownerId])).toEqual([]);
	});

	it('removes the written file when its transaction fails', async () => {
		const { db } = test.database;
		const { actor } = await makeUser(db, { roles: ['iao_officer'] });
		const before = await countRows();
		const caught = await refusal(
			attachFiles(
				db,
				{ actor },
				{
					ownerType: 'kpi_result',
					ownerId: await resultOwner(actor),
					storageDir,
					guard: async () => {
						throw new AppError('forbidden');
					}
				},
				[pdf(), pdf('annex.pdf')]
			)
		);
		expect(caught.code).toBe('forbidden');
		expect(await countRows()).toEqual(before);
		const left = readdirSync(storageDir, { recursive: true, withFileTypes: true }).filter((entry) =>
			entry.isFile()
		);
		expect(left).toEqual([]);
	});

	it('follows the result: its reporter attaches while draft, the approved result is locked', async () => {
		const { db } = test.database;
		const [iao] = await db.select().from(agencies).where(eq(agencies.code, 'IAO'));
		const { kpi } = await makePlan(db, 'IAO');
		const { actor: reporter } = await makeUser(db, {
			roles: ['agency_reporter'],
			agencyIds: [iao?.id ?? '']
		});
		const { actor: stranger } = await makeUser(db, { roles: ['agency_reporter'] });
		const { actor: officer } = await makeUser(db, { roles: ['iao_officer'] });
		const input = { fiscalYear: 2566, value: 1, evidenceTh: 'ผล', evidenceLinks: [] };
		const evidence = async () => ({ files: await checkFiles([pdf()]), storageDir });
		const saved = await saveKpiResult(db, { actor: reporter }, kpi.id, input, {
			evidence: await evidence()
		});
		const [added] = await listAttachments(db, 'kpi_result', [saved.id]);
		expect(
			(
				await refusal(
					saveKpiResult(
						db,
						{ actor: stranger },
						kpi.id,
						{ ...input, version: saved.version },
						{ evidence: await evidence() }
					)
				)
			).code
		).toBe('forbidden');

		const detail = await kpiDetail(db, kpi.id, 'every');
		const presented = presentKpi(detail ?? never());
		expect(presented.results[0]?.attachments).toEqual([
			{
				id: added?.id,
				fileName: 'หลักฐาน.pdf',
				contentType: 'application/pdf',
				sizeBytes: added?.sizeBytes,
				url: `/attachments/${added?.id}`
			}
		]);

		const submitted = await submitKpiResult(db, { actor: reporter }, kpi.id, 2566, saved.version);
		await reviewKpiResult(db, { actor: officer }, kpi.id, 2566, {
			version: submitted.version,
			decision: 'approve'
		});
		const before = await countRows();
		const approved = await kpiDetail(db, kpi.id, 'every');
		expect(
			(
				await refusal(
					saveKpiResult(
						db,
						{ actor: reporter },
						kpi.id,
						{ ...input, version: approved?.results[0]?.version },
						{ evidence: await evidence() }
					)
				)
			).code
		).toBe('locked');
		expect(
			(
				await refusal(
					removeResultAttachment(db, { actor: reporter }, kpi.id, added?.id ?? '', storageDir)
				)
			).code
		).toBe('locked');
		expect(await countRows()).toEqual(before);
		expect(existsSync(attachmentPath(storageDir, added?.id ?? ''))).toBe(true);
	});
});

function never(): never {
	throw new Error('missing');
}
