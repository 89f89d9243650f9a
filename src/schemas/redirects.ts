import { z } from 'zod';

const pathSchema = z
	.string()
	.regex(/^\/(?:[a-z0-9-]+\/)*$/, 'must be a site path with a trailing slash, such as `/coalitions/trust/`');

/** One old address that must keep working, in `content/redirects.yaml`. */
export const redirectSchema = z.strictObject({
	/** The old path, as it was published. */
	from: pathSchema,
	/** Where it now lives; must be a page that exists (checked by `npm run check`). */
	to: pathSchema,
});

export type Redirect = z.infer<typeof redirectSchema>;
