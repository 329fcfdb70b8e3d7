/**
 * The language a partner of a country writes its own name in, where its script needs saying:
 * Han is drawn differently in Chinese, Japanese and Korean, and a page marks the name's language.
 */
const languages: Record<string, string> = {
	CN: 'zh-Hans',
	JP: 'ja',
	KR: 'ko',
	KH: 'km',
	LA: 'lo',
	MM: 'my',
	MN: 'mn',
	RU: 'ru',
	VN: 'vi'
};

/** The BCP 47 tag of a local name from the partner's country (ISO 3166 code), if it is known. */
export function localNameLanguage(countryCode: string | null | undefined): string | undefined {
	return countryCode ? languages[countryCode] : undefined;
}
