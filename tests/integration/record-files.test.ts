import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreements, attachments, auditLog, circulars } from '../../src/lib/server/db/schema.ts';
import { circularAttachments } from '../../src/lib/server/knowledge/circular-repository.ts';
import { circularDetail } from '../../src/lib/server/knowledge/circulars.ts';
import { partnerDossier } from '../../src/lib/server/dossiers/partner-dossier.ts';
import { agreementDocuments } from '../../src/lib/server/partners/repository.ts';
import { agreementParties } from '../../src/lib/server/partners/schema.ts';
import { systemActor, type Actor } from '../../src/lib/server/platform/actor.ts';
import {
	attachRecordFiles,
	removeRecordFile
} from '../../src/lib/server/platform/attachments/record-files.ts';
import { makeUser } from '../factories/index.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

const pdf = (name: string) =>
	new File(['%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'], name, {
		type: 'application/pdf'
	});

const refusal = async (run: () => Promise<unknown>) => {
	try {
		await run();
	} catch (caught) {
		return (caught as { code?: string }).code;
	}
	throw new Error('expected a refusal');
};

let test: TestDatabase;
let storageDir: string;
let officer: Actor;
let viewer: Actor;
let circularId: string;
let agreement: { id: string; partnerId: string };
beforeAll(async () => {
	test = await createTestDatabase({ builtinData: true });
	storageDir = mkdtempSync(join(tmpdir(), 'saphan-record-files-'));
	const { db } = test.database;
	officer = (await makeUser(db, { roles: ['iao_officer'] })).actor;
	viewer = (await makeUser(db, { roles: ['viewer'] })).actor;
	const [circular] = await db.select({ id: circulars.id }).from(circulars).limit(1);
	circularId = circular!.id;
	const [party] = await db
		.select({ id: agreements.id, partnerId: agreementParties.partnerId })
		.from(agreements)
		.innerJoin(agreementParties, eq(agreementParties.agreementId, agreements.id))
		.limit(1);
	agreement = party!;
});
afterAll(async () => {
	await test.drop();
	rmSync(storageDir, { recursive: true, force: true });
});

describe('the documents of circulars and agreements', () => {
	it('are attached by the IAO to a circular, shown with it, audited, and removed', async () => {
		const { db } = test.database;
		const [added] = await attachRecordFiles(
			db,
			{ actor: officer },
			circularAttachments,
			circularId,
			[pdf('หนังสือเวียน กท 0410-256.pdf')],
			storageDir
		);
		const detail = await circularDetail(db, circularId, systemActor);
		expect(detail?.attachments.map((file) => file.fileName)).toEqual(['หนังสือเวียน กท 0410-256.pdf']);
		const trail = await db.select().from(auditLog).where(eq(auditLog.entityId, added!.id));
		expect(trail.map((entry) => entry.action)).toEqual(['create']);
		await removeRecordFile(db, { actor: officer }, circularAttachments, added!.id, storageDir);
		expect((await circularDetail(db, circularId, systemActor))?.attachments).toEqual([]);
	});

	it('are attached to an agreement and listed with it on the partner dossier', async () => {
		const { db } = test.database;
		await attachRecordFiles(
			db,
			{ actor: officer },
			agreementDocuments,
			agreement.id,
			[pdf('MOU signed.pdf'), pdf('ภาคผนวก.pdf')],
			storageDir
		);
		const dossier = await partnerDossier(db, agreement.partnerId, 5);
		const shown = dossier?.agreements.find((row) => row.id === agreement.id);
		expect(shown?.documents.map((file) => file.fileName).sort()).toEqual([
			'MOU signed.pdf',
			'ภาคผนวก.pdf'
		]);
		expect(shown?.documents[0]?.url).toMatch(/^\/attachments\//);
	});

	it('refuses whoever may not manage them, a record that is not there, and no file, changing nothing', async () => {
		const { db } = test.database;
		const before = await db.select().from(attachments);
		expect(
			await refusal(() =>
				attachRecordFiles(
					db,
					{ actor: viewer },
					circularAttachments,
					circularId,
					[pdf('a.pdf')],
					storageDir
				)
			)
		).toBe('forbidden');
		expect(
			await refusal(() =>
				attachRecordFiles(
					db,
					{ actor: officer },
					circularAttachments,
					agreement.id,
					[pdf('a.pdf')],
					storageDir
				)
			)
		).toBe('not_found');
		expect(
			await refusal(() =>
				attachRecordFiles(db, { actor: officer }, circularAttachments, circularId, [], storageDir)
			)
		).toBe('validation_failed');
		const [document] = before.filter((row) => row.ownerType === 'agreement');
		expect(
			await refusal(() =>
				removeRecordFile(db, { actor: officer }, circularAttachments, document!.id, storageDir)
			)
		).toBe('not_found');
		expect(
			await refusal(() =>
				removeRecordFile(db, { actor: viewer }, agreementDocuments, document!.id, storageDir)
			)
		).toBe('forbidden');
		expect(await db.select().from(attachments)).toEqual(before);
	});
});
