import type { Locale } from '../../i18n/index.ts';
import type { Db } from '../db/index.ts';
import { renderPdf } from '../documents/index.ts';
import { auditContact } from '../partners/index.ts';
import { AppError, authorize, type ChangeContext } from '../platform/index.ts';
import { briefingFileName, partnerBriefing } from './briefing.ts';
import { partnerBriefingRecords } from './briefing-records.ts';

/**
 * A partner's executive briefing as a PDF file, with its file name. A PDF leaves Saphan, so when
 * it carries contact persons the trail records, for each, that their details were printed and
 * why they are kept, never the details themselves (decision 0008).
 */
export async function partnerBriefingPdf(
	db: Db,
	context: ChangeContext,
	partnerId: string,
	options: { locale: Locale; dormantYears: number }
) {
	authorize(context.actor, 'partner.read');
	const briefing = await db.transaction(async (tx) => {
		const records = await partnerBriefingRecords(tx, context.actor, partnerId, options);
		if (!records) throw new AppError('not_found');
		for (const contact of records.contacts ?? [])
			await auditContact(tx, context, 'print_personal_data', contact);
		return records;
	});
	return {
		body: await renderPdf(partnerBriefing(briefing, options)),
		fileName: briefingFileName(briefing.dossier, options.locale)
	};
}
