// @ts-check
/**
 * Calls back once the process that started this one is gone. `npm start` runs
 * this script through a shell (npm → sh → node): `kill <npm pid>` stops npm,
 * but the shell does not pass the signal on, so the script never hears it.
 * Two things tell: this process's parent changes (the shell died and the
 * script was handed to init), or, where the system says who the grandparent
 * is (Linux /proc), that process no longer exists (npm died, the shell lives).
 */
import { readFileSync } from 'node:fs';

/** @param {number} pid */
function parentOf(pid) {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces or parentheses, so read after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) && ppid > 1 ? ppid : undefined;
  } catch {
    return undefined;
  }
}

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/**
 * @param {() => void} onGone
 * @param {number} [intervalMs]
 */
export function watchParent(onGone, intervalMs = 500) {
  const parent = process.ppid;
  const grandparent = parentOf(parent);
  const timer = setInterval(() => {
    if (process.ppid === parent && (grandparent === undefined || isAlive(grandparent))) return;
    clearInterval(timer);
    onGone();
  }, intervalMs);
  timer.unref();
}
