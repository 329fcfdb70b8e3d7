import type { Executor } from '../../db/index.ts';
import { listAgencies } from '../agencies/repository.ts';
import { formList, formText } from '../http/forms.ts';
import { agencyKinds, roles } from '../kinds.ts';

/** What both user forms post besides the username and password, as typed: never a secret. */
export function userFormValues(form: FormData) {
	return {
		displayName: formText(form, 'displayName'),
		email: formText(form, 'email'),
		roles: formList(form, 'roles'),
		agencyIds: formList(form, 'agencyIds'),
		locale: formText(form, 'locale')
	};
}

export type UserFormValues = ReturnType<typeof userFormValues>;

/** What the user forms offer to choose from: agencies come grouped by kind. */
export async function userFormChoices(executor: Executor) {
	const agencies = await listAgencies(executor);
	return {
		roles,
		agencyGroups: agencyKinds
			.map((kind) => ({
				kind,
				agencies: agencies
					.filter((agency) => agency.kind === kind)
					.map(({ id, nameTh, nameEn }) => ({ id, nameTh, nameEn }))
			}))
			.filter((group) => group.agencies.length > 0)
	};
}

export type UserFormChoices = Awaited<ReturnType<typeof userFormChoices>>;
