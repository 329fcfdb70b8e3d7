import { type CommitmentStatus, openCommitmentStatuses } from './kinds.ts';

/**
 * Whether a commitment is overdue: still open (open or in progress, not done or dropped) and due
 * before `today`, an ISO date in Asia/Bangkok. The one rule; the repository's `overdueSql` is the
 * same test in SQL.
 */
export function isOverdue(
	commitment: { status: CommitmentStatus; dueOn: string | null },
	today: string
): boolean {
	return (
		(openCommitmentStatuses as readonly CommitmentStatus[]).includes(commitment.status) &&
		commitment.dueOn !== null &&
		commitment.dueOn < today
	);
}
