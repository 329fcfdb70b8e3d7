import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { countries, partners } from '../partners/schema.ts';
import type { ChangeContext } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit/record.ts';
import { sameData } from '../platform/canonical.ts';
import type { BuiltinCircular, BuiltinKnowledge, BuiltinPractice } from './builtin-schema.ts';
import { circularPractices, circulars, practices } from './schema.ts';

/** The word the seed puts before a city's Thai name ("เมืองโยโกฮามา", "กรุงปารีส", "นครเมลเบิร์น"). */
const cityWord = /^(เมือง|กรุง|นคร)/;

type SourcePartner = { id: string; nameTh: string; nameEn: string; countryTh: string | null };

const sameName = (a: string | null | undefined, b: string) =>
	!!a && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The partner a built-in practice comes from: one of the same Thai (with or without the word for
 * city) or English name in the same country (the seed writes a country's formal Thai name, e.g.
 * "สาธารณรัฐประชาชนจีน" for "จีน"),
 * or with no country for an international organisation.
 */
export function sourcePartnerOf(
	practice: Pick<BuiltinPractice, 'sourceName' | 'sourceNameEn' | 'country'>,
	candidates: SourcePartner[]
): string | null {
	const match = candidates.find(
		(partner) =>
			(sameName(practice.sourceName, partner.nameTh) ||
				sameName(practice.sourceName.replace(cityWord, ''), partner.nameTh) ||
				sameName(practice.sourceNameEn, partner.nameEn)) &&
			(partner.countryTh === null
				? practice.country === null
				: !!practice.country?.includes(partner.countryTh))
	);
	return match?.id ?? null;
}

/** Creates or updates the practice of a built-in code; returns its id and whether it changed. */
async function upsertPractice(
	tx: Tx,
	context: ChangeContext,
	practice: BuiltinPractice,
	candidates: SourcePartner[]
) {
	const values = {
		...practice,
		titleEn: practice.titleEn ?? null,
		partnerId: sourcePartnerOf(practice, candidates)
	};
	const [existing] = await tx.select().from(practices).where(eq(practices.code, practice.code));
	if (!existing) {
		const [row] = await tx.insert(practices).values(values).returning();
		await recordAudit(tx, context, {
			action: 'create',
			entityType: 'practice',
			entityId: row!.id,
			after: values
		});
		return { id: row!.id, changed: true };
	}
	const stored = Object.fromEntries(
		Object.keys(values).map((key) => [key, existing[key as keyof typeof existing]])
	);
	if (sameData(stored, values)) return { id: existing.id, changed: false };
	await tx
		.update(practices)
		.set({ ...values, version: existing.version + 1, updatedAt: new Date() })
		.where(eq(practices.id, existing.id));
	await recordAudit(tx, context, {
		action: 'update',
		entityType: 'practice',
		entityId: existing.id,
		before: stored,
		after: values
	});
	return { id: existing.id, changed: true };
}

async function upsertCircular(
	tx: Tx,
	context: ChangeContext,
	circular: BuiltinCircular,
	practiceIds: Map<string, string>
) {
	const { practices: codes, recipients: _recipients, ...values } = circular;
	const carried = codes.map((code) => {
		const id = practiceIds.get(code);
		if (!id) throw new Error(`Circular ${circular.code} carries unknown practice ${code}`);
		return id;
	});
	const definition = { ...values, practiceIds: carried };
	const [existing] = await tx.select().from(circulars).where(eq(circulars.code, circular.code));
	let id = existing?.id;
	if (existing) {
		const links = await tx
			.select({ practiceId: circularPractices.practiceId, position: circularPractices.position })
			.from(circularPractices)
			.where(eq(circularPractices.circularId, existing.id));
		const stored = {
			...Object.fromEntries(
				Object.keys(values).map((key) => [key, existing[key as keyof typeof existing]])
			),
			practiceIds: links.sort((a, b) => a.position - b.position).map((link) => link.practiceId)
		};
		if (sameData(stored, definition)) return 0;
		await tx
			.update(circulars)
			.set({ ...values, version: existing.version + 1, updatedAt: new Date() })
			.where(eq(circulars.id, existing.id));
		await tx.delete(circularPractices).where(eq(circularPractices.circularId, existing.id));
		await recordAudit(tx, context, {
			action: 'update',
			entityType: 'circular',
			entityId: existing.id,
			before: stored,
			after: definition
		});
	} else {
		const [row] = await tx.insert(circulars).values(values).returning({ id: circulars.id });
		id = row!.id;
		await recordAudit(tx, context, {
			action: 'create',
			entityType: 'circular',
			entityId: id,
			after: definition
		});
	}
	if (carried.length) {
		await tx
			.insert(circularPractices)
			.values(carried.map((practiceId, position) => ({ circularId: id!, practiceId, position })));
	}
	return 1;
}

/** Loads the built-in practices and the circulars that carried them; the same file again changes nothing. */
export async function loadBuiltinKnowledge(
	tx: Tx,
	context: ChangeContext,
	data: BuiltinKnowledge
): Promise<number> {
	let changed = 0;
	const practiceIds = new Map<string, string>();
	const candidates = await tx
		.select({
			id: partners.id,
			nameTh: partners.nameTh,
			nameEn: partners.nameEn,
			countryTh: countries.nameTh
		})
		.from(partners)
		.leftJoin(countries, eq(countries.code, partners.countryCode));
	for (const practice of data.practices) {
		const result = await upsertPractice(tx, context, practice, candidates);
		practiceIds.set(practice.code, result.id);
		if (result.changed) changed += 1;
	}
	const referenced = data.circulars.flatMap((circular) => circular.practices);
	const missing = referenced.filter((code) => !practiceIds.has(code));
	if (missing.length) {
		const rows = await tx
			.select({ id: practices.id, code: practices.code })
			.from(practices)
			.where(and(inArray(practices.code, missing)));
		for (const row of rows) if (row.code) practiceIds.set(row.code, row.id);
	}
	for (const circular of data.circulars) {
		changed += await upsertCircular(tx, context, circular, practiceIds);
	}
	return changed;
}
