#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  GateError
} from "./chunk-ZQ5MBECJ.js";

// src/io/json-position.ts
function findJsonErrorOffset(text) {
  const s = new Scanner(text);
  try {
    s.skipSpace();
    s.value(0);
    s.skipSpace();
    return s.i < text.length ? s.i : -1;
  } catch (e) {
    if (e instanceof SyntaxAt) return e.offset;
    throw e;
  }
}
var SyntaxAt = class {
  constructor(offset) {
    this.offset = offset;
  }
  offset;
};
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;
var Scanner = class {
  constructor(t) {
    this.t = t;
  }
  t;
  i = 0;
  skipSpace() {
    while (this.i < this.t.length && " 	\n\r".includes(this.t[this.i])) this.i++;
  }
  fail() {
    throw new SyntaxAt(this.i);
  }
  value(depth) {
    if (depth > 1e4) this.fail();
    const c = this.t[this.i];
    if (c === "{") return this.object(depth);
    if (c === "[") return this.array(depth);
    if (c === '"') return this.string();
    for (const word of ["true", "false", "null"]) {
      if (this.t.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = this.i;
    if (NUMBER.exec(this.t)) {
      this.i = NUMBER.lastIndex;
      return;
    }
    this.fail();
  }
  string() {
    this.i++;
    STRING_BODY.lastIndex = this.i;
    STRING_BODY.exec(this.t);
    this.i = STRING_BODY.lastIndex;
    if (this.t[this.i] !== '"') this.fail();
    this.i++;
  }
  object(depth) {
    this.i++;
    this.skipSpace();
    if (this.t[this.i] === "}") return void this.i++;
    for (; ; ) {
      if (this.t[this.i] !== '"') this.fail();
      this.string();
      this.skipSpace();
      if (this.t[this.i] !== ":") this.fail();
      this.i++;
      this.skipSpace();
      this.value(depth + 1);
      this.skipSpace();
      const c = this.t[this.i];
      this.i++;
      if (c === "}") return;
      if (c !== ",") return void (this.i--, this.fail());
      this.skipSpace();
    }
  }
  array(depth) {
    this.i++;
    this.skipSpace();
    if (this.t[this.i] === "]") return void this.i++;
    for (; ; ) {
      this.value(depth + 1);
      this.skipSpace();
      const c = this.t[this.i];
      this.i++;
      if (c === "]") return;
      if (c !== ",") return void (this.i--, this.fail());
      this.skipSpace();
    }
  }
};

// src/io/json.ts
function toLineColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}
function parseJsonText(text, file, code = "LOCKFILE_INVALID_JSON") {
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const where = findErrorPosition(body, message);
    const reason = message.replace(/, (?:\.\.\.)?".*$/s, "").replace(/\s*\(line \d+ column \d+\)/, "").replace(/ in JSON at position \d+/, "");
    throw new GateError(code, `not valid JSON: ${reason}`, {
      file,
      line: where.line,
      column: where.column,
      fix: "fix the syntax error (or regenerate the file with the tool that wrote it)",
      cause: e
    });
  }
}
function findErrorPosition(text, message) {
  const lc = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /at position (\d+)/.exec(message);
  if (pos) return toLineColumn(text, Number(pos[1]));
  const offset = findJsonErrorOffset(text);
  return toLineColumn(text, offset < 0 ? text.length : offset);
}

export {
  parseJsonText
};
