import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededApp } from './seeded.ts';
import { adminPassword, type RunningApp } from './server.ts';

let app: RunningApp;
let adminCookie: string;
let origin: string;

beforeAll(async () => {
	app = await startSeededApp();
	origin = app.baseUrl;
	const response = await post('/api/v1/session', { username: 'admin', password: adminPassword });
	expect(response.status).toBe(200);
	adminCookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
});
afterAll(() => app.stop());

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
	return fetch(`${app.baseUrl}${path}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin, ...headers },
		body: typeof body === 'string' ? body : JSON.stringify(body)
	});
}

const asAdmin = (headers: Record<string, string> = {}) => ({ cookie: adminCookie, ...headers });

async function userCount(): Promise<number> {
	const response = await fetch(`${app.baseUrl}/api/v1/users`, { headers: asAdmin() });
	return ((await response.json()) as { total: number }).total;
}

describe('health and session', () => {
	it('is healthy once the database answers', async () => {
		const response = await fetch(`${app.baseUrl}/healthz`);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ status: 'ok' });
	});

	it('refuses a wrong password with 401 in the language asked for, and sets no cookie', async () => {
		const thai = await post('/api/v1/session', { username: 'admin', password: 'wrong-password' });
		expect(thai.status).toBe(401);
		expect(thai.headers.get('set-cookie')).toBeNull();
		expect(await thai.json()).toEqual({
			error: { code: 'invalid_credentials', message: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง' }
		});
		const english = await post(
			'/api/v1/session',
			{ username: 'admin', password: 'wrong-password' },
			{ 'accept-language': 'en-GB,en;q=0.9' }
		);
		expect(((await english.json()) as { error: { message: string } }).error.message).toBe(
			'The username or password is wrong'
		);
	});

	it('sets an httpOnly, SameSite=Lax session cookie that is not Secure over plain HTTP', async () => {
		const response = await post('/api/v1/session', { username: 'admin', password: adminPassword });
		const cookie = response.headers.get('set-cookie') ?? '';
		expect(cookie).toMatch(/^saphan_session=/);
		expect(cookie).toMatch(/HttpOnly/i);
		expect(cookie).toMatch(/SameSite=Lax/i);
		expect(cookie).not.toMatch(/Secure/i);
	});

	it('logs out with DELETE, after which the cookie no longer works', async () => {
		const login = await post('/api/v1/session', { username: 'admin', password: adminPassword });
		const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
		const logout = await fetch(`${app.baseUrl}/api/v1/session`, {
			method: 'DELETE',
			headers: { cookie, origin }
		});
		expect(logout.status).toBe(204);
		const me = await fetch(`${app.baseUrl}/api/v1/me`, { headers: { cookie } });
		expect(me.status).toBe(401);
	});
});

describe('bad input changes nothing', () => {
	it('answers malformed JSON with 400', async () => {
		const before = await userCount();
		const response = await post('/api/v1/users', '{"username": ', asAdmin());
		expect(response.status).toBe(400);
		expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
			'malformed_json'
		);
		expect(await userCount()).toBe(before);
	});

	it('answers an oversized body with 413', async () => {
		const before = await userCount();
		const response = await post(
			'/api/v1/users',
			{ username: 'big', displayName: 'x'.repeat(2 * 1024 * 1024) },
			asAdmin()
		);
		expect(response.status).toBe(413);
		expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
			'payload_too_large'
		);
		expect(await userCount()).toBe(before);
	});

	it('answers invalid fields with 422 and a message per field', async () => {
		const before = await userCount();
		const response = await post(
			'/api/v1/users',
			{ username: 'A B', displayName: '', password: 'short', roles: [] },
			asAdmin({ 'accept-language': 'en' })
		);
		expect(response.status).toBe(422);
		const body = (await response.json()) as { error: { fields: Record<string, string> } };
		expect(Object.keys(body.error.fields).sort()).toEqual([
			'displayName',
			'password',
			'roles',
			'username'
		]);
		expect(body.error.fields.password).toBe('Must be at least 12 characters');
		expect(await userCount()).toBe(before);
	});

	it('answers an unknown API path and an unknown id with 404', async () => {
		const path = await fetch(`${app.baseUrl}/api/v1/nothing-here`, { headers: asAdmin() });
		expect(path.status).toBe(404);
		expect(((await path.json()) as { error: { code: string } }).error.code).toBe('not_found');
		const id = await fetch(`${app.baseUrl}/api/v1/users/not-a-uuid`, { headers: asAdmin() });
		expect(id.status).toBe(404);
	});

	it('refuses a cookie-authenticated write from another site', async () => {
		const before = await userCount();
		const response = await post(
			'/api/v1/users',
			{ username: 'csrf', displayName: 'x', password: 'long-enough-password', roles: ['viewer'] },
			asAdmin({ origin: 'https://evil.example' })
		);
		expect(response.status).toBe(403);
		expect(await userCount()).toBe(before);
	});
});

describe('permissions and tokens', () => {
	it('needs a login (401) and the right role (403)', async () => {
		expect((await fetch(`${app.baseUrl}/api/v1/users`)).status).toBe(401);
		const created = await post(
			'/api/v1/users',
			{
				username: 'viewer-api',
				displayName: 'ผู้อ่าน',
				password: 'viewer-password-123',
				roles: ['viewer']
			},
			asAdmin()
		);
		expect(created.status).toBe(201);
		const login = await post('/api/v1/session', {
			username: 'viewer-api',
			password: 'viewer-password-123'
		});
		const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
		const forbidden = await fetch(`${app.baseUrl}/api/v1/users`, { headers: { cookie } });
		expect(forbidden.status).toBe(403);
		expect(((await forbidden.json()) as { error: { message: string } }).error.message).toBe(
			'คุณไม่มีสิทธิ์ทำรายการนี้'
		);
	});

	it('accepts a bearer token until it is revoked', async () => {
		const me = (await (await fetch(`${app.baseUrl}/api/v1/me`, { headers: asAdmin() })).json()) as {
			id: string;
		};
		const issued = await post(`/api/v1/users/${me.id}/tokens`, { name: 'script' }, asAdmin());
		expect(issued.status).toBe(201);
		const { token, apiToken } = (await issued.json()) as {
			token: string;
			apiToken: { id: string };
		};
		const bearer = { authorization: `Bearer ${token}` };
		const agencies = await fetch(`${app.baseUrl}/api/v1/agencies?kind=district`, {
			headers: bearer
		});
		expect(agencies.status).toBe(200);
		expect(((await agencies.json()) as { total: number }).total).toBe(50);
		const revoke = await fetch(`${app.baseUrl}/api/v1/users/${me.id}/tokens/${apiToken.id}`, {
			method: 'DELETE',
			headers: bearer
		});
		expect(revoke.status).toBe(204);
		expect((await fetch(`${app.baseUrl}/api/v1/me`, { headers: bearer })).status).toBe(401);
	});
});

describe('OpenAPI', () => {
	it('describes every operation in OpenAPI 3.1 with the schemas that validate requests', async () => {
		const response = await fetch(`${app.baseUrl}/api/v1/openapi.json`);
		expect(response.status).toBe(200);
		const document = (await response.json()) as {
			openapi: string;
			paths: Record<string, Record<string, { requestBody?: unknown }>>;
			components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
		};
		expect(document.openapi).toBe('3.1.0');
		expect(Object.keys(document.paths)).toEqual(
			expect.arrayContaining(['/api/v1/session', '/api/v1/users', '/api/v1/users/{id}'])
		);
		expect(document.paths['/api/v1/session']?.post?.requestBody).toBeDefined();
		expect(Object.keys(document.components.schemas.UserCreate?.properties ?? {})).toEqual(
			expect.arrayContaining(['username', 'password', 'roles', 'agencyIds'])
		);
		expect(document.components.schemas.User?.properties).not.toHaveProperty('passwordHash');
	});
});

describe('security headers', () => {
	it('sends a CSP that forbids framing, nosniff and a referrer policy on pages', async () => {
		const response = await fetch(`${app.baseUrl}/login`);
		expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('referrer-policy')).toBe('same-origin');
		expect(response.headers.get('x-request-id')).toBeTruthy();
	});
});
