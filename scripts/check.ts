// `npm run check [-- <file>...] [-- --fix]`: checks the content and prints every problem.
//   npm run check                          every page and data file
//   npm run check -- content/docs/a.mdx    only these files (with the site-wide data they need); a folder: its files
//   npm run check -- --fix                 applies the unambiguous fixes, lists them, and checks again
import module from 'node:module';

// Node keeps the compiled code of the modules it loads (in the system's temporary folder, keyed by their contents),
// so a second check does not compile the TypeScript and the parsers again: about a quarter of a check's time on a
// small handbook. The modules are imported only after, for that reason.
module.enableCompileCache?.();
await import('./check/run.ts');
