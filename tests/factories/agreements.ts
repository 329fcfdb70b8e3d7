import type { Db } from '../../src/lib/server/db/client.ts';
import { agreementInputSchema } from '../../src/lib/server/partners/schemas.ts';
import { createAgreement } from '../../src/lib/server/partners/write.ts';
import { systemActor, type Actor } from '../../src/lib/server/platform/actor.ts';
import { inputOf, type Fields } from './input.ts';

const defaults: Fields<typeof agreementInputSchema> = {
	type: 'mou',
	titleTh: 'บันทึกความเข้าใจว่าด้วยความร่วมมือ',
	signedOn: '2024-01-15'
};

/** An agreement of a partner as an officer records one: by default an MOU in force since 2024. */
export const makeAgreement = (
	db: Db,
	partnerId: string,
	fields: Fields<typeof agreementInputSchema> = {},
	actor: Actor = systemActor
) => createAgreement(db, { actor }, partnerId, inputOf(agreementInputSchema, defaults, fields));
