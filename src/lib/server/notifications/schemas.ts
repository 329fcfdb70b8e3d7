import { z } from 'zod';
import { deliveries, perKind } from './kinds.ts';

/** Which of the caller's notifications to mark read: those listed, or all when none are. */
export const markReadSchema = z
	.strictObject({ ids: z.array(z.uuid()).max(500).optional() })
	.meta({ id: 'NotificationsRead' });

/** How the caller wants each kind by e-mail; kinds left out keep their choice, unknown ones are refused. */
export const preferencesInputSchema = perKind(z.enum(deliveries).optional()).strict().meta({
	id: 'NotificationPreferencesInput'
});
export type PreferencesInput = z.output<typeof preferencesInputSchema>;
