/** What a command may do to the outside world; tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress bars are drawn only then). */
  isTTY: boolean;
}

export interface CliCommand {
  name: string;
  /** One line: arguments and options. */
  usage: string;
  summary: string;
  /** Returns the process exit code. */
  run(args: string[], io: CliIO): Promise<number>;
}
