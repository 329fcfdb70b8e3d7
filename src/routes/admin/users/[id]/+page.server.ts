import { getApp } from '#lib/server/app.ts';
import {
	type Actor,
	apiTokenIssueSchema,
	AppError,
	can,
	countRecentLoginFailures,
	failFormOrPage,
	findUserById,
	formNumber,
	formText,
	formVersion,
	issueApiToken,
	keepIssuedSecret,
	listApiTokens,
	notFoundPage,
	pageId,
	parseInput,
	presentUser,
	redirectSaved,
	requirePage,
	revokeApiToken,
	savedNotice,
	setUserActive,
	takeIssuedSecret,
	tokenState,
	unlockUser,
	updateUser,
	userFormChoices,
	userFormValues,
	userUpdateSchema,
	type UserWithAgencies
} from '#lib/server/platform/index.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The user this page is about: an id that is malformed or names nobody is the 404 page. */
async function pageUser(event: Pick<RequestEvent, 'params' | 'locals'>): Promise<UserWithAgencies> {
	return (await findUserById(getApp().database.db, pageId(event))) ?? notFoundPage(event);
}

function changeContext(event: RequestEvent, actor: Actor) {
	return { actor, requestId: event.locals.requestId };
}

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'user.manage');
	const user = await pageUser(event);
	const { config, database } = getApp();
	const { db } = database;
	const now = new Date();
	const tokens = can(actor, 'apiToken.manage')
		? (await listApiTokens(db, user.id)).map((token) => ({
				id: token.id,
				name: token.name,
				prefix: token.prefix,
				createdAt: token.createdAt,
				lastUsedAt: token.lastUsedAt,
				expiresAt: token.expiresAt,
				state: tokenState(token, now)
			}))
		: null;
	return {
		user: presentUser(user),
		choices: await userFormChoices(db),
		tokens,
		loginFailures: {
			count: await countRecentLoginFailures(db, user.username, {
				windowMinutes: config.SAPHAN_LOGIN_WINDOW_MINUTES
			}),
			minutes: config.SAPHAN_LOGIN_WINDOW_MINUTES
		},
		notice: savedNotice(
			event,
			{
				created: 'users.created',
				saved: 'users.saved',
				deactivated: 'users.deactivated',
				reactivated: 'users.reactivated',
				tokenIssued: 'tokens.issued',
				tokenRevoked: 'tokens.revoked',
				unlocked: 'users.unlocked'
			},
			{ name: user.username }
		),
		secret: takeIssuedSecret(event)
	};
};

async function setActive(event: RequestEvent, active: boolean) {
	const actor = requirePage(event, 'user.manage');
	const user = await pageUser(event);
	try {
		await setUserActive(getApp().database.db, changeContext(event, actor), user.id, active);
	} catch (caught) {
		return failFormOrPage(event, caught);
	}
	redirectSaved(event, active ? 'reactivated' : 'deactivated');
}

export const actions: Actions = {
	save: async (event) => {
		const actor = requirePage(event, 'user.manage');
		const user = await pageUser(event);
		const form = await event.request.formData();
		const values = userFormValues(form);
		try {
			const input = parseInput(userUpdateSchema, {
				...values,
				version: formVersion(formText(form, 'version')),
				password: formText(form, 'password')
			});
			await updateUser(getApp().database.db, changeContext(event, actor), user.id, input);
		} catch (caught) {
			return failFormOrPage(event, caught, values);
		}
		redirectSaved(event, 'saved');
	},

	deactivate: (event) => setActive(event, false),

	reactivate: (event) => setActive(event, true),

	unlock: async (event) => {
		const actor = requirePage(event, 'user.manage');
		const user = await pageUser(event);
		try {
			await unlockUser(getApp().database.db, changeContext(event, actor), user.id);
		} catch (caught) {
			return failFormOrPage(event, caught);
		}
		redirectSaved(event, 'unlocked');
	},

	issueToken: async (event) => {
		const actor = requirePage(event, 'apiToken.manage');
		const user = await pageUser(event);
		const form = await event.request.formData();
		const values = { name: formText(form, 'name'), expiresInDays: formText(form, 'expiresInDays') };
		let secret: string;
		try {
			const input = parseInput(apiTokenIssueSchema, {
				name: values.name,
				expiresInDays: formNumber(values.expiresInDays)
			});
			const issued = await issueApiToken(getApp().database.db, changeContext(event, actor), {
				userId: user.id,
				...input
			});
			secret = issued.token;
		} catch (caught) {
			return failFormOrPage(event, caught, values);
		}
		// Only the secret's digest is kept: the page after the redirect shows it this once.
		keepIssuedSecret(event, secret);
		redirectSaved(event, 'tokenIssued');
	},

	revokeToken: async (event) => {
		const actor = requirePage(event, 'apiToken.manage');
		const user = await pageUser(event);
		const tokenId = formText(await event.request.formData(), 'tokenId');
		const { db } = getApp().database;
		try {
			const tokens = await listApiTokens(db, user.id);
			if (!tokens.some((token) => token.id === tokenId)) throw new AppError('not_found');
			await revokeApiToken(db, changeContext(event, actor), tokenId);
		} catch (caught) {
			return failFormOrPage(event, caught);
		}
		redirectSaved(event, 'tokenRevoked');
	}
};
