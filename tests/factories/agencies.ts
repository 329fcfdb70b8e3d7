import type { Db } from '../../src/lib/server/db/client.ts';
import { agencies } from '../../src/lib/server/platform/schema.ts';
import { systemActor } from '../../src/lib/server/platform/actor.ts';
import {
	builtinAgencySchema,
	loadBuiltinAgencies
} from '../../src/lib/server/platform/agencies/load-builtin.ts';

/**
 * The BMA and its IAO, and the further agencies given, checked and loaded as built-in data is.
 * Returns how to find an agency's id by its code.
 */
export async function loadAgencies(db: Db, ...more: object[]): Promise<(code: string) => string> {
	await db.transaction((tx) =>
		loadBuiltinAgencies(
			tx,
			{ actor: systemActor },
			builtinAgencySchema.parse([
				{ code: 'BMA', kind: 'administration', nameTh: 'กทม.', nameEn: 'BMA', verified: true },
				{
					code: 'IAO',
					kind: 'office',
					nameTh: 'สกต.',
					nameEn: 'IAO',
					parent: 'BMA',
					verified: true
				},
				...more
			])
		)
	);
	const rows = await db.select({ id: agencies.id, code: agencies.code }).from(agencies);
	return (code) => rows.find((row) => row.code === code)?.id ?? '';
}

/** A district office under the BMA, as the agencies file gives one, named by its geocode. */
export const district = (code: string, geocode: string) => ({
	code,
	kind: 'district',
	nameTh: `เขต ${geocode}`,
	nameEn: `District ${geocode}`,
	parent: 'BMA',
	geocode,
	verified: true
});
