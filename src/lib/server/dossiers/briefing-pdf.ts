import type { Locale } from '../../i18n/index.ts';
import type { Executor } from '../db/index.ts';
import { renderPdf } from '../documents/index.ts';
import { AppError } from '../platform/index.ts';
import { briefingFileName, partnerBriefing } from './briefing.ts';
import { partnerDossier } from './partner-dossier.ts';

/** A partner's one-page executive briefing as a PDF file, with its file name. */
export async function partnerBriefingPdf(
	executor: Executor,
	partnerId: string,
	options: { locale: Locale; dormantYears: number }
) {
	const dossier = await partnerDossier(executor, partnerId, options.dormantYears);
	if (!dossier) throw new AppError('not_found');
	return {
		body: await renderPdf(partnerBriefing(dossier, options)),
		fileName: briefingFileName(dossier, options.locale)
	};
}
