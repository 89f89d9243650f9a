// Makes sure Debian's Chromium (the browser tests) and pdftotext from poppler-utils (the handout
// test reads the text of a printed PDF) are there; installs them when they are missing and this is
// root with apt (a fresh machine or CI).
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const missing = [
	...(fs.existsSync(chromium) ? [] : ['chromium']),
	...(fs.existsSync('/usr/bin/pdftotext') ? [] : ['poppler-utils']),
];
if (missing.length) {
	const isRoot = process.getuid?.() === 0;
	const hasApt = fs.existsSync('/usr/bin/apt-get');
	if (!isRoot || !hasApt) {
		console.error(
			`The browser tests need ${missing.join(' and ')} (Chromium at ${chromium}, pdftotext at /usr/bin/pdftotext): install ${missing.length > 1 ? 'them' : 'it'} with \`sudo apt-get install ${missing.join(' ')}\` (or set CHROMIUM_PATH), then run the tests again.`,
		);
		process.exit(1);
	}
	console.log(`Installing ${missing.join(' and ')} from Debian (apt-get install) for the browser tests...`);
	execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, {
		stdio: 'inherit',
	});
}
