import { endpoint } from '#lib/server/api/index.ts';
import {
	kpiResultDraftSchema,
	kpiResultSchema,
	presentResult,
	saveKpiResult
} from '#lib/server/plans/index.ts';

export const PUT = endpoint({
	path: '/api/v1/kpis/{id}/results/{fiscalYear}',
	operationId: 'saveKpiResult',
	summary: 'Save the draft result of a KPI for a fiscal year (BE); approved results are locked',
	description:
		"Administrators and IAO officers save any KPI's results, a reporter those of the KPIs their agency leads (`kpiResult.report`).",
	tag: 'Plans',
	permission: 'signed-in',
	body: kpiResultDraftSchema,
	example: {
		value: 3,
		evidenceTh: 'จัดประชุมเครือข่ายเมืองพี่เมืองน้องครบ 3 ครั้ง',
		evidenceLinks: [{ label: 'รายงานการประชุม', url: 'https://www.bangkok.go.th/' }],
		version: 1
	},
	response: { status: 200, schema: kpiResultSchema, description: 'The saved result' },
	errors: ['forbidden', 'stale_version', 'duplicate', 'locked', 'invalid_transition'],
	async handle({ db, context, params, body }) {
		const result = await saveKpiResult(db, context, params.id, {
			...body,
			fiscalYear: params.fiscalYear
		});
		return presentResult(result);
	}
});
