import { getApp } from '#lib/server/app.ts';
import { apiHandler, authorize, idParam } from '#lib/server/platform/index.ts';
import { eraseContact } from '#lib/server/partners/index.ts';
import type { RequestHandler } from './$types';

/** Erases a contact person on their request (PDPA); the audit trail records the erasure. */
export const DELETE: RequestHandler = apiHandler(async ({ locals, params }) => {
	authorize(locals.actor, 'partnerContact.manage');
	await eraseContact(
		getApp().database.db,
		{ actor: locals.actor, requestId: locals.requestId },
		idParam(params.id),
		idParam(params.contactId)
	);
	return new Response(null, { status: 204 });
});
