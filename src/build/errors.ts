// Errors that reach the user. Each carries the process exit code the CLI uses.

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** One problem in one cell (or one file) of a dataset. */
export interface DataProblem {
  readonly file: string;
  /** 1-based line in the file; undefined for a problem with the whole file. */
  readonly line?: number;
  readonly field?: string;
  readonly expected: string;
  readonly got?: string;
}

export function formatProblem({ file, line, field, expected, got }: DataProblem): string {
  const where = [file, line === undefined ? "" : `line ${line}`, field ? `field "${field}"` : ""].filter(Boolean).join(", ");
  const actual = got === undefined ? "" : `, got ${JSON.stringify(got.length > 60 ? `${got.slice(0, 57)}...` : got)}`;
  return `${where}: expected ${expected}${actual}`;
}

/** How many problems a message lists; the rest are counted. */
export const MAX_PROBLEM_LINES = 50;

/** Bad data: every problem found, one line each (the first 50, then a count). Exit code 1. */
export class DataError extends CliError {
  constructor(readonly problems: readonly DataProblem[]) {
    const rest = problems.length - MAX_PROBLEM_LINES;
    const lines = problems.slice(0, MAX_PROBLEM_LINES).map(formatProblem);
    if (rest > 0) lines.push(`... and ${rest.toLocaleString("en-US")} more problem${rest === 1 ? "" : "s"}`);
    super(lines.join("\n"), 1);
    this.name = "DataError";
  }
}
