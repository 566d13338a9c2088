/** What every command receives: its own argv and the process surroundings, injected so tests need no mocks. */
export interface CommandContext {
  /** Arguments after the command name. */
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Wall clock, injected so policy expiry and reports are testable. */
  now: () => Date;
}

/** A command returns its exit code: 0 pass, 1 verification/policy failure, 2 usage/config/input error. */
export type Command = (ctx: CommandContext) => Promise<number>;
