const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot);/g, (entity) => entities[entity]!);

/** A search snippet (escaped HTML with <mark>) as plain text parts, to render without {@html}. */
export function snippetParts(snippet: string): { text: string; marked: boolean }[] {
	return snippet
		.split(/(<mark>.*?<\/mark>)/)
		.filter(Boolean)
		.map((part) =>
			part.startsWith('<mark>')
				? { text: decode(part.slice(6, -7)), marked: true }
				: { text: decode(part), marked: false }
		);
}
