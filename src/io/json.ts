/**
 * JSON.parse with an error that names the file and the line:column of the problem,
 * so users can jump straight to it. V8 reports a character offset; we turn it into
 * a 1-based line and column with one scan of the text.
 */
import { GateError, type GateErrorCode } from '../errors.js';
import { findJsonErrorOffset } from './json-position.js';

/** 1-based line and column of a character offset in `text`. */
export function toLineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/** Parse `text` as JSON or throw GateError(`code`) naming `file` and the position. */
export function parseJsonText(text: string, file: string, code: GateErrorCode = 'LOCKFILE_INVALID_JSON'): unknown {
  // A UTF-8 BOM is legal in files editors write but not in JSON.parse input.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const where = findErrorPosition(body, message);
    // V8 quotes a snippet of the text ("…is not valid JSON"); keep only the leading reason.
    const reason = message.replace(/, (?:\.\.\.)?".*$/s, '').replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '');
    throw new GateError(code, `not valid JSON: ${reason}`, {
      file,
      line: where.line,
      column: where.column,
      fix: 'fix the syntax error (or regenerate the file with the tool that wrote it)',
      cause: e,
    });
  }
}

function findErrorPosition(text: string, message: string): { line: number; column: number } {
  const lc = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /at position (\d+)/.exec(message);
  if (pos) return toLineColumn(text, Number(pos[1]));
  const offset = findJsonErrorOffset(text);
  return toLineColumn(text, offset < 0 ? text.length : offset);
}
