/** The alerts module's entry: what the routes and the app may use. */

export { type Alert, dismissAlert, listAlerts } from './alerts.ts';
export { type AlertKind, alertKinds, type WorkSection, workSections } from './kinds.ts';
export { type MyWork, type WorkItem, myWork } from './my-work.ts';
export { presentAlerts, presentMyWork } from './presenters.ts';
export { remindersJob, weeklyDigestJob } from './reminders.ts';
export { alertDismissalSchema, alertListSchema, alertSchema, myWorkSchema } from './responses.ts';
export {
	type AlertDismissalInput,
	type AlertQuery,
	alertDismissalInputSchema,
	alertQuerySchema,
	alertWindows,
	defaultAlertWindow
} from './schemas.ts';
