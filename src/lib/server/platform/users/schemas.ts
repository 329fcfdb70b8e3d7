import { z } from 'zod';
import { list, optionalText, text, version } from '../fields.ts';
import { minimumPasswordLength } from '../auth/passwords.ts';
import { locales, roles } from '../kinds.ts';

const username = text(100)
	.toLowerCase()
	.regex(/^[a-z0-9._-]{3,40}$/, { error: 'validation.usernameFormat' });
const displayName = text(200);
const email = optionalText(320).pipe(z.email({ error: 'validation.email' }).nullable());
const password = z.string().min(minimumPasswordLength).max(256);
const roleList = list(z.enum(roles)).min(1, { error: 'validation.rolesRequired' });
const agencyIds = list(z.uuid({ error: 'validation.unknownAgency' })).default([]);

const reporterHasAgency = (value: { roles?: string[]; agencyIds?: string[] }) =>
	!value.roles?.includes('agency_reporter') || (value.agencyIds?.length ?? 0) > 0;
const reporterRule = { error: 'validation.reporterNeedsAgency', path: ['agencyIds'] };

export const userCreateSchema = z
	.object({
		username,
		displayName,
		email,
		password,
		roles: roleList,
		agencyIds,
		locale: z.enum(locales).default('th')
	})
	.refine(reporterHasAgency, reporterRule)
	.meta({ id: 'UserCreate' });

export const userUpdateSchema = z
	.object({
		version: version(),
		displayName: displayName.optional(),
		email: email.optional(),
		password: z.union([z.literal(''), password]).optional(),
		roles: roleList.optional(),
		agencyIds: agencyIds.optional(),
		locale: z.enum(locales).optional()
	})
	.meta({ id: 'UserUpdate' });

export const passwordChangeSchema = z.object({
	currentPassword: z.string().min(1),
	newPassword: password
});

export const localeChoiceSchema = z.object({ locale: z.enum(locales) });

export type UserCreateInput = z.output<typeof userCreateSchema>;
export type UserUpdateInput = z.output<typeof userUpdateSchema>;
export type PasswordChangeInput = z.output<typeof passwordChangeSchema>;
