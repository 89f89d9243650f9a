// The build's phase profile, for `npm run bench`: when HANDBOOK_PROFILE names a file, the build script, the
// profile integration and the middleware append one line per mark: this process's CPU time so far (user +
// system, every thread, in ms), the wall clock (ms since the epoch) and a label. Pages are rendered one after
// another, so the CPU between two pages' marks is the first page's cost. Off (and free) without the variable.
import fs from 'node:fs';

export function profileMark(label: string): void {
	const file = process.env.HANDBOOK_PROFILE;
	if (!file) return;
	const { user, system } = process.cpuUsage();
	fs.appendFileSync(file, `${((user + system) / 1000).toFixed(1)} ${Date.now()} ${label}\n`);
}

export interface ProfileMark {
	cpuMs: number;
	wallMs: number;
	label: string;
}

export function readProfile(file: string): ProfileMark[] {
	if (!fs.existsSync(file)) return [];
	return fs
		.readFileSync(file, 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((line) => {
			const [cpu, wall, ...label] = line.split(' ');
			return { cpuMs: Number(cpu), wallMs: Number(wall), label: label.join(' ') };
		});
}
