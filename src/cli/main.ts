/**
 * The CLI: a second front end over the same engine as the islands. Pure of
 * process globals (I/O is passed in, see node-io.ts) so tests can drive it
 * directly.
 */
import { unknownFieldMessage } from '../engine/closest-name.ts';
import { evaluate } from '../engine/evaluate.ts';
import { parseFieldText } from '../engine/field-text.ts';
import { registry } from '../engine/index.ts';
import type { AnyModel } from '../engine/model.ts';
import { binaryLimitBytes, type Field, type Issue } from '../engine/schema.ts';
import { shownName } from '../engine/validate.ts';
import { modelHelp, usage } from './help.ts';
import { splitLines } from './lines.ts';
import { terminalSafe } from './terminal-safe.ts';

export interface CliIo {
  /** May return a promise when the reader is slower than us; the batch waits for it. */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void;
  /** A regular file's text, reading at most limitBytes + 1 bytes; rejects with a reason otherwise. */
  readFile: (path: string, limitBytes: number) => Promise<string>;
  /** A batch file ('-' for standard input) as it arrives, in chunks of text. */
  readChunks: (path: string) => AsyncIterable<string>;
  /** A regular file's bytes in base64, for a binary field; a front end without it refuses such files. */
  readBase64?: (path: string, limitBytes: number) => Promise<string>;
}

export const EXIT_OK = 0;
export const EXIT_INVALID = 2;
/** A batch line may carry a 4 MiB descriptor even with every character escaped in JSON. */
export const MAX_BATCH_LINE_CHARS = 32 * 1024 * 1024;

const errorLine = (error: string, issues: Issue[]): string => `${JSON.stringify({ error, issues })}\n`;
const ownField = (model: AnyModel, name: string): Field | undefined => (Object.hasOwn(model.schema, name) ? (model.schema[name] as Field) : undefined);

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(usage);
    return command === undefined ? EXIT_INVALID : EXIT_OK;
  }
  if (command === 'list') {
    io.stdout(
      Object.values(registry)
        .map((m) => `${m.id}\t${m.title}\n`)
        .join(''),
    );
    return EXIT_OK;
  }
  // Own keys only: "constructor" or "__proto__" is an unknown id, not a member of Object.prototype.
  const model = Object.hasOwn(registry, command) ? registry[command] : undefined;
  if (!model) {
    return fail(io, 'unknown model', [{ field: '(model)', message: `no model ${shownName(command)}; run "calc list" for the ids` }]);
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(modelHelp(model));
    return EXIT_OK;
  }
  const batchAt = rest.indexOf('--batch');
  if (batchAt >= 0) return runBatch(model, rest[batchAt + 1], io);

  const input = await inputFromArgs(model, rest, io);
  const outcome = evaluate(model, input.value);
  if (input.issues.length > 0) {
    // Report every bad field at once: argument problems plus what validation finds in the rest.
    const named = new Set(input.issues.map((i) => i.field));
    const more = outcome.ok ? [] : outcome.issues.filter((i) => !named.has(i.field));
    return fail(io, 'invalid input', [...input.issues, ...more]);
  }
  if (!outcome.ok) return fail(io, 'invalid input', outcome.issues);
  await io.stdout(`${JSON.stringify(outcome.result)}\n`);
  return EXIT_OK;
}

async function fail(io: CliIo, error: string, issues: Issue[]): Promise<number> {
  await io.stdout(errorLine(error, issues));
  // stderr is read by people on terminals: no raw control characters, nothing huge.
  io.stderr(issues.map((i) => `calc: ${terminalSafe(i.field)}: ${terminalSafe(i.message)}\n`).join(''));
  return EXIT_INVALID;
}

interface ArgsInput {
  value: Record<string, unknown>;
  issues: Issue[];
}

/**
 * `@path` as a text field's value reads that file (a regular file, at most the
 * field's own length limit in bytes; a binary field's file is read as bytes and
 * given to the model in base64); `@@text` is the literal `@text`. The same
 * rule holds for a flag and for a value inside --input JSON.
 */
