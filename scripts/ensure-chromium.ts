// Makes sure Debian's Chromium is there for the browser tests; installs it when
// it is missing and this is root with apt (a fresh machine or CI).
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
	const isRoot = process.getuid?.() === 0;
	const hasApt = fs.existsSync('/usr/bin/apt-get');
	if (!isRoot || !hasApt) {
		console.error(
			`Chromium is missing at ${chromium}: install it with \`sudo apt-get install chromium\` (or set CHROMIUM_PATH), then run the tests again.`,
		);
		process.exit(1);
	}
	console.log('Installing Chromium from Debian (apt-get install chromium) for the browser tests...');
	execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
		stdio: 'inherit',
	});
}
