import type { Db } from '../../src/lib/server/db/client.ts';
import { sendCircular } from '../../src/lib/server/knowledge/circulars.ts';
import { circularSendSchema } from '../../src/lib/server/knowledge/schemas.ts';
import { systemActor, type Actor } from '../../src/lib/server/platform/actor.ts';
import { inputOf, type Fields } from './input.ts';
import { makePractice } from './practices.ts';

const defaults = {
	documentNumber: 'กท ๐๔๑๐/๑๒๓',
	issuedOn: '2026-03-15',
	subject: 'แนวปฏิบัติที่ดีจากเมืองพันธมิตร',
	fromText: 'สำนักงานการต่างประเทศ',
	toText: 'ผู้อำนวยการสำนัก',
	body: 'เพื่อโปรดพิจารณานำไปปรับใช้'
};

/**
 * A circular the IAO sends to the agencies given: by default issued on 15 March 2026 and carrying
 * one new practice.
 */
export async function makeCircular(
	db: Db,
	fields: Fields<typeof circularSendSchema> & { recipientAgencyIds: string[] },
	actor: Actor = systemActor
) {
	const practiceIds = fields.practiceIds ?? [(await makePractice(db, {}, actor)).id];
	const input = inputOf(circularSendSchema, { ...defaults, practiceIds }, fields);
	return sendCircular(db, { actor }, input);
}
