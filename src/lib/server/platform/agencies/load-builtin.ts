import { z } from 'zod';
import type { Tx } from '../../db/index.ts';
import type { ChangeContext } from '../actor.ts';
import { applyBuiltin } from '../builtin/apply.ts';
import { agencyKinds } from '../kinds.ts';
import { findAgencyByCode, insertAgency, updateAgencyFields } from './repository.ts';

export const builtinAgencySchema = z
	.array(
		z.strictObject({
			code: z.string().regex(/^[A-Z0-9-]+$/),
			kind: z.enum(agencyKinds),
			nameTh: z.string().min(1),
			nameEn: z.string().min(1),
			abbrTh: z.string().min(1).optional(),
			parent: z.string().optional(),
			geocode: z
				.string()
				.regex(/^10\d\d$/)
				.optional(),
			verified: z.boolean()
		})
	)
	.superRefine((list, context) => {
		const seen = new Set<string>();
		for (const [index, agency] of list.entries()) {
			if (seen.has(agency.code)) {
				context.addIssue({ code: 'custom', path: [index, 'code'], message: 'duplicate code' });
			}
			if (agency.parent && !seen.has(agency.parent)) {
				context.addIssue({
					code: 'custom',
					path: [index, 'parent'],
					message: 'parent must be listed before its children'
				});
			}
			seen.add(agency.code);
		}
	});

type BuiltinAgency = z.output<typeof builtinAgencySchema>[number];

/** Inserts new agencies and brings file corrections into the others by code, keeping people's changes. */
export async function loadBuiltinAgencies(
	tx: Tx,
	context: ChangeContext,
	list: BuiltinAgency[]
): Promise<number> {
	const idByCode = new Map<string, string>();
	let changes = 0;
	for (const agency of list) {
		const values = {
			code: agency.code,
			kind: agency.kind,
			nameTh: agency.nameTh,
			nameEn: agency.nameEn,
			abbrTh: agency.abbrTh ?? null,
			parentId: agency.parent ? (idByCode.get(agency.parent) ?? null) : null,
			geocode: agency.geocode ?? null,
			verified: agency.verified
		};
		const existing = await findAgencyByCode(tx, agency.code);
		const { id, written } = await applyBuiltin(tx, context, {
			kind: 'agency',
			key: agency.code,
			label: agency.nameTh,
			file: values,
			stored: existing
				? {
						id: existing.id,
						values: {
							code: existing.code,
							kind: existing.kind,
							nameTh: existing.nameTh,
							nameEn: existing.nameEn,
							abbrTh: existing.abbrTh,
							parentId: existing.parentId,
							geocode: existing.geocode,
							verified: existing.verified
						}
					}
				: null,
			insert: async () => {
				const id = await insertAgency(tx, values);
				if (!id) throw new Error(`could not insert agency ${agency.code}`);
				return id;
			},
			update: async (agencyId, fields) => {
				await updateAgencyFields(tx, agencyId, fields);
			}
		});
		idByCode.set(agency.code, id);
		if (written) changes++;
	}
	return changes;
}
