import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { presentCommitment, presentEngagement } from '#lib/server/engagements/index.ts';
import {
	apiHandler,
	AppError,
	authorize,
	idParam,
	parseInput,
	readJson
} from '#lib/server/platform/index.ts';
import { partnerDossier } from '#lib/server/dossiers/index.ts';
import {
	findPartner,
	isPartnerDormant,
	partnerInputSchema,
	presentAgreement,
	presentPartner,
	updatePartner
} from '#lib/server/partners/index.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals, params }) => {
	authorize(locals.actor, 'partner.read');
	const app = getApp();
	const dossier = await partnerDossier(
		app.database.db,
		idParam(params.id),
		app.config.SAPHAN_PARTNER_DORMANT_YEARS
	);
	if (!dossier) throw new AppError('not_found');
	return json({
		...presentPartner(dossier.partner, dossier.dormant),
		agreements: dossier.agreements.map(presentAgreement),
		engagements: dossier.engagements.map(presentEngagement),
		projects: dossier.projects,
		openCommitments: dossier.openCommitments.map(presentCommitment)
	});
});

export const PUT: RequestHandler = apiHandler(async ({ locals, params, request }) => {
	authorize(locals.actor, 'partner.manage');
	const app = getApp();
	const id = idParam(params.id);
	const input = parseInput(
		partnerInputSchema,
		await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
	);
	await updatePartner(
		app.database.db,
		{ actor: locals.actor, requestId: locals.requestId },
		id,
		input
	);
	const partner = await findPartner(app.database.db, id);
	if (!partner) throw new AppError('not_found');
	const years = app.config.SAPHAN_PARTNER_DORMANT_YEARS;
	return json(presentPartner(partner, await isPartnerDormant(app.database.db, id, years)));
});
