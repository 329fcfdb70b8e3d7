/** The notifications module's entry: what other modules and the routes may use. */

export { type DeliveryOptions, deliverDue, startMailWorker } from './delivery.ts';
export { dailyDigestJob } from './digest.ts';
export {
	type Delivery,
	type NotificationKind,
	type OutboxStatus,
	deliveries,
	notificationKinds,
	outboxStatuses
} from './kinds.ts';
export {
	countUnreadNotifications,
	listOwnNotifications,
	markNotificationsRead,
	ownNotificationPreferences,
	setOwnNotificationPreferences
} from './inbox.ts';
export { type MailSender, smtpSender } from './mailer.ts';
export { type Notice, notify, recipientsFor } from './notify.ts';
export { outboxOverview, retryOutboxMessage } from './outbox.ts';
export {
	markedReadSchema,
	notificationListSchema,
	outboxMessageSchema,
	preferencesSchema
} from './responses.ts';
export { type ReviewedStep, notifyReviewStep } from './review-notices.ts';
export { markReadSchema, preferencesInputSchema } from './schemas.ts';
export { setPublicUrl } from './settings.ts';
