import { z } from 'zod';
import { endpoint } from '#lib/server/api/index.ts';
import {
	commitmentChangeSchema,
	commitmentStatuses,
	commitmentStatusInputSchema,
	updateCommitment,
	updateCommitmentStatus
} from '#lib/server/engagements/index.ts';

/** What a change to a commitment answers: where it stands now. */
const commitmentStateSchema = z
	.object({ id: z.uuid(), status: z.enum(commitmentStatuses), version: z.number().int() })
	.meta({ id: 'CommitmentState' });

export const PATCH = endpoint({
	path: '/api/v1/commitments/{id}',
	operationId: 'updateCommitmentStatus',
	summary: "Change a commitment's status at the version the caller saw",
	description: 'A reporter may move on only the commitments of an agency they report for.',
	tag: 'Engagements',
	permission: 'commitment.update',
	body: commitmentStatusInputSchema,
	example: { status: 'in_progress', version: 1 },
	response: {
		status: 200,
		schema: commitmentStateSchema,
		description: 'The new status and version'
	},
	errors: ['stale_version'],
	async handle({ db, context, params, body }) {
		const updated = await updateCommitmentStatus(db, context, params.id, body);
		return { id: updated.id, status: updated.status, version: updated.version };
	}
});

export const PUT = endpoint({
	path: '/api/v1/commitments/{id}',
	operationId: 'updateCommitment',
	summary:
		'Change what a commitment is (title, details, scope, responsible agencies, partners, due date, project) at the version the caller saw; its status moves on by PATCH',
	tag: 'Engagements',
	permission: 'engagement.manage',
	body: commitmentChangeSchema,
	example: {
		titleTh: 'ส่งข้อมูลคุณภาพอากาศรายเดือนให้กรุงโซล',
		scope: 'bilateral',
		agencyIds: ['0b6f3c1e-5d0a-4a8e-9c47-2f1d8e6b9a10'],
		dueOn: '2026-03-31',
		version: 2
	},
	response: {
		status: 200,
		schema: commitmentStateSchema,
		description: 'The commitment: its status and new version'
	},
	errors: ['stale_version'],
	async handle({ db, context, params, body }) {
		const updated = await updateCommitment(db, context, params.id, body);
		return { id: updated.id, status: updated.status, version: updated.version };
	}
});
