import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size.ts';

describe('formatFileSize', () => {
	it('shows bytes, kilobytes and megabytes', () => {
		expect(formatFileSize(850, 'th')).toBe('850 B');
		expect(formatFileSize(12_800, 'en')).toBe('12.5 KB');
		expect(formatFileSize(20 * 1024 * 1024, 'en')).toBe('20 MB');
		expect(formatFileSize(150 * 1024, 'th')).toBe('150 KB');
	});
});
