import { withoutInvisibleControls } from '../fields.ts';

/** `filename*` for any name (Thai included), and a plain ASCII `filename` for old clients. */
export function contentDisposition(name: string): string {
	const fileName = withoutInvisibleControls(name);
	const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
	const encoded = encodeURIComponent(fileName).replace(
		/['()*]/g,
		(char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`
	);
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
