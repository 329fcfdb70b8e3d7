import type { Db } from '../../src/lib/server/db/client.ts';
import { systemActor, type Actor } from '../../src/lib/server/platform/actor.ts';
import { saveKpiResult } from '../../src/lib/server/plans/kpi-results.ts';
import { kpiResultInputSchema } from '../../src/lib/server/plans/schemas.ts';
import { inputOf, type Fields } from './input.ts';

/**
 * A KPI result as its reporter saves it: by default a draft of level 1 for FY2566 with a line of
 * evidence.
 */
export const makeKpiResult = (
	db: Db,
	kpiId: string,
	fields: Fields<typeof kpiResultInputSchema> = {},
	actor: Actor = systemActor
) =>
	saveKpiResult(
		db,
		{ actor },
		kpiId,
		inputOf(kpiResultInputSchema, { fiscalYear: 2566, value: 1, evidenceTh: 'จัดประชุมแล้ว' }, fields)
	);
