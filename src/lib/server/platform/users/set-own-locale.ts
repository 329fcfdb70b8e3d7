import type { Locale } from '../../../i18n/index.ts';
import type { Db } from '../../db/index.ts';
import type { ChangeContext } from '../actor.ts';
import { recordAudit } from '../audit/record.ts';
import { updateUserRow } from './repository.ts';

/** A user's own language choice: remembered on their account, audited, no version bump. */
export async function setOwnLocale(db: Db, context: ChangeContext, locale: Locale): Promise<void> {
	const userId = context.actor.id;
	if (!userId || context.actor.locale === locale) return;
	await db.transaction(async (tx) => {
		await updateUserRow(tx, userId, { locale });
		await recordAudit(tx, context, {
			action: 'update',
			entityType: 'user',
			entityId: userId,
			before: { locale: context.actor.locale },
			after: { locale }
		});
	});
}
