import { randomBytes } from 'node:crypto';
import type { Db } from '../../src/lib/server/db/client.ts';
import { partnerInputSchema } from '../../src/lib/server/partners/schemas.ts';
import { createPartner } from '../../src/lib/server/partners/write.ts';
import { systemActor, type Actor } from '../../src/lib/server/platform/actor.ts';
import { inputOf, type Fields } from './input.ts';

/**
 * A partner recorded as an officer records one: by default a city of its own unique name, with no
 * country (countries come with the built-in data).
 */
export function makePartner(
	db: Db,
	fields: Fields<typeof partnerInputSchema> = {},
	actor: Actor = systemActor
) {
	const name = randomBytes(3).toString('hex');
	const defaults: Fields<typeof partnerInputSchema> = {
		kind: 'city',
		nameTh: `เมืองทดสอบ ${name}`,
		nameEn: `Test City ${name}`
	};
	return createPartner(db, { actor }, inputOf(partnerInputSchema, defaults, fields));
}
