// The build lock: one build at a time. A lock is a small file naming the process that holds it; a build that
// finds it waits, and a lock whose process is gone (killed, crashed, the machine restarted) is taken over.
import fs from 'node:fs';
import os from 'node:os';

/** Who holds a lock: written into the lock file, so that another build can name it and tell whether it still runs. */
export interface LockHolder {
	/** The holder's process id. */
	pid: number;
	/** The machine it runs on: a process on another machine (a shared drive) cannot be looked up, so it counts as running. */
	host: string;
	/** The process's boot id and start time where the system shows them (Linux), so a reused process id is not taken for the holder. */
	identity?: string;
	/** When it took the lock (ISO 8601). */
	started: string;
}

/** A held lock. `release` is synchronous so that it can run in an `exit` handler. */
export interface HeldLock {
	path: string;
	release(): void;
}

export interface AcquireOptions {
	/** Called once, when the lock is held by a running build and this one starts waiting. */
	onWait?(holder: LockHolder): void;
	/** Called when a lock left by a process that no longer runs is taken over. */
	onTakeover?(holder: LockHolder): void;
	/** How long to wait for a running build before giving up (ms). */
	timeoutMs?: number;
	/** How often to look again while waiting (ms). */
	pollMs?: number;
}

/** Thrown when a running build held the lock for longer than `timeoutMs`. */
export class LockTimeout extends Error {
	readonly lockPath: string;
	readonly holder: LockHolder;
	constructor(lockPath: string, holder: LockHolder) {
		super(`The lock ${lockPath} is still held by process ${holder.pid}.`);
		this.lockPath = lockPath;
		this.holder = holder;
	}
}

/**
 * The boot id and start time of a process, from /proc (Linux); undefined elsewhere. A process id is reused
 * once its process ends; the pair is not, so a stale lock is recognized even when its id now names another process.
 */
export function processIdentity(pid: number): string | undefined {
	try {
		const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
		// Fields after the command name (which may hold spaces, inside parentheses); the start time is field 22.
		const startTime = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
		const boot = fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
		return startTime ? `${boot}:${startTime}` : undefined;
	} catch {
		return undefined;
	}
}

/** Whether the process that holds a lock may still run. Unknown counts as running: a live build's lock is never taken. */
export function isRunning(holder: LockHolder): boolean {
	if (holder.host !== os.hostname()) return true;
	if (!Number.isInteger(holder.pid) || holder.pid <= 0) return false;
	try {
		process.kill(holder.pid, 0);
	} catch (error) {
		// EPERM: the process exists but belongs to another user.
		if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
	}
	const now = processIdentity(holder.pid);
	return !holder.identity || !now || now === holder.identity;
}

/** The lock file's holder; undefined when there is no lock. A lock that cannot be read names no running process. */
export function readHolder(lockPath: string): LockHolder | undefined {
	let text: string;
	try {
		text = fs.readFileSync(lockPath, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
	try {
		const holder = JSON.parse(text) as LockHolder;
		if (typeof holder?.pid === 'number' && typeof holder.host === 'string') return holder;
	} catch {
		// Locks are written whole (see tryCreate), so an unreadable one is damaged, not half-written.
	}
	return { pid: Number.NaN, host: os.hostname(), started: '' };
}

const sameHolder = (a: LockHolder | undefined, b: LockHolder) =>
	a !== undefined && (a.pid === b.pid || (Number.isNaN(a.pid) && Number.isNaN(b.pid))) && a.started === b.started;

/**
 * Creates the lock file with its content in one step: written to a file of this process's own, then hard-linked
 * to the lock's name, which fails if a lock exists. Another build never reads a lock that is empty or half-written.
 */
function tryCreate(lockPath: string, me: LockHolder): boolean {
	const own = `${lockPath}.${process.pid}.tmp`;
	fs.writeFileSync(own, JSON.stringify(me));
	try {
		fs.linkSync(own, lockPath);
		return true;
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') return false;
		if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
		// A file system without hard links: create exclusively, then write.
		try {
			fs.writeFileSync(lockPath, JSON.stringify(me), { flag: 'wx' });
			return true;
		} catch (fallback) {
			if ((fallback as NodeJS.ErrnoException).code === 'EEXIST') return false;
			throw fallback;
		}
	} finally {
		fs.rmSync(own, { force: true });
	}
}

/**
 * Removes a lock whose process is gone. Two builds may find the same stale lock at once; the takeover file lets
 * one of them remove it, and only if the lock still names the same dead process: a lock that a third build
 * has just taken is never removed. Returns false when another build is taking over (try again shortly).
 */
function removeStale(lockPath: string, stale: LockHolder): boolean {
	const claim = `${lockPath}.takeover`;
	try {
		fs.writeFileSync(claim, String(process.pid), { flag: 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		// A takeover takes microseconds; a claim this old was left by a process that died in the middle of one.
		const age = Date.now() - (fs.statSync(claim, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
		if (age > 10_000) fs.rmSync(claim, { force: true });
		return false;
	}
	try {
		if (sameHolder(readHolder(lockPath), stale)) fs.rmSync(lockPath, { force: true });
		return true;
	} finally {
		fs.rmSync(claim, { force: true });
	}
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes the lock at `lockPath`, waiting while a running build holds it and taking over a lock whose process
 * is gone. Rejects with LockTimeout when a running build holds it longer than `timeoutMs`.
 */
export async function acquireLock(lockPath: string, options: AcquireOptions = {}): Promise<HeldLock> {
	const { onWait, onTakeover, timeoutMs = 10 * 60_000, pollMs = 250 } = options;
	const me: LockHolder = {
		pid: process.pid,
		host: os.hostname(),
		identity: processIdentity(process.pid),
		started: new Date().toISOString(),
	};
	const deadline = Date.now() + timeoutMs;
	let waiting = false;
	let reported: LockHolder | undefined;
	for (;;) {
		if (tryCreate(lockPath, me)) {
			return {
				path: lockPath,
				release: () => {
					if (sameHolder(readHolder(lockPath), me)) fs.rmSync(lockPath, { force: true });
				},
			};
		}
		const holder = readHolder(lockPath);
		if (!holder) continue; // released between the two looks
		if (!isRunning(holder)) {
			if (!sameHolder(reported, holder)) onTakeover?.(holder);
			reported = holder;
			if (!removeStale(lockPath, holder)) await sleep(20);
			continue;
		}
		if (!waiting) onWait?.(holder);
		waiting = true;
		if (Date.now() >= deadline) throw new LockTimeout(lockPath, holder);
		await sleep(pollMs);
	}
}
