/**
 * A browser's localStorage in memory, for the unit tests of the scripts that keep a reader's data in it (the
 * reading list, the worksheet). It can refuse as a real one does: `full` (every write, QuotaExceededError),
 * `refusing` (writes to some keys), `failWrites` and `failReads` (throw the given error, storage turned off).
 */
export class MemoryStorage implements Storage {
	[name: string]: unknown;
	readonly values = new Map<string, string>();
	full = false;
	readonly refusing = new Set<string>();
	/** What setItem throws, if anything. */
	failWrites: unknown = undefined;
	/** What getItem throws, if anything. */
	failReads: unknown = undefined;

	constructor(items: Record<string, string> = {}) {
		for (const [key, value] of Object.entries(items)) this.values.set(key, value);
	}
	get length(): number {
		return this.values.size;
	}
	clear(): void {
		this.values.clear();
	}
	getItem(key: string): string | null {
		if (this.failReads !== undefined) throw this.failReads;
		return this.values.get(key) ?? null;
	}
	key(index: number): string | null {
		return [...this.values.keys()][index] ?? null;
	}
	removeItem(key: string): void {
		this.values.delete(key);
	}
	setItem(key: string, value: string): void {
		if (this.failWrites !== undefined) throw this.failWrites;
		if (this.full || this.refusing.has(key)) throw new DOMException('full', 'QuotaExceededError');
		this.values.set(key, String(value));
	}
	/** Everything stored, key by key, to compare with what a test expects. */
	contents(): Record<string, string> {
		return Object.fromEntries(this.values);
	}
}
