import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../db/index.ts';
import { countries, partners } from '../partners/schema.ts';
import { applyBuiltin, type ChangeContext, fieldsOf } from '../platform/index.ts';
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

/** Creates the practice of a built-in code or brings the file's corrections into it. */
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
	const { id, written } = await applyBuiltin(tx, context, {
		kind: 'practice',
		key: practice.code,
		label: practice.titleTh,
		file: values,
		stored: existing
			? { id: existing.id, values: fieldsOf(values, existing), version: existing.version }
			: null,
		insert: async () => {
			const [row] = await tx.insert(practices).values(values).returning({ id: practices.id });
			if (!row) throw new Error(`could not insert practice ${practice.code}`);
			return row.id;
		},
		update: async (practiceId, fields) => {
			await tx
				.update(practices)
				.set({ ...fields, version: sql`${practices.version} + 1`, updatedAt: new Date() })
				.where(eq(practices.id, practiceId));
		}
	});
	return { id, changed: written };
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
	let stored = null;
	if (existing) {
		const links = await tx
			.select({ practiceId: circularPractices.practiceId, position: circularPractices.position })
			.from(circularPractices)
			.where(eq(circularPractices.circularId, existing.id));
		const current = {
			...existing,
			practiceIds: links.sort((a, b) => a.position - b.position).map((link) => link.practiceId)
		};
		stored = { id: existing.id, values: fieldsOf(definition, current), version: existing.version };
	}
	const writeCarried = async (circularId: string, ids: string[]) => {
		await tx.delete(circularPractices).where(eq(circularPractices.circularId, circularId));
		if (ids.length) {
			await tx
				.insert(circularPractices)
				.values(ids.map((practiceId, position) => ({ circularId, practiceId, position })));
		}
	};
	const { written } = await applyBuiltin(tx, context, {
		kind: 'circular',
		key: circular.code,
		label: circular.subject,
		file: definition,
		stored,
		insert: async () => {
			const [row] = await tx.insert(circulars).values(values).returning({ id: circulars.id });
			if (!row) throw new Error(`could not insert circular ${circular.code}`);
			await writeCarried(row.id, carried);
			return row.id;
		},
		update: async (circularId, { practiceIds: ids, ...fields }) => {
			await tx
				.update(circulars)
				.set({ ...fields, version: sql`${circulars.version} + 1`, updatedAt: new Date() })
				.where(eq(circulars.id, circularId));
			if (ids) await writeCarried(circularId, ids);
		}
	});
	return written ? 1 : 0;
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
