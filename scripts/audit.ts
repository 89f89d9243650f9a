// `npm run test:audit`: the dependency gate of `npm test`. Fails on a high or critical advisory in a
// production dependency; says so, and passes, when the registry does not answer audit requests.
import { spawnSync } from 'node:child_process';
import { auditMessage, readAudit } from './audit/npm-audit.ts';

// npm sets npm_execpath to its own CLI when it runs a script: use that npm, not whichever is on PATH.
const npm = process.env.npm_execpath;
const [command, prefix] = npm ? [process.execPath, [npm]] : ['npm', []];
const run = spawnSync(command, [...prefix, 'audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
const { ok, text } = auditMessage(readAudit(run.stdout ?? ''));
(ok ? console.log : console.error)(text);
process.exit(ok ? 0 : 1);
