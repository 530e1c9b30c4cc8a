export interface Holder {
  readonly pid: number;
  readonly started?: string;
  readonly token?: string;
}
export function startTime(pid: number): string | undefined;
export function isLive(holder: Holder | null | undefined): boolean;
export function acquireLock(path: string, options?: { timeoutMs?: number; pollMs?: number }): Promise<() => void>;
