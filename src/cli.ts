/** CLI entry point (dist/cli.js): the process surroundings → main(). */
import { renderError } from './errors.js';
import { main } from './main.js';

main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  now: () => new Date(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${renderError(e)}\n`);
    process.exitCode = 2;
  },
);
