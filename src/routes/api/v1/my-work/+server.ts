import { todayIso } from '#lib/dates.ts';
import { myWork, myWorkSchema, presentMyWork } from '#lib/server/alerts/index.ts';
import { endpoint } from '#lib/server/api/index.ts';

export const GET = endpoint({
	path: '/api/v1/my-work',
	operationId: 'getMyWork',
	summary:
		"What waits for the caller: reports and KPI results to draft, fix (with the reviewer's comment) or submit for their agencies, items awaiting their review, circulars to acknowledge, their agencies' commitments due within 30 days or overdue, and agreements due for review",
	tag: 'Alerts',
	permission: 'myWork.read',
	response: { status: 200, schema: myWorkSchema, description: 'My work, by section' },
	handle: async ({ db, actor }) => presentMyWork(await myWork(db, actor, todayIso()))
});
