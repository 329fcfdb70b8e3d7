import type { Tx } from '../db/index.ts';
import { applyBuiltin, type ChangeContext, fieldsOf } from '../platform/index.ts';
import type { BuiltinCircular, BuiltinKnowledge, BuiltinPractice } from './builtin-schema.ts';
import {
	carriedPracticeLinks,
	circularByCode,
	insertCircular,
	replaceCarriedPractices,
	updateBuiltinCircular
} from './circular-repository.ts';
import {
	insertPractice,
	practiceByCode,
	practiceIdsOfCodes,
	sourcePartners,
	updateBuiltinPractice
} from './repository.ts';

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
	const existing = await practiceByCode(tx, practice.code);
	const { id, written } = await applyBuiltin(tx, context, {
		kind: 'practice',
		key: practice.code,
		label: practice.titleTh,
		file: values,
		stored: existing
			? { id: existing.id, values: fieldsOf(values, existing), version: existing.version }
			: null,
		insert: async () => {
			const row = await insertPractice(tx, values);
			if (!row) throw new Error(`could not insert practice ${practice.code}`);
			return row.id;
		},
		update: async (practiceId, fields) => {
			await updateBuiltinPractice(tx, practiceId, fields);
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
	const existing = await circularByCode(tx, circular.code);
	let stored = null;
	if (existing) {
		const links = await carriedPracticeLinks(tx, existing.id);
		const current = {
			...existing,
			practiceIds: links.sort((a, b) => a.position - b.position).map((link) => link.practiceId)
		};
		stored = { id: existing.id, values: fieldsOf(definition, current), version: existing.version };
	}
	const { written } = await applyBuiltin(tx, context, {
		kind: 'circular',
		key: circular.code,
		label: circular.subject,
		file: definition,
		stored,
		insert: async () => {
			const row = await insertCircular(tx, values);
			if (!row) throw new Error(`could not insert circular ${circular.code}`);
			await replaceCarriedPractices(tx, row.id, carried);
			return row.id;
		},
		update: async (circularId, { practiceIds: ids, ...fields }) => {
			await updateBuiltinCircular(tx, circularId, fields);
			if (ids) await replaceCarriedPractices(tx, circularId, ids);
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
	const candidates = await sourcePartners(tx);
	for (const practice of data.practices) {
		const result = await upsertPractice(tx, context, practice, candidates);
		practiceIds.set(practice.code, result.id);
		if (result.changed) changed += 1;
	}
	const referenced = data.circulars.flatMap((circular) => circular.practices);
	const missing = referenced.filter((code) => !practiceIds.has(code));
	if (missing.length) {
		const rows = await practiceIdsOfCodes(tx, missing);
		for (const row of rows) if (row.code) practiceIds.set(row.code, row.id);
	}
	for (const circular of data.circulars) {
		changed += await upsertCircular(tx, context, circular, practiceIds);
	}
	return changed;
}
