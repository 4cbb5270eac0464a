package dev.podwright.cli;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.Violation;
import java.util.List;

/** Text rendering of violations, errors first. */
final class Reports {

  private Reports() {}

  /** One violation per entry (with its fix on the next line); {@code no violations} when none. */
  static String text(List<Violation> violations, String indent) {
    if (violations.isEmpty()) {
      return indent + "no violations";
    }
    StringBuilder text = new StringBuilder();
    for (Severity severity : Severity.values()) {
      for (Violation violation : violations) {
        if (violation.severity() != severity) {
          continue;
        }
        if (text.length() > 0) {
          text.append('\n');
        }
        text.append(indent)
            .append(severity)
            .append(' ')
            .append(violation.ruleId())
            .append(' ')
            .append(violation.path().isEmpty() ? "(composition)" : violation.path());
        if (violation.location() != null) {
          text.append(" (").append(violation.location()).append(')');
        }
        text.append(": ").append(violation.message());
        if (!violation.hint().isEmpty()) {
          text.append('\n').append(indent).append("  fix: ").append(violation.hint());
        }
      }
    }
    return text.toString();
  }

  /** {@code 2 errors, 1 warning}; {@code valid} when nothing at all. */
  static String summary(List<Violation> violations) {
    long errors = violations.stream().filter(v -> v.severity() == Severity.ERROR).count();
    long warnings = violations.stream().filter(v -> v.severity() == Severity.WARNING).count();
    long infos = violations.stream().filter(v -> v.severity() == Severity.INFO).count();
    if (errors + warnings + infos == 0) {
      return "valid";
    }
    StringBuilder text = new StringBuilder(errors == 0 ? "valid, " : "invalid, ");
    text.append(count(errors, "error"))
        .append(", ")
        .append(count(warnings, "warning"))
        .append(", ")
        .append(count(infos, "note"));
    return text.toString();
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
