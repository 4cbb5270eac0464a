package dev.podwright.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments, parsed by hand: {@code --name value} or {@code --name=value} for the
 * options it knows, {@code --help}/{@code -h}, {@code --} to end options, everything else
 * positional ({@code -} alone is positional: standard input).
 */
final class CliArgs {

  private final Map<String, String> options;
  private final Set<String> flags;
  private final List<String> positional;
  private final boolean help;

  private CliArgs(
      Map<String, String> options, Set<String> flags, List<String> positional, boolean help) {
    this.options = options;
    this.flags = flags;
    this.positional = positional;
    this.help = help;
  }

  /**
   * Parses the arguments.
   *
   * @param args the arguments after the command name
   * @param known the option names (without dashes) that take a value
   * @throws UsageException for an unknown option or a missing value
   */
  static CliArgs parse(List<String> args, Set<String> known) throws UsageException {
    return parse(args, known, Set.of());
  }

  /**
   * Parses the arguments.
   *
   * @param args the arguments after the command name
   * @param known the option names (without dashes) that take a value
   * @param knownFlags the option names (without dashes) that take none, e.g. {@code no-validate}
   * @throws UsageException for an unknown option, a missing value or a value given to a flag
   */
  static CliArgs parse(List<String> args, Set<String> known, Set<String> knownFlags)
      throws UsageException {
    Map<String, String> options = new LinkedHashMap<>();
    Set<String> flags = new LinkedHashSet<>();
    List<String> positional = new ArrayList<>();
    boolean help = false;
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
        positional.add(arg);
      } else if (arg.equals("--")) {
        optionsEnded = true;
      } else if (arg.equals("--help") || arg.equals("-h")) {
        help = true;
      } else if (arg.startsWith("--")) {
        int equals = arg.indexOf('=');
        String name = arg.substring(2, equals < 0 ? arg.length() : equals);
        if (knownFlags.contains(name)) {
          if (equals >= 0) {
            throw new UsageException("option --" + name + " takes no value");
          }
          flags.add(name);
          continue;
        }
        if (!known.contains(name)) {
          throw new UsageException("unknown option --" + name);
        }
        String value;
        if (equals >= 0) {
          value = arg.substring(equals + 1);
        } else if (i + 1 < args.size()) {
          value = args.get(++i);
        } else {
          throw new UsageException("option --" + name + " needs a value");
        }
        if (options.put(name, value) != null) {
          throw new UsageException("option --" + name + " given twice");
        }
      } else {
        throw new UsageException("unknown option " + arg);
      }
    }
    return new CliArgs(options, Set.copyOf(flags), List.copyOf(positional), help);
  }

  /** The option's value, or the default when not given. */
  String option(String name, String defaultValue) {
    return options.getOrDefault(name, defaultValue);
  }

  /** The option's value, or null. */
  String option(String name) {
    return options.get(name);
  }

  /** The value of an option that takes one of a fixed set of values. */
  String choice(String name, String defaultValue, List<String> allowed) throws UsageException {
    String value = option(name, defaultValue);
    if (value != null && !allowed.contains(value)) {
      throw new UsageException(
          "option --"
              + name
              + " must be one of "
              + String.join(", ", allowed)
              + ", not \""
              + value
              + "\"");
    }
    return value;
  }

  /** True when the flag was given. */
  boolean flag(String name) {
    return flags.contains(name);
  }

  List<String> positional() {
    return positional;
  }

  boolean help() {
    return help;
  }
}
