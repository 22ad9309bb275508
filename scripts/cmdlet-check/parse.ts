/**
 * Finds the command invocations in a piece of PowerShell: each command name
 * at a command position and the parameter names written after it, with the
 * line each sits on. It is not a full PowerShell parser; it knows just enough
 * of the grammar to tell a parameter (`-Priority` after a command) from an
 * operator (`-eq` in an expression) and to see commands nested in `( )`,
 * `$( )`, `@( )` and script blocks:
 *
 * - strings, here-strings, comments and `[type]` literals are skipped;
 * - a backtick at the end of a line and a trailing `|` continue the statement;
 * - a statement that starts with a name is a command (argument mode), one that
 *   starts with a variable, number, string or `(` is an expression, and after
 *   `=` (assignment) a command may follow again;
 * - keywords (`if`, `foreach`, …) are not commands;
 * - `-Name:value` counts as the parameter `Name`.
 */

export interface ParameterUse {
  /** As written, without the dash and without `:value`. */
  name: string;
  line: number;
}

export interface Invocation {
  /** The command name as written (`Set-VMHost`, `select`, `netsh`). */
  command: string;
  line: number;
  parameters: ParameterUse[];
}

const KEYWORDS = new Set([
  'begin',
  'break',
  'catch',
  'class',
  'continue',
  'data',
  'do',
  'dynamicparam',
  'else',
  'elseif',
  'end',
  'enum',
  'exit',
  'filter',
  'finally',
  'for',
  'foreach',
  'function',
  'if',
  'in',
  'param',
  'process',
  'return',
  'switch',
  'throw',
  'trap',
  'try',
  'until',
  'using',
  'while',
  'workflow',
]);

/** A frame per open bracket: what it closes with and the command being built inside it, if any. */
interface Frame {
  close: string;
  command: Invocation | undefined;
  /** True when the next bare word starts a command (start of statement, after `|`, `;`, `=`). */
  atCommandPosition: boolean;
  /** True once a statement in this frame is an expression, so `-word` is an operator. */
  inExpression: boolean;
}

