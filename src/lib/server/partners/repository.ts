import {
	and,
	asc,
	count,
	desc,
	eq,
	ilike,
	inArray,
	isNotNull,
	ne,
	or,
	sql,
	type SQL
} from 'drizzle-orm';
import { z } from 'zod';
import { type FileOwner, integerParam, queryText, updateBuiltinRecord } from '../platform/index.ts';
import { todayIso } from '../../dates.ts';
import type { Executor, Tx } from '../db/index.ts';
import { partnerActivities, type PartnerActivity } from './activity.ts';
import { partnerKinds, partnerStatuses, regionGroups } from './kinds.ts';
import { agreementParties, agreements, countries, partnerContacts, partners } from './schema.ts';

export type PartnerRow = typeof partners.$inferSelect;
export type AgreementRow = typeof agreements.$inferSelect;
export type CountryRow = typeof countries.$inferSelect;
export type ContactRow = typeof partnerContacts.$inferSelect;

export const partnerFilterSchema = z.object({
	q: queryText(200),
	kind: z.enum(partnerKinds).optional(),
	region: z.enum(regionGroups).optional(),
	status: z.enum(partnerStatuses).optional(),
	country: z
		.string()
		.regex(/^[A-Z]{2}$/, { error: 'validation.invalid' })
		.optional(),
	page: integerParam(1).default(1),
	pageSize: integerParam(1, 200).default(50)
});
export type PartnerFilter = z.output<typeof partnerFilterSchema>;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Whether a partner is dormant: recorded so, or recorded active with no activity in the last
 * `years` up to today. The one definition the list's filter and every badge use.
 */
export const dormantSql = (years: number, today = todayIso()) =>
	sql<boolean>`(${partners.status} = 'dormant' OR (${partners.status} = 'active' AND (${partners.lastActivityOn} IS NULL OR ${partners.lastActivityOn} < ${today}::date - make_interval(years => ${years}::int))))`;

/** The status filter: dormant and active follow the definition above, so they never overlap. */
function statusWhere(status: PartnerFilter['status'], dormantYears: number): SQL | undefined {
	if (status === 'dormant') return dormantSql(dormantYears);
	if (status === 'active')
		return and(eq(partners.status, 'active'), sql`NOT ${dormantSql(dormantYears)}`);
	return status ? eq(partners.status, status) : undefined;
}

function whereOf(
	filter: Omit<PartnerFilter, 'page' | 'pageSize'>,
	dormantYears: number
): SQL | undefined {
	const pattern = filter.q ? `%${escapeLike(filter.q)}%` : null;
	const conditions = [
		filter.kind ? eq(partners.kind, filter.kind) : undefined,
		statusWhere(filter.status, dormantYears),
		filter.country ? eq(partners.countryCode, filter.country) : undefined,
		filter.region ? eq(countries.regionGroup, filter.region) : undefined,
		pattern
			? or(
					ilike(partners.nameTh, pattern),
					ilike(partners.nameEn, pattern),
					ilike(partners.nameLocal, pattern),
					ilike(countries.nameTh, pattern),
					ilike(countries.nameEn, pattern)
				)
			: undefined
	].filter((condition): condition is SQL => Boolean(condition));
	return conditions.length ? and(...conditions) : undefined;
}

/** Agreements a partner signed, as partner activity (see `activity.ts`). */
export const agreementActivity: PartnerActivity = (partnerId, today) =>
	sql`SELECT ${agreements.signedOn}, ${agreements.signedPrecision} FROM ${agreementParties}
		JOIN ${agreements} ON ${agreements.id} = ${agreementParties.agreementId}
		WHERE ${agreementParties.partnerId} = ${partnerId} AND ${agreements.signedOn} <= ${today}`;

/** An agreement's documents (the signed text, letters): the IAO attaches and removes them. */
export const agreementDocuments: FileOwner = {
	type: 'agreement',
	manage: 'partner.manage',
	records: agreements.id
};

