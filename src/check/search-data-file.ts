// What the search's two editors' files (vocabulary.yaml, needs.yaml) share before their own rules
// run: the YAML parses (rule `data-syntax`) and fits its schema (rule `data-field`), each problem
// located in the file.
import type { z } from 'zod';
import type { DataFile } from '../model/data-file.ts';
import type { Report } from './rule.ts';

/** A problem of a search data file, with the id of the rule that reports it. */
export type SearchDataProblem = Report & { rule: string };

/** Adds a problem at a key path of the file. */
export type AddProblem = (keyPath: (string | number)[], rule: string, message: string, hint: string) => void;

/**
 * The file's value, checked against `schema`: `value` is undefined when it has a syntax or schema
 * problem, which are then in `problems` (`fieldHint` says what a valid entry holds).
 */
export function parseSearchDataFile<Schema extends z.ZodType>(
	file: DataFile,
	shown: string,
	schema: Schema,
	fieldHint: string,
): { problems: SearchDataProblem[]; add: AddProblem; value?: z.infer<Schema> } {
	const problems: SearchDataProblem[] = [];
	const add: AddProblem = (keyPath, rule, message, hint) =>
		problems.push({ file: shown, at: file.locate(keyPath), rule, message, hint });
	for (const error of file.syntaxErrors)
		problems.push({
			file: shown,
			at: error.position,
			rule: 'data-syntax',
			message: error.message,
			hint: 'Fix the YAML syntax at this line.',
		});
	if (file.syntaxErrors.length) return { problems, add };
	const parsed = schema.safeParse(file.value);
	if (!parsed.success) {
		for (const issue of parsed.error.issues)
			add(
				issue.path as (string | number)[],
				'data-field',
				`${issue.path.length ? `\`${issue.path.join('.')}\`` : 'the file'} ${issue.message}`,
				fieldHint,
			);
		return { problems, add };
	}
	return { problems, add, value: parsed.data };
}
