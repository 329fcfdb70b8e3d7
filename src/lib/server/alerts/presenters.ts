import type { z } from 'zod';
import type { Alert } from './alerts.ts';
import type { MyWork } from './my-work.ts';
import type { alertListSchema, myWorkSchema } from './responses.ts';

/** Alerts as the API and the page show them. */
export function presentAlerts(
	today: string,
	within: number,
	alerts: readonly Alert[]
): z.input<typeof alertListSchema> {
	return { today, within, items: alerts.map((alert) => ({ ...alert })) };
}

/** My work as the API and the page show it. */
export function presentMyWork(work: MyWork): z.input<typeof myWorkSchema> {
	return work;
}
