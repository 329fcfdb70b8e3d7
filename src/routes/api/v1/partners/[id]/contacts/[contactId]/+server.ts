import { getApp } from '#lib/server/app.ts';
import { apiHandler } from '#lib/server/platform/http/api.ts';
import { idParam } from '#lib/server/platform/http/ids.ts';
import { authorize } from '#lib/server/platform/policy.ts';
import { eraseContact } from '#lib/server/partners/write.ts';
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
