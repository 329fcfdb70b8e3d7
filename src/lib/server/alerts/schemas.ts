import { z } from 'zod';
import { date, integerParam, optionalId } from '../platform/index.ts';
import { alertKinds } from './kinds.ts';

/** The due windows the alerts page offers, in days; the default is 90. */
export const alertWindows = [30, 60, 90, 180, 365] as const;
export const defaultAlertWindow = 90;

export const alertQuerySchema = z
	.object({
		/** One kind of alert; every kind when not given. */
		kind: z.enum(alertKinds, { error: 'validation.invalid' }).optional(),
		/** An agency's id: only the alerts of its records (agreements and partners have none). */
		agency: optionalId(),
		/** Alerts dated up to this many days ahead (overdue ones always); 90 when not given. */
		within: integerParam(0, 366).default(defaultAlertWindow)
	})
	.meta({ id: 'AlertQuery' });

export type AlertQuery = z.output<typeof alertQuerySchema>;

export const alertDismissalInputSchema = z
	.object({
		/** The alert's key, as listed. */
		key: z
			.string()
			.trim()
			.regex(new RegExp(`^(${alertKinds.join('|')}):[0-9a-f-]{36}$`), {
				error: 'validation.invalid'
			}),
		/** The alert's date as listed: the alert shows again when its date moves from this one. */
		on: date()
	})
	.meta({ id: 'AlertDismissalInput' });

export type AlertDismissalInput = z.output<typeof alertDismissalInputSchema>;
