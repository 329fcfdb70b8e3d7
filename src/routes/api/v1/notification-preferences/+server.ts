import { endpoint } from '#lib/server/api/index.ts';
import {
	ownNotificationPreferences,
	preferencesInputSchema,
	preferencesSchema,
	setOwnNotificationPreferences
} from '#lib/server/notifications/index.ts';

export const GET = endpoint({
	path: '/api/v1/notification-preferences',
	operationId: 'getNotificationPreferences',
	summary:
		'How the caller gets each kind of notification by e-mail: each event, a daily digest, or none',
	tag: 'Notifications',
	permission: 'notification.use',
	response: { status: 200, schema: preferencesSchema, description: 'Every kind with its choice' },
	handle: ({ db, actor }) => ownNotificationPreferences(db, actor)
});

export const PUT = endpoint({
	path: '/api/v1/notification-preferences',
	operationId: 'setNotificationPreferences',
	summary: 'Change how the caller gets the kinds given by e-mail; kinds left out keep their choice',
	tag: 'Notifications',
	permission: 'notification.use',
	body: preferencesInputSchema,
	example: { 'review.returned': 'each', 'circular.received': 'digest' },
	response: { status: 200, schema: preferencesSchema, description: 'Every kind with its choice' },
	handle: ({ db, context, body }) => setOwnNotificationPreferences(db, context, body)
});
