import { asc } from 'drizzle-orm';
import type { Executor } from '../db/index.ts';
import { practices } from './schema.ts';

/** Every practice as a choice in a form: id and titles, by code, then the order recorded. */
export function practiceChoices(executor: Executor) {
	return executor
		.select({ id: practices.id, titleTh: practices.titleTh, titleEn: practices.titleEn })
		.from(practices)
		.orderBy(asc(practices.code), asc(practices.createdAt));
}
