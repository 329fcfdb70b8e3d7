import type { Db } from '../../src/lib/server/db/client.ts';
import { engagementInputSchema } from '../../src/lib/server/engagements/schemas.ts';
import { createEngagement } from '../../src/lib/server/engagements/use-cases.ts';
import { systemActor, type Actor } from '../../src/lib/server/platform/actor.ts';
import { inputOf, type Fields } from './input.ts';

const defaults: Fields<typeof engagementInputSchema> = {
	kind: 'meeting',
	titleTh: 'การประชุมหารือความร่วมมือ',
	startsOn: '2025-06-02',
	endsOn: '2025-06-02',
	city: 'กรุงเทพมหานคร'
};

/**
 * An engagement as an officer records one, with the participants, outcomes and follow-up
 * commitments given in `fields`: by default a one-day meeting in Bangkok with none of them.
 * Returns its id.
 */
export const makeEngagement = (
	db: Db,
	fields: Fields<typeof engagementInputSchema> = {},
	actor: Actor = systemActor
): Promise<string> =>
	createEngagement(db, { actor }, inputOf(engagementInputSchema, defaults, fields));
