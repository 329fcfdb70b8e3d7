import { describe, expect, it } from 'vitest';
import { userFormValues } from './form.ts';

describe('userFormValues', () => {
	it('reads the shared user fields and leaves the password out', () => {
		const form = new FormData();
		form.append('displayName', 'สมหญิง ใจดี');
		form.append('email', 'somying@bangkok.go.th');
		form.append('password', 'a-long-secret-password');
		form.append('roles', 'agency_reporter');
		form.append('roles', 'viewer');
		form.append('agencyIds', '0b9f7f4e-5f7a-4c8e-9a52-1f0c2b7d9e11');
		form.append('locale', 'en');
		expect(userFormValues(form)).toEqual({
			displayName: 'สมหญิง ใจดี',
			email: 'somying@bangkok.go.th',
			roles: ['agency_reporter', 'viewer'],
			agencyIds: ['0b9f7f4e-5f7a-4c8e-9a52-1f0c2b7d9e11'],
			locale: 'en'
		});
	});

	it('reads unticked groups as empty lists', () => {
		expect(userFormValues(new FormData())).toEqual({
			displayName: '',
			email: '',
			roles: [],
			agencyIds: [],
			locale: ''
		});
	});
});