/**
 * Sets the stored last activity of the given partners (every partner when none are given) to the
 * latest date, up to today, of their activities of every kind registered (agreements signed,
 * engagements hosted or taken part in, projects naming them): what is still to come is not
 * activity yet, and what is under way counts as today. Call it in the transaction of every write
 * that changes one of those (and at every start, as today moves on). Returns how many partners'
 * last activity changed.
 */
export async function refreshLastActivity(tx: Executor, partnerIds?: string[]): Promise<number> {
	if (partnerIds && partnerIds.length === 0) return 0;
	const today = sql`(now() AT TIME ZONE 'Asia/Bangkok')::date`;
	const kinds = partnerActivities().map((kind) => kind(sql`${partners.id}`, today));
	// Each activity with its date and how precisely that date is known; the latest wins, a day
	// known to the day over the same date known only to its year.
	const activity = sql`SELECT on_date, precision FROM (${sql.join(kinds, sql` UNION ALL `)})
		AS activity (on_date, precision) ORDER BY on_date DESC, precision ASC LIMIT 1`;
	const latest = sql<string | null>`(SELECT on_date FROM (${activity}) AS latest)`;
	const precision = sql<
		'day' | 'year'
	>`coalesce((SELECT precision FROM (${activity}) AS latest), 'day')`;
	const changed = await tx
		.update(partners)
		.set({ lastActivityOn: latest, lastActivityPrecision: precision })
		.where(
			and(
				partnerIds ? inArray(partners.id, [...new Set(partnerIds)]) : undefined,
				sql`(${partners.lastActivityOn}, ${partners.lastActivityPrecision}) IS DISTINCT FROM (${latest}, ${precision})`
			)
		)
		.returning({ id: partners.id });
	return changed.length;
}

/** Whether one partner is dormant (false when there is no such partner). */
export async function isPartnerDormant(
	executor: Executor,
	partnerId: string,
	dormantYears: number
): Promise<boolean> {
	const [row] = await executor
		.select({ dormant: dormantSql(dormantYears) })
		.from(partners)
		.where(eq(partners.id, partnerId));
	return row?.dormant ?? false;
}

/** One page of partners with their country, stored last activity and dormancy, and the total. */
export async function listPartners(
	executor: Executor,
	filter: PartnerFilter,
	dormantYears: number
) {
	const where = whereOf(filter, dormantYears);
	const rows = await executor
		.select({ partner: partners, country: countries, dormant: dormantSql(dormantYears) })
		.from(partners)
		.leftJoin(countries, eq(countries.code, partners.countryCode))
		.where(where)
		.orderBy(asc(partners.nameTh), asc(partners.id))
		.limit(filter.pageSize)
		.offset((filter.page - 1) * filter.pageSize);
	const [total] = await executor
		.select({ n: count() })
		.from(partners)
		.leftJoin(countries, eq(countries.code, partners.countryCode))
		.where(where);
	return {
		total: total?.n ?? 0,
		items: rows.map((row) => ({ ...row.partner, country: row.country, dormant: row.dormant }))
	};
}

/** A partner found by the same name (Thai or English, any case) in the same country. */
export async function findSamePartner(
	executor: Executor,
	names: { nameTh: string; nameEn: string },
	countryCode: string | null,
	exceptId?: string
): Promise<PartnerRow | null> {
	const [row] = await executor
		.select()
		.from(partners)
		.where(
			and(
				exceptId ? ne(partners.id, exceptId) : undefined,
				countryCode ? eq(partners.countryCode, countryCode) : sql`${partners.countryCode} IS NULL`,
				or(
					sql`lower(${partners.nameTh}) = lower(${names.nameTh})`,
					sql`lower(${partners.nameEn}) = lower(${names.nameEn})`
				)
			)
		)
		.limit(1);
	return row ?? null;
}

export async function insertPartner(tx: Tx, values: typeof partners.$inferInsert) {
	const [created] = await tx.insert(partners).values(values).returning();
	return created;
}

/** A partner, locked until the transaction ends; undefined when there is none. */
export async function lockPartner(tx: Tx, partnerId: string): Promise<PartnerRow | undefined> {
	const [row] = await tx.select().from(partners).where(eq(partners.id, partnerId)).for('update');
	return row;
}

