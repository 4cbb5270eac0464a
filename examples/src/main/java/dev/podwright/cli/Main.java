package dev.podwright.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@code podwright} command line: {@code demo} (the default), {@code render} and {@code
 * validate}. Exit codes: 0 no errors (warnings allowed), 1 at least one error, 2 unreadable input
 * or bad usage (a message on standard error).
 *
 * <p>Testable in-process: {@link #run(String[], InputStream, PrintStream, PrintStream)} does
 * everything but exit.
 */
public final class Main {

  /** No errors found (warnings allowed). */
  public static final int OK = 0;

  /** At least one violation of severity ERROR. */
  public static final int ERRORS = 1;

  /** Unreadable input or bad usage. */
  public static final int UNUSABLE = 2;

  static final String USAGE =
      """
      Usage: podwright [COMMAND] [OPTIONS] [ARGS]

      Compose sidecars into Kubernetes pod specs and validate them before the API server does.

      Commands:
        demo       Run every built-in example: heading, emitted pod spec (YAML), validation
                   report. The default when no command is given.
        render     Read a declaration (Podwright, Numaflow, HKube or Feldera), merge it onto
                   a base pod spec (--base), validate it and print the pod spec as YAML.
        validate   Validate Kubernetes manifests or Podwright declarations.

      Run 'podwright COMMAND --help' for a command's options.

      Exit codes: 0 no errors (warnings allowed), 1 at least one error, 2 unreadable input or
      bad usage.
      """;

  /** Held so the level set below is not lost when the logger is collected. */
  private static final Logger HIBERNATE_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  static {
    HIBERNATE_VALIDATOR_LOG.setLevel(Level.WARNING);
  }

  private Main() {}

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /**
   * Runs the command line without exiting.
   *
   * @param args the arguments
   * @param in standard input (read by {@code validate -})
   * @param out standard output
   * @param err standard error
   * @return the exit code: {@link #OK}, {@link #ERRORS} or {@link #UNUSABLE}
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    List<String> all = Arrays.asList(args == null ? new String[0] : args);
    String command = all.isEmpty() ? "demo" : all.get(0);
    List<String> rest = all.isEmpty() ? List.of() : all.subList(1, all.size());
    try {
      return switch (command) {
        case "--help", "-h", "help" -> {
          out.print(USAGE);
          yield OK;
        }
        case "demo" -> new DemoCommand(out).run(rest);
        case "render" -> new RenderCommand(in, out, err).run(rest);
        case "validate" -> new ValidateCommand(in, out, err).run(rest);
        default ->
            throw new UsageException(
                command.startsWith("-")
                    ? "unknown option " + command + " (options go after the command)"
                    : "unknown command \"" + command + "\"");
      };
    } catch (UsageException bad) {
      err.println("podwright: " + bad.getMessage());
      err.println("Run 'podwright --help' for usage.");
      return UNUSABLE;
    } catch (RuntimeException bug) {
      err.println("podwright: internal error: " + bug);
      return UNUSABLE;
    } finally {
      out.flush();
      err.flush();
    }
  }
}
