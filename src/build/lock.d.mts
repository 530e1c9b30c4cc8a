export interface Holder {
  readonly pid: number;
  readonly started?: string;
  readonly token?: string;
  /** The worker thread of `pid` that holds it (0: the main thread). */
  readonly thread?: number;
}
export function startTime(pid: number): string | undefined;
export function isLive(holder: Holder | null | undefined): boolean;
export function acquireLock(path: string, options?: { timeoutMs?: number; pollMs?: number }): Promise<() => void>;
/** Removes the lock at `path` if thread `thread` of this process holds it (that worker has stopped). */
export function releaseHeldBy(path: string, thread: number): void;