export async function setPartnerFields(
	tx: Tx,
	partnerId: string,
	changes: Partial<typeof partners.$inferInsert>
) {
	const [updated] = await tx
		.update(partners)
		.set(changes)
		.where(eq(partners.id, partnerId))
		.returning();
	return updated;
}

/** The partners whose code is among `codes`, with their codes. */
export function partnersWithCodes(executor: Executor, codes: string[]) {
	return executor
		.select({ id: partners.id, code: partners.code })
		.from(partners)
		.where(inArray(partners.code, codes));
}

export async function findPartnerByCode(executor: Executor, code: string) {
	const [row] = await executor.select().from(partners).where(eq(partners.code, code));
	return row;
}

export async function partnerExists(executor: Executor, partnerId: string): Promise<boolean> {
	const [row] = await executor
		.select({ id: partners.id })
		.from(partners)
		.where(eq(partners.id, partnerId));
	return Boolean(row);
}

/** Which of the given partners are recorded. */
export function partnersAmong(executor: Executor, partnerIds: string[]) {
	return executor
		.select({ id: partners.id })
		.from(partners)
		.where(inArray(partners.id, partnerIds));
}

export async function findCountry(executor: Executor, code: string): Promise<CountryRow | null> {
	const [row] = await executor.select().from(countries).where(eq(countries.code, code));
	return row ?? null;
}

/** Every country, as stored. */
export function allCountries(executor: Executor) {
	return executor.select().from(countries);
}

export async function insertCountry(tx: Tx, values: typeof countries.$inferInsert) {
	await tx.insert(countries).values(values);
}

export async function setCountryFields(
	tx: Tx,
	code: string,
	fields: Partial<typeof countries.$inferInsert>
) {
	await tx.update(countries).set(fields).where(eq(countries.code, code));
}

export function listCountries(executor: Executor) {
	return executor
		.select({ code: countries.code, nameTh: countries.nameTh, nameEn: countries.nameEn })
		.from(countries)
		.orderBy(asc(countries.nameTh));
}

/** The agreements a partner is party to, newest first. */
export function partnerAgreements(executor: Executor, partnerId: string) {
	return executor
		.select({ agreement: agreements })
		.from(agreementParties)
		.innerJoin(agreements, eq(agreements.id, agreementParties.agreementId))
		.where(eq(agreementParties.partnerId, partnerId))
		.orderBy(desc(agreements.signedOn))
		.then((rows) => rows.map((row) => row.agreement));
}

export async function insertAgreement(tx: Tx, values: typeof agreements.$inferInsert) {
	const [created] = await tx.insert(agreements).values(values).returning();
	return created;
}

export async function insertAgreementParties(tx: Tx, agreementId: string, partnerIds: string[]) {
	await tx
		.insert(agreementParties)
		.values(partnerIds.map((partnerId) => ({ agreementId, partnerId })));
}

export async function findAgreementByCode(executor: Executor, code: string) {
	const [row] = await executor.select().from(agreements).where(eq(agreements.code, code));
	return row;
}

/** Removes every party of an agreement. */
export async function removeAgreementParties(tx: Tx, agreementId: string) {
	await tx.delete(agreementParties).where(eq(agreementParties.agreementId, agreementId));
}

/** An agreement, locked until the transaction ends; undefined when there is none. */
export async function lockAgreement(
	tx: Tx,
	agreementId: string
): Promise<AgreementRow | undefined> {
	const [row] = await tx
		.select()
		.from(agreements)
		.where(eq(agreements.id, agreementId))
		.for('update');
	return row;
}

export async function setAgreementFields(
	tx: Tx,
	agreementId: string,
	changes: Partial<typeof agreements.$inferInsert>
) {
	const [updated] = await tx
		.update(agreements)
		.set(changes)
		.where(eq(agreements.id, agreementId))
		.returning();
	return updated;
}

/** The ids of the partners party to an agreement. */
export async function agreementPartyIds(executor: Executor, agreementId: string) {
	const parties = await executor
		.select({ id: agreementParties.partnerId })
		.from(agreementParties)
		.where(eq(agreementParties.agreementId, agreementId));
	return parties.map((party) => party.id);
}

