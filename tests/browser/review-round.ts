import { expect } from 'vitest';
import { adminCookie } from './server.ts';

/** A user to make through the API: what logs in, and anything else the user record takes. */
export interface NewUser {
	username: string;
	password: string;
	displayName: string;
	email?: string;
}

/** A JSON request as the admin, posting when there is a body; the answer must be a success. */
export async function adminApi(baseUrl: string, cookie: string, path: string, body?: unknown) {
	const response = await fetch(`${baseUrl}${path}`, {
		method: body ? 'POST' : 'GET',
		headers: { cookie, origin: baseUrl, 'content-type': 'application/json' },
		body: body ? JSON.stringify(body) : undefined
	});
	expect(response.ok).toBe(true);
	return response.json() as Promise<Record<string, unknown>>;
}

/**
 * The people of one report's review: the first project of FY2566 by title, a reporter of its lead
 * agency and an IAO officer to review it, made by the admin through the API.
 */
export async function reviewRound(
	baseUrl: string,
	users: { reporter: NewUser; officer: NewUser }
): Promise<{ id: string; titleTh: string }> {
	const cookie = await adminCookie(baseUrl);
	const { items } = (await adminApi(
		baseUrl,
		cookie,
		'/api/v1/projects?fiscalYear=2566&sort=title&pageSize=1'
	)) as { items: { id: string; titleTh: string }[] };
	const [project] = items;
	if (!project) throw new Error('The built-in data has no project of FY2566');
	const detail = (await adminApi(baseUrl, cookie, `/api/v1/projects/${project.id}`)) as {
		agencies: { id: string; role: string }[];
	};
	const lead = detail.agencies.find((agency) => agency.role === 'lead');
	await adminApi(baseUrl, cookie, '/api/v1/users', {
		...users.reporter,
		roles: ['agency_reporter'],
		agencyIds: [lead?.id]
	});
	await adminApi(baseUrl, cookie, '/api/v1/users', { ...users.officer, roles: ['iao_officer'] });
	return project;
}
