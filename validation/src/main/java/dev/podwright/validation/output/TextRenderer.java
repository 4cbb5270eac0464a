package dev.podwright.validation.output;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.Suppression;
import dev.podwright.validation.report.Violation;
import java.util.List;

/**
 * The text report: per document a summary line ({@code file [document 0, Pod web]: invalid, 1
 * error, 0 warnings, 0 notes}), its findings errors first, each with its fix, its suppressed
 * findings, and a last line with the totals of the run. Its helpers render a list of violations the
 * same way for other reports (e.g. {@code podwright render}'s).
 */
public final class TextRenderer implements ReportRenderer {

  TextRenderer() {}

  @Override
  public String render(RunResult run) {
    StringBuilder text = new StringBuilder();
    for (FileResult file : run.files()) {
      if (file.error() != null) {
        text.append(file.file()).append(": unreadable: ").append(file.error().message());
        text.append('\n');
        continue;
      }
      if (file.documents().isEmpty()) {
        text.append(file.file()).append(": no pod spec found\n");
        continue;
      }
      for (DocumentResult document : file.documents()) {
        text.append(file.file())
            .append(" [document ")
            .append(document.index())
            .append(", ")
            .append(document.kind())
            .append(document.name() == null ? "" : " " + document.name())
            .append("]: ")
            .append(summary(document.violations(), document.suppressed().size()))
            .append('\n');
        if (!document.violations().isEmpty()) {
          text.append(violations(document.violations(), "  ")).append('\n');
        }
        for (Suppression suppression : document.suppressed()) {
          text.append("  suppressed (")
              .append(by(suppression.by()))
              .append(") ")
              .append(line(suppression.violation()))
              .append('\n');
        }
      }
    }
    long documents = run.documents().count();
    text.append(count(run.files().size(), "input"))
        .append(", ")
        .append(count(documents, "document"))
        .append(": ")
        .append(
            totals(
                run.count(Severity.ERROR),
                run.count(Severity.WARNING),
                run.count(Severity.INFO),
                run.suppressedCount()));
    long unreadable = run.files().stream().filter(f -> f.error() != null).count();
    if (unreadable > 0) {
      text.append(", ").append(unreadable).append(" unreadable");
    }
    return text.append('\n').toString();
  }

  /**
   * One violation per entry, errors first, each with its fix on the next line; {@code no
   * violations} when none.
   *
   * @param violations the violations
   * @param indent put before every line
   */
  public static String violations(List<Violation> violations, String indent) {
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
        text.append(indent).append(severity).append(' ').append(line(violation));
        if (!violation.hint().isEmpty()) {
          text.append('\n').append(indent).append("  fix: ").append(violation.hint());
        }
      }
    }
    return text.toString();
  }

  /** {@code invalid, 2 errors, 1 warning, 0 notes}; {@code valid} when nothing at all. */
  public static String summary(List<Violation> violations) {
    return summary(violations, 0);
  }

  private static String summary(List<Violation> violations, int suppressed) {
    long errors = violations.stream().filter(v -> v.severity() == Severity.ERROR).count();
    long warnings = violations.stream().filter(v -> v.severity() == Severity.WARNING).count();
    long infos = violations.stream().filter(v -> v.severity() == Severity.INFO).count();
    return totals(errors, warnings, infos, suppressed);
  }

  private static String totals(long errors, long warnings, long infos, long suppressed) {
    if (errors + warnings + infos + suppressed == 0) {
      return "valid";
    }
    StringBuilder text = new StringBuilder(errors == 0 ? "valid, " : "invalid, ");
    text.append(count(errors, "error"))
        .append(", ")
        .append(count(warnings, "warning"))
        .append(", ")
        .append(count(infos, "note"));
    if (suppressed > 0) {
      text.append(", ").append(suppressed).append(" suppressed");
    }
    return text.toString();
  }

  /** {@code RULE path (file:line:column): message}. */
  private static String line(Violation violation) {
    StringBuilder text = new StringBuilder(violation.ruleId()).append(' ');
    text.append(violation.path().isEmpty() ? "(composition)" : violation.path());
    if (violation.location() != null) {
      text.append(" (").append(violation.location()).append(')');
    }
    return text.append(": ").append(violation.message()).toString();
  }

  static String by(Suppression.By by) {
    return by == Suppression.By.ANNOTATION ? Suppression.ANNOTATION : "--ignore";
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
