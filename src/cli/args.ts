// Command-line parsing for the subcommands: node:util parseArgs, with its
// errors turned into one line each that says what to type instead.

import { type ParseArgsConfig, parseArgs } from "node:util";
import { CliError } from "../build/errors.js";
import { didYouMean } from "./suggest.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

function optionNames(options: Options): string[] {
  return Object.entries(options).flatMap(([name, option]) => [`--${name}`, ...(option.short ? [`-${option.short}`] : [])]);
}

function translate(command: string, error: Error & { code?: string }, options: Options): CliError {
  const unknown = /^Unknown option '([^']+)'/.exec(error.message);
  if (unknown) {
    const typed = unknown[1];
    const candidates = optionNames(options).filter((name) => name.startsWith("--") === typed.startsWith("--"));
    return new CliError(`${command}: unknown option ${typed}${didYouMean(typed, candidates, (s) => s)}`, 2);
  }
  const option = /^Option '(?:-\w, )?(--[\w-]+)/.exec(error.message)?.[1];
  if (option && options[option.slice(2)]?.type === "string")
    return new CliError(`${command}: ${option} needs a value (${option} ${valueName(option)})`, 2);
  if (option) return new CliError(`${command}: ${option} takes no value`, 2);
  return new CliError(`${command}: ${error.message.split("\n")[0]}`, 2);
}

const valueName = (option: string) => ({ "--out": "DIR", "--port": "N" })[option] ?? "VALUE";

/** parseArgs with one-line usage errors (exit code 2); an empty value (`--out=`) counts as missing. */
export function parseCommandArgs<T extends Options>(command: string, args: string[], options: T) {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    if (error instanceof TypeError && String((error as { code?: string }).code).startsWith("ERR_PARSE_ARGS"))
      throw translate(command, error, options);
    throw error;
  }
  for (const [name, value] of Object.entries(parsed.values))
    if (value === "" || (Array.isArray(value) && value.includes("")))
      throw new CliError(`${command}: --${name} needs a value (--${name} ${valueName(`--${name}`)})`, 2);
  return parsed;
}
