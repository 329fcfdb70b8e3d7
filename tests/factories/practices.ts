import type { Db } from '../../src/lib/server/db/client.ts';
import { createPractice } from '../../src/lib/server/knowledge/practices.ts';
import { practiceCreateSchema } from '../../src/lib/server/knowledge/schemas.ts';
import { systemActor, type Actor } from '../../src/lib/server/platform/actor.ts';
import { inputOf, type Fields } from './input.ts';

const defaults: Fields<typeof practiceCreateSchema> = {
	sourceKind: 'city',
	sourceName: 'เมืองโยโกฮามา',
	titleTh: 'การจัดการขยะโดยชุมชน',
	summaryTh: 'ชุมชนคัดแยกขยะที่ต้นทางร่วมกับเขต',
	actions: ['จัดจุดคัดแยกขยะในชุมชน'],
	measureCategories: ['green_city'],
	sdgs: [11]
};

/** A practice as an officer records one: by default a city's, with one action, for SDG 11. */
export const makePractice = (
	db: Db,
	fields: Fields<typeof practiceCreateSchema> = {},
	actor: Actor = systemActor
) => createPractice(db, { actor }, inputOf(practiceCreateSchema, defaults, fields));
