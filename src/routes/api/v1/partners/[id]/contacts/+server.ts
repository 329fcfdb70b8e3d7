import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	apiHandler,
	authorize,
	createOnce,
	idParam,
	parseInput,
	readJson
} from '#lib/server/platform/index.ts';
import { addContact, contactInputSchema, partnerContactsOf } from '#lib/server/partners/index.ts';
import type { RequestHandler } from './$types';

const present = (contact: Awaited<ReturnType<typeof partnerContactsOf>>[number]) => ({
	id: contact.id,
	name: contact.name,
	position: contact.position,
	workEmail: contact.workEmail,
	workPhone: contact.workPhone,
	purpose: contact.purpose
});

/** Contact persons are personal data: the IAO and admins only. */
export const GET: RequestHandler = apiHandler(async ({ locals, params }) => {
	authorize(locals.actor, 'partnerContact.manage');
	const contacts = await partnerContactsOf(getApp().database.db, idParam(params.id));
	return json({ items: contacts.map(present), total: contacts.length });
});

export const POST: RequestHandler = apiHandler((event) =>
	createOnce(event, getApp(), async (db) => {
		const { locals, params, request } = event;
		authorize(locals.actor, 'partnerContact.manage');
		const app = getApp();
		const input = parseInput(
			contactInputSchema,
			await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
		);
		const created = await addContact(
			db,
			{ actor: locals.actor, requestId: locals.requestId },
			idParam(params.id),
			input
		);
		return json(present(created), { status: 201 });
	})
);
