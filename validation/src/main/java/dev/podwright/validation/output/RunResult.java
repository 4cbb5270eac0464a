package dev.podwright.validation.output;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.Violation;
import dev.podwright.validation.spi.RuleInfo;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What one validation run over many inputs found, in input order. Immutable.
 *
 * @param files one result per input
 * @param rules the rules the run ran, in catalog order (SARIF lists them as the tool's rules)
 */
public record RunResult(List<FileResult> files, List<RuleInfo> rules) {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a list is null
   */
  public RunResult {
    files = List.copyOf(Objects.requireNonNull(files, "files"));
    rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
  }

  /** A result with no rule catalog. */
  public RunResult(List<FileResult> files) {
    this(files, List.of());
  }

  /** True when an input could not be read. */
  public boolean hasUnreadableInput() {
    return files.stream().anyMatch(f -> f.error() != null);
  }

  /** True when an unsuppressed violation is an {@link Severity#ERROR}. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** The documents of every input, in order. */
  public Stream<DocumentResult> documents() {
    return files.stream().flatMap(f -> f.documents().stream());
  }

  /** How many unsuppressed violations have this severity. */
  public long count(Severity severity) {
    return documents()
        .flatMap(d -> d.violations().stream())
        .map(Violation::severity)
        .filter(severity::equals)
        .count();
  }

  /** How many findings were suppressed. */
  public long suppressedCount() {
    return documents().mapToLong(d -> d.suppressed().size()).sum();
  }
}
