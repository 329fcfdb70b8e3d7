import { describe, expect, it } from 'vitest';
import { snippetParts } from './snippet-parts.ts';

describe('snippetParts', () => {
	it('splits marked words from plain text and decodes entities', () => {
		expect(snippetParts('a &lt;b&gt; <mark>เมือง</mark> &amp; c')).toEqual([
			{ text: 'a <b> ', marked: false },
			{ text: 'เมือง', marked: true },
			{ text: ' & c', marked: false }
		]);
	});
});
