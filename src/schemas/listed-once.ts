import { z } from 'zod';

/**
 * A list in which each value appears once (a page's capabilities and sources, a term's citations and related terms, a
 * question's capabilities): a repeated one is an issue at its place, marked `repeated`, since the site would show it
 * twice.
 */
export const listedOnce = <T extends z.ZodType<string>>(item: T) =>
	z.array(item).superRefine((list, ctx) => {
		list.forEach((value, i) => {
			if (list.indexOf(value) !== i)
				ctx.addIssue({
					code: 'custom',
					path: [i],
					message: `\`${value}\` is already in the list; list it once`,
					params: { repeated: true },
				});
		});
	});

/** Whether a schema issue is a value `listedOnce` found twice. */
export const isRepeated = (issue: z.core.$ZodIssue) => issue.code === 'custom' && issue.params?.repeated === true;
