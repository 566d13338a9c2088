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

// src/io/write-atomic.ts
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
var BATCH = 1 << 20;
var counter = 0;
async function writeFileAtomic(path, content) {
  writeFileAtomicSync(path, content);
}
function writeFileAtomicSync(path, content) {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now().toString(36)}${(counter++).toString(36)}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    const fd = openSync(temp, "wx");
    try {
      if (typeof content === "string") writeAll(fd, Buffer.from(content, "utf8"));
      else if (content instanceof Uint8Array) writeAll(fd, content);
      else writeChunks(fd, content);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    if (e instanceof GateError) throw e;
    throw new GateError("OUTPUT_UNWRITABLE", `cannot write ${path}: ${e.code ?? String(e)}`, {
      file: path,
      fix: "check that the output folder exists or can be created and is writable",
      cause: e
    });
  }
}
function writeChunks(fd, chunks) {
  const buffer = Buffer.allocUnsafe(BATCH);
  let used = 0;
  for (const chunk of chunks) {
    if (chunk.length * 3 > BATCH - used) {
      if (used > 0) writeAll(fd, buffer.subarray(0, used));
      used = 0;
      if (chunk.length * 3 > BATCH) {
        writeAll(fd, Buffer.from(chunk, "utf8"));
        continue;
      }
    }
    used += buffer.write(chunk, used, "utf8");
  }
  if (used > 0) writeAll(fd, buffer.subarray(0, used));
}
function writeAll(fd, bytes) {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

export {
  writeFileAtomic
};
