import { addDays } from '../../dates.ts';
import { type CommitmentStatus, openCommitmentStatuses } from './kinds.ts';

interface Dated {
	status: CommitmentStatus;
	dueOn: string | null;
}

const isOpen = (status: CommitmentStatus) =>
	(openCommitmentStatuses as readonly CommitmentStatus[]).includes(status);

/**
 * Whether a commitment is overdue: still open (open or in progress, not done or dropped) and due
 * before `today`, an ISO date in Asia/Bangkok. The one rule; the repository's `overdueSql` is the
 * same test in SQL.
 */
export function isOverdue(commitment: Dated, today: string): boolean {
	return isOpen(commitment.status) && commitment.dueOn !== null && commitment.dueOn < today;
}

/**
 * Whether a commitment is due within `days` of `today`: still open and due on or before
 * `today + days`, the overdue included. Each reader keeps its own window (alerts and my work 30
 * days, reminders 7); the rule is this one. The repository's `dueSql` is the same test in SQL.
 */
export function isDue(commitment: Dated, today: string, days: number): boolean {
	return (
		isOpen(commitment.status) &&
		commitment.dueOn !== null &&
		commitment.dueOn <= addDays(today, days)
	);
}
