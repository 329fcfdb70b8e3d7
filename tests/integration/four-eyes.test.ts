import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/lib/server/db/schema.ts';
import { AppError, userMessage } from '../../src/lib/server/platform/errors.ts';
import {
	reviewKpiResult,
	saveKpiResult,
	submitKpiResult
} from '../../src/lib/server/plans/kpi-results.ts';
import { findResult } from '../../src/lib/server/plans/repository.ts';
import {
	reviewProgressReport,
	saveProgressReport,
	submitProgressReport
} from '../../src/lib/server/projects/progress-reports.ts';
import { progressReports } from '../../src/lib/server/projects/schema.ts';
import { makePlan, makeProject, makeUser, loadAgencies } from '../factories/index.ts';
import { createTestDatabase, type TestDatabase, refusal } from './harness.ts';

let test: TestDatabase;
beforeAll(async () => {
	test = await createTestDatabase();
	await loadAgencies(test.database.db);
});
afterAll(() => test.drop());

/** The trail's refused reviews of one record, with who tried and what. */
const refusedReviews = (entityId: string) =>
	test.database.db
		.select({ actorId: auditLog.actorId, after: auditLog.after })
		.from(auditLog)
		.where(and(eq(auditLog.action, 'refuse_review'), eq(auditLog.entityId, entityId)));

function expectOwnSubmission(error: AppError) {
	expect(error).toBeInstanceOf(AppError);
	expect(error.code).toBe('own_submission');
	expect(error.status).toBe(403);
	expect(userMessage(error, 'th')).toContain('อนุมัติหรือส่งกลับเองไม่ได้');
	expect(userMessage(error, 'en')).toContain('cannot approve or return it');
}

describe('four eyes', () => {
	it('refuses, and audits, a progress report reviewed by whoever submitted it', async () => {
		const { db } = test.database;
		const project = await makeProject(db, { leadAgency: 'IAO' });
		const { actor: officer } = await makeUser(db, { roles: ['iao_officer'] });
		const { actor: colleague } = await makeUser(db, { roles: ['iao_officer'] });
		const draft = await saveProgressReport(db, { actor: officer }, project.id, {
			reportedOn: '2025-12-15',
			statusText: 'ประชุมหารือแล้ว',
			percentDone: 30,
			budgetDisbursed: 100_000,
			onPlan: true,
			onTarget: true,
			projectStatus: null
		});
		const submitted = await submitProgressReport(
			db,
			{ actor: officer },
			project.id,
			draft.sequence,
			draft.version
		);
		expect(submitted.submittedBy).toBe(officer.id);

		for (const decision of ['approve', 'return'] as const) {
			expectOwnSubmission(
				await refusal(
					reviewProgressReport(db, { actor: officer }, project.id, draft.sequence, {
						version: submitted.version,
						decision,
						comment: decision === 'return' ? 'แก้ไขตัวเลข' : undefined
					})
				)
			);
		}
		const [unchanged] = await db
			.select()
			.from(progressReports)
			.where(eq(progressReports.id, draft.id));
		expect(unchanged).toMatchObject({ state: 'submitted', version: submitted.version });
		const refused = await refusedReviews(draft.id);
		expect(refused.map((entry) => entry.actorId)).toEqual([officer.id, officer.id]);
		expect(refused.map((entry) => (entry.after as { decision: string }).decision).sort()).toEqual([
			'approve',
			'return'
		]);

		const approved = await reviewProgressReport(db, { actor: colleague }, project.id, 1, {
			version: submitted.version,
			decision: 'approve'
		});
		expect(approved).toMatchObject({ state: 'approved', reviewedBy: colleague.id });
	});

	it('refuses, and audits, a KPI result reviewed by whoever submitted it', async () => {
		const { db } = test.database;
		const { kpi } = await makePlan(db, 'IAO');
		const { actor: admin } = await makeUser(db, { roles: ['admin'] });
		const { actor: officer } = await makeUser(db, { roles: ['iao_officer'] });
		const draft = await saveKpiResult(db, { actor: admin }, kpi.id, {
			fiscalYear: 2566,
			value: 1,
			evidenceTh: 'จัดประชุมแล้ว',
			evidenceLinks: []
		});
		const submitted = await submitKpiResult(db, { actor: admin }, kpi.id, 2566, draft.version);
		expect(submitted.submittedBy).toBe(admin.id);

		expectOwnSubmission(
			await refusal(
				reviewKpiResult(db, { actor: admin }, kpi.id, 2566, {
					version: submitted.version,
					decision: 'return',
					comment: 'ขอหลักฐานเพิ่ม'
				})
			)
		);
		expect(await findResult(db, kpi.id, 2566)).toMatchObject({
			status: 'submitted',
			version: submitted.version
		});
		expect((await refusedReviews(draft.id)).map((entry) => entry.actorId)).toEqual([admin.id]);

		const returned = await reviewKpiResult(db, { actor: officer }, kpi.id, 2566, {
			version: submitted.version,
			decision: 'return',
			comment: 'ขอหลักฐานเพิ่ม'
		});
		expect(returned).toMatchObject({ status: 'returned', reviewedBy: officer.id });
	});
});
