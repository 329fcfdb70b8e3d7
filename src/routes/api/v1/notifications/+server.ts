import { endpoint } from '#lib/server/api/index.ts';
import { listOwnNotifications, notificationListSchema } from '#lib/server/notifications/index.ts';

export const GET = endpoint({
	path: '/api/v1/notifications',
	operationId: 'listNotifications',
	summary:
		"The caller's newest notifications (up to 100), told in their language, and how many are unread",
	tag: 'Notifications',
	permission: 'notification.use',
	response: { status: 200, schema: notificationListSchema, description: 'The notifications' },
	handle: ({ db, actor, event }) => listOwnNotifications(db, actor, event.locals.locale)
});
