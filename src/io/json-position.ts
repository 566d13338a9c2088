/**
 * Finds where a JSON text stops being valid. V8's JSON.parse messages carry no
 * position for most errors (Node 24: `Unexpected token '}', ..."b": }" is not valid
 * JSON`), so on the failure path only we re-scan the text with this small recursive
 * descent checker. It returns the offset of the first offending character.
 */

/** Offset of the first syntax error in `text`, or -1 when the text is valid JSON. */
export function findJsonErrorOffset(text: string): number {
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

class SyntaxAt {
  constructor(readonly offset: number) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

class Scanner {
  i = 0;
  constructor(private readonly t: string) {}

  skipSpace(): void {
    while (this.i < this.t.length && ' \t\n\r'.includes(this.t[this.i]!)) this.i++;
  }

  fail(): never {
    throw new SyntaxAt(this.i);
  }

  value(depth: number): void {
    if (depth > 10_000) this.fail();
    const c = this.t[this.i];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    for (const word of ['true', 'false', 'null']) {
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

  string(): void {
    this.i++; // opening quote
    STRING_BODY.lastIndex = this.i;
    STRING_BODY.exec(this.t);
    this.i = STRING_BODY.lastIndex;
    if (this.t[this.i] !== '"') this.fail();
    this.i++;
  }

  object(depth: number): void {
    this.i++;
    this.skipSpace();
    if (this.t[this.i] === '}') return void this.i++;
    for (;;) {
      if (this.t[this.i] !== '"') this.fail();
      this.string();
      this.skipSpace();
      if (this.t[this.i] !== ':') this.fail();
      this.i++;
      this.skipSpace();
      this.value(depth + 1);
      this.skipSpace();
      const c = this.t[this.i];
      this.i++;
      if (c === '}') return;
      if (c !== ',') return void (this.i--, this.fail());
      this.skipSpace();
    }
  }

  array(depth: number): void {
    this.i++;
    this.skipSpace();
    if (this.t[this.i] === ']') return void this.i++;
    for (;;) {
      this.value(depth + 1);
      this.skipSpace();
      const c = this.t[this.i];
      this.i++;
      if (c === ']') return;
      if (c !== ',') return void (this.i--, this.fail());
      this.skipSpace();
    }
  }
}
