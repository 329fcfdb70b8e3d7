import type { Db, Executor, Tx } from '../../db/index.ts';
import type { ChangeContext } from '../actor.ts';
import type { AttachmentOwnerType } from '../attachments/schema.ts';
import type { AuditEntityType } from '../audit/record.ts';
import type { Action } from '../policy.ts';
import type { ReviewDecision, ReviewRole, ReviewState } from './states.ts';

/** What every reviewed record has, and the workflow reads, besides its state. */
export interface ReviewedRow {
	id: string;
	version: number;
	/** Who submitted it: they may not also approve or return it (four eyes). */
	submittedBy: string | null;
}

/** The review columns every reviewed record has, as the workflow sets them at each step. */
export interface ReviewMarks {
	state?: ReviewState;
	enteredBy?: string | null;
	submittedAt?: Date;
	submittedBy?: string | null;
	reviewComment?: string | null;
	reviewedBy?: string | null;
	reviewedAt?: Date;
}

/** A record's key and the record it belongs to (a KPI, a project), found for one step. */
export interface Place<Key, Parent> {
	key: Key;
	parent: Parent;
}

/**
 * A kind of record that goes through the review workflow, as it declares itself: where its rows
 * are (through its module's repository), who reports and reviews it, what it checks, what its
 * audit entries keep, and what else follows a step. `Key` names one record (a KPI and a fiscal
 * year; a project and a sequence), `Values` are what its reporter enters.
 */
export interface ReviewedKind<Key, Parent, Work extends ReviewedRow, Values> {
	/** Its name in the audit trail; a stale save is explained from its entries. */
	entityType: AuditEntityType;
	/** The actions of the policy table that its reporters and its reviewers need. */
	actions: Record<ReviewRole, Action>;
	/**
	 * The record it belongs to, locked where the steps of its records must wait for each other;
	 * null when there is none (`not_found`).
	 */
	parent(tx: Tx, key: Key): Promise<Parent | null>;
	/** The agencies whose reporters report it. */
	agencyIds(executor: Executor, parent: Parent): Promise<string[]>;
	/**
	 * The record, locked for the step; null when the key names one not yet made (a save makes it),
	 * `not_found` when it names one that does not exist.
	 */
	lock(tx: Tx, place: Place<Key, Parent>): Promise<Work | null>;
	/** Where the record is in its review. */
	stateOf(work: Work): ReviewState;
	/** Refuses values that cannot be saved, naming every field that is wrong. */
	validate(tx: Tx, place: Place<Key, Parent>, values: Values, existing: Work | null): Promise<void>;
	/** Refuses a record that may not be submitted or approved as it stands. */
	check?(tx: Tx, place: Place<Key, Parent>, work: Work): Promise<void>;
	/** Writes a new record; returns it as written. */
	insert(
		tx: Tx,
		place: Place<Key, Parent>,
		values: Values,
		marks: ReviewMarks
	): Promise<Work | undefined>;
	/** Writes a step to the record: the reporter's values on a save, and the marks; returns it as written. */
	update(
		tx: Tx,
		work: Work,
		values: Values | undefined,
		marks: ReviewMarks & { version: number }
	): Promise<Work | undefined>;
	/** What its audit entries keep of it. */
	audited(work: Work): Record<string, unknown>;
	/** Whatever else a write of it changes in the same transaction, such as its search entry. */
	written?(tx: Tx, work: Work): Promise<void>;
	/**
	 * Tells people of a step taken, in the same transaction: a submission its reviewers, a return
	 * or an approval its reporters.
	 */
	stepTaken?(
		tx: Tx,
		context: ChangeContext,
		step: 'submit' | ReviewDecision,
		place: Place<Key, Parent>,
		work: Work
	): Promise<unknown>;
	/** What follows an approval, such as the figures of the record it belongs to. */
	approved?(tx: Tx, context: ChangeContext, place: Place<Key, Parent>): Promise<void>;
	/** Files that prove it: the owner type they are kept under, and how a file finds its record. */
	attachments?: {
		ownerType: AttachmentOwnerType;
		keyOf(executor: Executor, id: string): Promise<Key | null>;
	};
	/**
	 * Called when a save lost a race for the record's natural key, after the winner committed:
	 * throws the refusal naming the record that won.
	 */
	explainDuplicate?(db: Db, key: Key): Promise<void>;
}
