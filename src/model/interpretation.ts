/**
 * How the handbook marks a connection it makes itself (a source's point mapped to a LEADS capability,
 * or a link between sources): a sentence or list lead-in that names it as "the handbook's reading".
 * The same phrase is what `npm run check` looks for (rule `unmarked-interpretation`) and what the
 * `handbookReading` Markdown plugin turns into the visible marker, so the two cannot drift apart.
 */
export const readingPhrase = /\bthe handbook[’']s reading\b/gi;

/** Where the marker's explanation lives, linked from every marker. */
export const readingExplanation = '/how-to-use/#the-handbooks-reading';

/** Whether a text marks a connection as the handbook's reading. */
export const marksReading = (text: string) => new RegExp(readingPhrase.source, 'i').test(text);

/** Splits a text around each marker phrase: odd-indexed parts are the phrases themselves. */
export const splitAtReading = (text: string) => text.split(new RegExp(`(${readingPhrase.source})`, 'gi'));

/** Develop Coalitions is the handbook's focus: its capability pages carry an "In brief" box like practices do. */
export const focusDomain = 'develop-coalitions';
