// Dates as the handbook shows them. Formatters are made once: creating an Intl.DateTimeFormat loads
// locale data and costs far more than formatting with one, and pages format a date each.
const reviewedFormat = new Intl.DateTimeFormat('en-CA', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC',
});

/** A review date (`YYYY-MM-DD`) as readers see it: `4 May 2026` in Canadian English. */
export function formatReviewed(date: string): string {
	return reviewedFormat.format(new Date(`${date}T00:00:00Z`));
}
