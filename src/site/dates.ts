// Dates as the handbook shows them. Formatters are made once: creating an Intl.DateTimeFormat loads
// locale data and costs far more than formatting with one, and pages format a date each.
const reviewedFormats = new Map<string, Intl.DateTimeFormat>();

/** A review date (`YYYY-MM-DD`) as readers see it in `lang`: `May 4, 2026` in Canadian English, `4 mai 2026` in French. */
export function formatReviewed(date: string, lang = 'en-CA'): string {
	let format = reviewedFormats.get(lang);
	if (!format) {
		format = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
		reviewedFormats.set(lang, format);
	}
	return format.format(new Date(`${date}T00:00:00Z`));
}
