package dev.podwright.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process and captures what it prints. */
final class Cli {

  /** Where the test inputs are, relative to the module directory Maven runs tests in. */
  static final String DIR = "src/test/resources/cli/";

  private Cli() {}

  /**
   * The outcome of one run.
   *
   * @param exitCode the exit code
   * @param out standard output
   * @param err standard error
   */
  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    return runWithInput("", args);
  }

  static Run runWithInput(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code =
          Main.run(
              args,
              new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
              outStream,
              errStream);
    }
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
