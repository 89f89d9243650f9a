// "Add to reading list" on a reader page. Loaded on the first click with the list's store: a first visit needs
// neither, nor the words said after a click.
import words, { fill } from 'virtual:handbook/ui-strings/addToList';
import { addToList, readingListLimit } from './reading-list-store.ts';

/**
 * Adds the page `id` (titled `title`) to the reader's list. `onList` tells whether the page is on the list now
 * (added, or there already), with the button's new label; `message` is what a screen reader hears, including
 * why the page was not added (the list is full, or the browser refused to keep it).
 */
export function addPage(id: string, title: string): { onList: boolean; label: string; message: string } {
	const outcome = addToList(id);
	const message = {
		added: words.addedToReadingList,
		already: words.alreadyOnReadingList,
		full: words.readingListFull,
		refused: words.readingListRefused,
	}[outcome];
	return {
		onList: outcome === 'added' || outcome === 'already',
		label: words.onReadingList,
		message: fill(message, { title, count: readingListLimit }),
	};
}