export async function findPartner(executor: Executor, partnerId: string) {
	const [row] = await executor
		.select({ partner: partners, country: countries })
		.from(partners)
		.leftJoin(countries, eq(countries.code, partners.countryCode))
		.where(eq(partners.id, partnerId));
	return row ? { ...row.partner, country: row.country } : null;
}

/**
 * The partner each name stands for: its Thai or English name, trimmed, in any letter case, when
 * exactly one partner has it (the rule the migration to linked partners followed).
 */
export async function partnersNamed(
	executor: Executor,
	names: readonly string[]
): Promise<Map<string, string>> {
	const keys = [...new Set(names.map((name) => name.trim().toLowerCase()))];
	if (keys.length === 0) return new Map();
	const nameTh = sql`lower(btrim(${partners.nameTh}))`;
	const nameEn = sql`lower(btrim(${partners.nameEn}))`;
	const rows = await executor
		.select({ id: partners.id, nameTh: nameTh.mapWith(String), nameEn: nameEn.mapWith(String) })
		.from(partners)
		.where(or(inArray(nameTh, keys), inArray(nameEn, keys)));
	const found = new Map<string, string>();
	for (const key of keys) {
		const matches = rows.filter((row) => row.nameTh === key || row.nameEn === key);
		if (matches.length === 1 && matches[0]) found.set(key, matches[0].id);
	}
	return new Map(
		names.flatMap((name) => {
			const id = found.get(name.trim().toLowerCase());
			return id ? [[name, id] as const] : [];
		})
	);
}

export function partnerContactsOf(executor: Executor, partnerId: string) {
	return executor
		.select()
		.from(partnerContacts)
		.where(eq(partnerContacts.partnerId, partnerId))
		.orderBy(asc(partnerContacts.name));
}

export async function insertContact(tx: Tx, values: typeof partnerContacts.$inferInsert) {
	const [created] = await tx.insert(partnerContacts).values(values).returning();
	return created;
}

/** Erases a contact person; whose contact they were and why, or undefined when there was none. */
export async function deleteContact(tx: Tx, contactId: string) {
	const [erased] = await tx
		.delete(partnerContacts)
		.where(eq(partnerContacts.id, contactId))
		.returning({ partnerId: partnerContacts.partnerId, purpose: partnerContacts.purpose });
	return erased;
}

/** Every partner as a choice in a form: id and names, by Thai name. */
export function partnerChoices(executor: Executor) {
	return executor
		.select({ id: partners.id, nameTh: partners.nameTh, nameEn: partners.nameEn })
		.from(partners)
		.orderBy(asc(partners.nameTh));
}

/** Partners with a location, for the map: by country, then name. */
export async function locatedPartners(executor: Executor, limit: number) {
	const rows = await executor
		.select({
			id: partners.id,
			nameTh: partners.nameTh,
			nameEn: partners.nameEn,
			status: partners.status,
			latitude: partners.latitude,
			longitude: partners.longitude,
			countryTh: countries.nameTh,
			countryEn: countries.nameEn
		})
		.from(partners)
		.leftJoin(countries, eq(countries.code, partners.countryCode))
		.where(and(isNotNull(partners.latitude), isNotNull(partners.longitude)))
		.orderBy(asc(countries.nameTh), asc(partners.nameTh))
		.limit(limit);
	return rows.map((row) => ({
		...row,
		latitude: row.latitude ?? 0,
		longitude: row.longitude ?? 0
	}));
}

/** Writes a built-in partner's corrected fields and moves it to its next version. */
export const updateBuiltinPartner = (
	tx: Tx,
	partnerId: string,
	fields: Partial<typeof partners.$inferInsert>
) => updateBuiltinRecord(tx, partners, partnerId, fields);

/** Writes a built-in agreement's corrected fields and moves it to its next version. */
export const updateBuiltinAgreement = (
	tx: Tx,
	agreementId: string,
	fields: Partial<typeof agreements.$inferInsert>
) => updateBuiltinRecord(tx, agreements, agreementId, fields);
