import { endpoint } from '#lib/server/api/index.ts';
import {
	markedReadSchema,
	markNotificationsRead,
	markReadSchema
} from '#lib/server/notifications/index.ts';

export const POST = endpoint({
	path: '/api/v1/notifications/read',
	operationId: 'markNotificationsRead',
	summary: "Mark the caller's notifications read: those listed, or all when none are",
	tag: 'Notifications',
	permission: 'notification.use',
	body: markReadSchema,
	example: { ids: ['0b6f3c1e-5d0a-4a8e-9c47-2f1d8e6b9a10'] },
	response: { status: 200, schema: markedReadSchema, description: 'How many were marked read' },
	handle: async ({ db, context, body }) => ({
		marked: await markNotificationsRead(db, context, body.ids)
	})
});