async function fromFile(io: CliIo, name: string, field: Field, text: string): Promise<{ text: string } | { issue: Issue }> {
  if (field.kind !== 'string' || !text.startsWith('@')) return { text };
  if (text.startsWith('@@')) return { text: text.slice(1) };
  const path = text.slice(1);
  try {
    if (field.binary) {
      if (!io.readBase64) throw new Error('this front end cannot read binary files');
      return { text: await io.readBase64(path, binaryLimitBytes(field.maxLength)) };
    }
    return { text: await io.readFile(path, field.maxLength) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { issue: { field: name, message: `cannot read ${shownName(path)}: ${reason}` } };
  }
}

/** Builds the raw input from --input JSON and/or --<field> flags (flags win). */
async function inputFromArgs(model: AnyModel, args: string[], io: CliIo): Promise<ArgsInput> {
  const issues: Issue[] = [];
  let value: Record<string, unknown> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      issues.push({ field: '(arguments)', message: `unexpected argument ${shownName(arg)}; fields are given as --<field> <value>` });
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    const next = args[i + 1];
    const field = ownField(model, name);
    let text: string | undefined;
    if (eq > 0) text = arg.slice(eq + 1);
    else if (field?.kind === 'boolean' && (next === undefined || next.startsWith('--'))) text = 'true';
    else {
      text = next;
      i++;
    }
    if (text === undefined) {
      const known = field !== undefined || name === 'input';
      issues.push({ field: shownName(name, false), message: known ? `--${name} needs a value` : unknownFieldMessage(name, Object.keys(model.schema)) });
      continue;
    }
    if (name === 'input') {
      const parsed = await inputJson(model, text, io);
      issues.push(...parsed.issues);
      value = { ...parsed.value, ...value };
      continue;
    }
    if (!field) {
      issues.push({ field: shownName(name, false), message: unknownFieldMessage(name, Object.keys(model.schema)) });
      continue;
    }
    const read = await fromFile(io, name, field, text);
    if ('issue' in read) {
      issues.push(read.issue);
      continue;
    }
    const parsed = parseFieldText(field, read.text);
    if (parsed.ok) value[name] = parsed.value;
    else issues.push({ field: name, message: parsed.message });
  }
  return { value, issues };
}

/** --input JSON, with `@path` text values read as for flags. */
async function inputJson(model: AnyModel, text: string, io: CliIo): Promise<ArgsInput> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { value: {}, issues: [{ field: '(input)', message: '--input is not valid JSON' }] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { value: {}, issues: [{ field: '(input)', message: '--input must be a JSON object' }] };
  }
  const value = parsed as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const [name, given] of Object.entries(value)) {
    const field = ownField(model, name);
    if (!field || typeof given !== 'string') continue;
    const read = await fromFile(io, name, field, given);
    if ('issue' in read) {
      issues.push(read.issue);
      delete value[name];
    } else value[name] = read.text;
  }
  return { value, issues };
}

/**
 * One JSON input per line in, one JSON line per input line out, written as
 * each is computed: output line N answers input line N, and memory stays flat
 * however long the file is.
 */
async function runBatch(model: AnyModel, path: string | undefined, io: CliIo): Promise<number> {
  if (!path) return fail(io, 'invalid arguments', [{ field: '(batch)', message: '--batch needs a file of JSON lines (or - for standard input)' }]);
  let lineNumber = 0;
  try {
    for await (const line of splitLines(io.readChunks(path), MAX_BATCH_LINE_CHARS)) {
      lineNumber += 1;
      await io.stdout(answerLine(model, line, lineNumber));
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const where = lineNumber > 0 ? ` after line ${lineNumber}` : '';
    return fail(io, 'cannot read batch file', [{ field: '(batch)', message: `${shownName(path)}${where}: ${reason}` }]);
  }
  return EXIT_OK;
}

function answerLine(model: AnyModel, line: { text: string } | { tooLongChars: number }, n: number): string {
  if ('tooLongChars' in line) {
    return errorLine('line too long', [{ field: '(line)', message: `line ${n} is ${line.tooLongChars} characters; the limit is ${MAX_BATCH_LINE_CHARS}` }]);
  }
  // A byte-order mark (at the file's start, or where files were joined) is not part of the JSON.
  const text = line.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    return errorLine('blank line', [{ field: '(line)', message: `line ${n} is blank; write {} for every field at its default` }]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return errorLine('invalid JSON', [{ field: '(line)', message: `line ${n} is not valid JSON` }]);
  }
  const outcome = evaluate(model, raw);
  return outcome.ok ? `${JSON.stringify(outcome.result)}\n` : errorLine('invalid input', outcome.issues);
}
