import { describe, expect, it } from 'vitest';
import { AppError } from '#lib/server/platform/errors.ts';
import { renameFields } from './field-errors.ts';

describe('renameFields', () => {
	it('moves field errors onto the fields shown, first error kept', () => {
		const caught = new AppError('validation_failed', {
			fields: {
				fromElementId: { key: 'validation.invalid' },
				toElementId: { key: 'validation.alignmentSamePlan' },
				noteTh: { key: 'validation.tooLong', params: { max: 2000 } }
			}
		});
		const renamed = renameFields(caught, (path) => (path === 'noteTh' ? path : 'other'));
		expect(renamed).toBeInstanceOf(AppError);
		expect((renamed as AppError).code).toBe('validation_failed');
		expect((renamed as AppError).fields).toEqual({
			other: { key: 'validation.invalid' },
			noteTh: { key: 'validation.tooLong', params: { max: 2000 } }
		});
	});

	it('passes anything else through', () => {
		const stale = new AppError('stale_version', { params: { fields: 'value' } });
		expect(renameFields(stale, () => 'x')).toBe(stale);
		const bug = new Error('boom');
		expect(renameFields(bug, () => 'x')).toBe(bug);
	});
});
