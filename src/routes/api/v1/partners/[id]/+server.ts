import { endpoint } from '#lib/server/api/index.ts';
import { AppError } from '#lib/server/platform/index.ts';
import {
	partnerDossier,
	partnerDossierSchema,
	presentPartnerDossier
} from '#lib/server/dossiers/index.ts';
import {
	findPartner,
	isPartnerDormant,
	partnerInputExample,
	partnerInputSchema,
	partnerSchema,
	presentPartner,
	updatePartner
} from '#lib/server/partners/index.ts';

export const GET = endpoint({
	path: '/api/v1/partners/{id}',
	operationId: 'getPartner',
	summary:
		'A partner with its agreements, engagements (newest first), projects naming it and open commitments',
	tag: 'Partners',
	permission: 'partner.read',
	response: { status: 200, schema: partnerDossierSchema, description: 'The partner' },
	async handle({ app, db, params }) {
		const dossier = await partnerDossier(db, params.id, app.config.SAPHAN_PARTNER_DORMANT_YEARS);
		if (!dossier) throw new AppError('not_found');
		return presentPartnerDossier(dossier);
	}
});

export const PUT = endpoint({
	path: '/api/v1/partners/{id}',
	operationId: 'updatePartner',
	summary:
		'Change a partner at the version read (`version` required): a stale save is refused (409 stale_version) naming the fields changed since and who changed them; checked as a new partner is (duplicate name in the country, unknown country)',
	tag: 'Partners',
	permission: 'partner.manage',
	body: partnerInputSchema,
	example: { ...partnerInputExample, unverified: [], version: 3 },
	response: { status: 200, schema: partnerSchema, description: 'The partner as changed' },
	errors: ['stale_version', 'duplicate'],
	async handle({ app, db, context, params, body }) {
		await updatePartner(db, context, params.id, body);
		const partner = await findPartner(db, params.id);
		if (!partner) throw new AppError('not_found');
		const years = app.config.SAPHAN_PARTNER_DORMANT_YEARS;
		return presentPartner(partner, await isPartnerDormant(db, params.id, years));
	}
});
