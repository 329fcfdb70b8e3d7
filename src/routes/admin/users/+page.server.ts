import { getApp } from '#lib/server/app.ts';
import { listAgencies, listUsers, requirePage } from '#lib/server/platform/index.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requirePage(event, 'user.manage');
	const { db } = getApp().database;
	const users = await listUsers(db);
	const agencies = new Map((await listAgencies(db)).map((agency) => [agency.id, agency]));
	return {
		users: users.map((user) => ({
			id: user.id,
			username: user.username,
			displayName: user.displayName,
			roles: user.roles,
			active: user.active,
			agencies: user.agencyIds.flatMap((id) => {
				const agency = agencies.get(id);
				return agency ? [{ code: agency.code, nameTh: agency.nameTh, nameEn: agency.nameEn }] : [];
			})
		}))
	};
};
