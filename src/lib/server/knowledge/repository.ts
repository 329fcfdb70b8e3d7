import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor, Tx } from '../db/index.ts';
import { type AgencyScope, updateBuiltinRecord } from '../platform/index.ts';
import { countries, partners } from '../partners/schema.ts';
import { circularInScope } from './circular-repository.ts';
import { circularPractices, circulars, practices } from './schema.ts';

export type PracticeRow = typeof practices.$inferSelect;
type PracticeValues = Omit<typeof practices.$inferInsert, 'id' | 'createdAt'>;

/** Every practice as a choice in a form: id and titles, by code, then the order recorded. */
export function practiceChoices(executor: Executor) {
	return executor
		.select({ id: practices.id, titleTh: practices.titleTh, titleEn: practices.titleEn })
		.from(practices)
		.orderBy(asc(practices.code), asc(practices.createdAt));
}

/** Every practice, by code, then the order recorded. */
export function allPractices(executor: Executor) {
	return executor.select().from(practices).orderBy(asc(practices.code), asc(practices.createdAt));
}

/** The practices that come from a partner, as its dossier lists them. */
export function partnerPractices(executor: Executor, partnerId: string) {
	return executor
		.select({ id: practices.id, titleTh: practices.titleTh, titleEn: practices.titleEn })
		.from(practices)
		.where(eq(practices.partnerId, partnerId))
		.orderBy(asc(practices.code), asc(practices.createdAt));
}

/** A practice with its source partner and the circulars that carried it, of those the reader reads (`circularScope`). */
export async function practiceDetail(
	executor: Executor,
	practiceId: string,
	circularsRead: AgencyScope
) {
	const [row] = await executor
		.select({
			practice: practices,
			partner: { id: partners.id, nameTh: partners.nameTh, nameEn: partners.nameEn }
		})
		.from(practices)
		.leftJoin(partners, eq(partners.id, practices.partnerId))
		.where(eq(practices.id, practiceId));
	if (!row) return null;
	const { practice, partner } = row;
	const carriedBy = await executor
		.select({
			id: circulars.id,
			documentNumber: circulars.documentNumber,
			subject: circulars.subject,
			issuedOn: circulars.issuedOn
		})
		.from(circularPractices)
		.innerJoin(circulars, eq(circulars.id, circularPractices.circularId))
		.where(and(eq(circularPractices.practiceId, practiceId), circularInScope(circularsRead)))
		.orderBy(asc(circulars.issuedOn));
	return { practice, partner, carriedBy };
}

export async function insertPractice(tx: Tx, values: PracticeValues) {
	const [row] = await tx.insert(practices).values(values).returning();
	return row;
}

/** A practice, locked until the transaction ends; undefined when there is none. */
export async function lockPractice(tx: Tx, practiceId: string) {
	const [existing] = await tx
		.select()
		.from(practices)
		.where(eq(practices.id, practiceId))
		.for('update');
	return existing;
}

export async function setPractice(tx: Tx, practiceId: string, values: Partial<PracticeValues>) {
	const [updated] = await tx
		.update(practices)
		.set(values)
		.where(eq(practices.id, practiceId))
		.returning();
	return updated;
}

/** The practice of a built-in code, or undefined. */
export async function practiceByCode(tx: Tx, code: string) {
	const [existing] = await tx.select().from(practices).where(eq(practices.code, code));
	return existing;
}

/** The ids and codes of the practices with these codes. */
export function practiceIdsOfCodes(tx: Tx, codes: string[]) {
	return tx
		.select({ id: practices.id, code: practices.code })
		.from(practices)
		.where(and(inArray(practices.code, codes)));
}

/** Every partner with its country's Thai name: where a built-in practice may come from. */
export function sourcePartners(tx: Tx) {
	return tx
		.select({
			id: partners.id,
			nameTh: partners.nameTh,
			nameEn: partners.nameEn,
			countryTh: countries.nameTh
		})
		.from(partners)
		.leftJoin(countries, eq(countries.code, partners.countryCode));
}

/** Writes a built-in practice's corrected fields and moves it to its next version. */
export const updateBuiltinPractice = (
	tx: Tx,
	practiceId: string,
	fields: Partial<typeof practices.$inferInsert>
) => updateBuiltinRecord(tx, practices, practiceId, fields);
