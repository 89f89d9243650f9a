/** Zod's names of kinds of value, as an editor writing YAML or JSON knows them. */
const kinds: Record<string, string> = {
	array: 'a list',
	string: 'text',
	object: 'a set of `field: value` lines',
	number: 'a number',
	boolean: '`true` or `false`',
	null: 'empty',
	date: 'a date',
};
const kind = (name: string) => kinds[name] ?? name;

/**
 * What a schema says is wrong with a value, said after the field's name (`` `cite` of entry `coalition` ``): Zod's
 * messages ("Invalid input: expected array, received string") in the words of the files an editor writes ("should
 * be a list, not text"). A message the handbook's own schemas write ("must be a site path...") reads on as it is;
 * any other is given after a colon.
 */
export function schemaWords(message: string): string {
	const wrongKind = /^Invalid input: expected (\w+), received (\w+)$/.exec(message);
	if (wrongKind) {
		const [, expected = '', received = ''] = wrongKind;
		return received === 'undefined' ? 'is missing' : `should be ${kind(expected)}, not ${kind(received)}`;
	}
	const option = /^Invalid option: expected one of (.+)$/.exec(message);
	if (option) return `should be one of ${option[1]!.split('|').join(', ')}`;
	const empty = /^Too small: expected (string|array) to have >=1 (?:characters|items)$/.exec(message);
	if (empty) return empty[1] === 'string' ? 'should not be empty' : 'should list at least one';
	const rule = /^Invalid string: (.+)$/.exec(message);
	if (rule) return rule[1]!;
	const keys = /^Unrecognized keys?: (.+)$/.exec(message);
	if (keys) return `has a field it may not have: ${keys[1]}`;
	return /^[a-z]/.test(message) ? message : `: ${message}`;
}

/** The schema's complaint as it follows a field's name: after a space when it reads on, else after its colon. */
export function afterField(message: string): string {
	const words = schemaWords(message);
	return words.startsWith(':') ? words : ` ${words}`;
}

/** Names in a sentence: `a`, `a and b`, `a, b and c`. */
export const listed = (names: readonly string[]) =>
	names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
