import {
	alertDismissalInputSchema,
	alertDismissalSchema,
	dismissAlert
} from '#lib/server/alerts/index.ts';
import { endpoint } from '#lib/server/api/index.ts';

export const POST = endpoint({
	path: '/api/v1/alerts/dismissals',
	operationId: 'dismissAlert',
	summary:
		'Dismiss an alert for the caller alone, at the date it is listed with: it shows again when its date changes',
	tag: 'Alerts',
	permission: 'alert.dismiss',
	body: alertDismissalInputSchema,
	example: { key: 'agreementReview:0b6f3c1e-5d0a-4a8e-9c47-2f1d8e6b9a10', on: '2026-03-31' },
	response: { status: 200, schema: alertDismissalSchema, description: 'The dismissal' },
	handle: ({ db, context, body }) => dismissAlert(db, context, body)
});