export function findInvocations(text: string, firstLine = 1): Invocation[] {
  const found: Invocation[] = [];
  const stack: Frame[] = [{ close: '', command: undefined, atCommandPosition: true, inExpression: false }];
  let line = firstLine;
  let i = 0;
  const frame = (): Frame => stack[stack.length - 1]!;
  const endStatement = () => {
    const f = frame();
    f.command = undefined;
    f.atCommandPosition = true;
    f.inExpression = false;
  };
  const open = (close: string) => {
    stack.push({ close, command: undefined, atCommandPosition: true, inExpression: false });
  };
  /** A value (not a command name or parameter) was seen. */
  const sawValue = () => {
    const f = frame();
    if (f.atCommandPosition && !f.command) f.inExpression = true;
    f.atCommandPosition = false;
  };

  while (i < text.length) {
    const ch = text[i]!;
    const next = text[i + 1] ?? '';

    if (ch === '\n') {
      line++;
      i++;
      // A newline ends a statement, except after a trailing comma (the argument list goes on);
      // after a trailing `|` the statement was already ended and a command follows.
      if (lastSignificant(text, i - 1) !== ',') endStatement();
      continue;
    }
    if (ch === '`') {
      // Line continuation or an escaped character.
      if (next === '\n') {
        line++;
        i += 2;
      } else if (next === '\r' && text[i + 2] === '\n') {
        line++;
        i += 3;
      } else {
        i += 2;
      }
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
      continue;
    }
    if (ch === '<' && next === '#') {
      const end = text.indexOf('#>', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      line += count(text.slice(i, stop), '\n');
      i = stop;
      continue;
    }
    if (ch === '#') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
      continue;
    }
    if (ch === '@' && (next === "'" || next === '"') && (text[i + 2] === '\n' || text[i + 2] === '\r')) {
      const end = text.indexOf(`\n${next}@`, i + 2);
      const stop = end < 0 ? text.length : end + 3;
      line += count(text.slice(i, stop), '\n');
      i = stop;
      sawValue();
      continue;
    }
    if (ch === "'" || ch === '"') {
      const stop = endOfString(text, i);
      if (ch === '"') found.push(...subexpressionsIn(text.slice(i, stop), line));
      line += count(text.slice(i, stop), '\n');
      i = stop;
      sawValue();
      continue;
    }
    if (ch === '[' && !frame().command) {
      // A type literal such as [System.Collections.Generic.List[string]] in expression position.
      const stop = endOfBrackets(text, i);
      i = stop;
      sawValue();
      continue;
    }
    if (ch === '|' && next === '|') {
      endStatement();
      i += 2;
      continue;
    }
    if (ch === '&' && next === '&') {
      endStatement();
      i += 2;
      continue;
    }
    if (ch === '|' || ch === ';') {
      endStatement();
      i++;
      continue;
    }
    if (ch === '&' || ch === '.') {
      // Call operator or dot-sourcing at command position: the command follows.
      if (frame().atCommandPosition && (next === ' ' || next === '\t')) {
        i++;
        continue;
      }
    }
    if ((ch === '$' || ch === '@') && (next === '(' || next === '{')) {
      open(next === '(' ? ')' : '}');
      i += 2;
      continue;
    }
    if (ch === '(' || ch === '{') {
      // The bracket is a value of the enclosing statement; its inside starts fresh.
      sawValue();
      open(ch === '(' ? ')' : '}');
      i++;
      continue;
    }
    if (ch === ')' || ch === '}' || ch === ']') {
      if (stack.length > 1 && frame().close === ch) stack.pop();
      i++;
      continue;
    }
    if (ch === '=' && next !== '=' && !frame().command) {
      // Assignment (also +=, -=): a pipeline may follow.
      endStatement();
      i++;
      continue;
    }
    if (ch === '-' && /[A-Za-z]/.test(next)) {
      const word = /^-([A-Za-z][A-Za-z0-9_]*)/.exec(text.slice(i))![1]!;
      const f = frame();
      if (f.command && !f.inExpression) {
        f.command.parameters.push({ name: word, line });
      } else if (f.atCommandPosition && !f.command) {
        // A unary operator (-not, -join) starts an expression.
        f.inExpression = true;
        f.atCommandPosition = false;
      }
      i += word.length + 1;
      if (text[i] === ':' && text[i + 1] !== ':') i++;
      continue;
    }
    // A bare word, variable or number: read up to the next delimiter.
    const word = /^[^\s|;(){}'"`=,\]]+/.exec(text.slice(i))?.[0] ?? ch;
    const f = frame();
    if (f.atCommandPosition && !f.command && !f.inExpression && /^[A-Za-z_]/.test(word) && !KEYWORDS.has(word.toLowerCase())) {
      const invocation: Invocation = { command: word, line, parameters: [] };
      found.push(invocation);
      f.command = invocation;
      f.atCommandPosition = false;
    } else if (f.atCommandPosition && KEYWORDS.has(word.toLowerCase())) {
      // `if (…) { … }`, `foreach ($x in $y) { … }`: the brackets that follow open their own statements.
    } else {
      sawValue();
    }
    i += word.length;
  }
  return found;
}

/** Commands inside `$( … )` in an expandable ("…") string. */
function subexpressionsIn(quoted: string, line: number): Invocation[] {
  const out: Invocation[] = [];
  let from = 0;
  for (let start = quoted.indexOf('$(', from); start >= 0; start = quoted.indexOf('$(', from)) {
    let depth = 0;
    let end = start + 1;
    for (; end < quoted.length; end++) {
      if (quoted[end] === '(') depth++;
      else if (quoted[end] === ')' && --depth === 0) break;
    }
    out.push(...findInvocations(quoted.slice(start + 2, end), line + count(quoted.slice(0, start), '\n')));
    from = end + 1;
  }
  return out;
}

/** The last character before `before` that is not a space, tab or carriage return. */
function lastSignificant(text: string, before: number): string {
  for (let j = before - 1; j >= 0; j--) {
    const c = text[j]!;
    if (c !== ' ' && c !== '\t' && c !== '\r') return c;
  }
  return '';
}

function count(s: string, c: string): number {
  return s.split(c).length - 1;
}

/** Index just past the string that starts at `start` ('…' with '' escapes, "…" with `" and "" escapes). */
function endOfString(text: string, start: number): number {
  const quote = text[start]!;
  let j = start + 1;
  while (j < text.length) {
    const c = text[j]!;
    if (quote === '"' && c === '`') {
      j += 2;
      continue;
    }
    if (c === quote) {
      if (text[j + 1] === quote) {
        j += 2;
        continue;
      }
      return j + 1;
    }
    j++;
  }
  return text.length;
}

/** Index just past the balanced [ … ] that starts at `start`. */
function endOfBrackets(text: string, start: number): number {
  let depth = 0;
  for (let j = start; j < text.length; j++) {
    if (text[j] === '[') depth++;
    else if (text[j] === ']' && --depth === 0) return j + 1;
    else if (text[j] === '\n') return j;
  }
  return text.length;
}
