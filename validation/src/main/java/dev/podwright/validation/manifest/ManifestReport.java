package dev.podwright.validation.manifest;

import dev.podwright.io.ManifestKind;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.Suppression;
import dev.podwright.validation.report.ValidationReport;
import dev.podwright.validation.report.Violation;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ManifestValidator} found in one workload document. Every violation's path is the
 * field path as the API server prints it for the document's kind (e.g. {@code
 * spec.template.spec.containers[0].image} for a Deployment) and, where the field or an ancestor is
 * in the text, carries the file, line and column.
 *
 * @param source the file or other source the manifest was read from, or null when not known
 * @param documentIndex which document of the stream this is, counted from 0
 * @param kind the kind of the document
 * @param name {@code metadata.name}, or null
 * @param report everything found and not suppressed, located
 * @param suppressed what was found but suppressed ({@code --ignore}, or the {@value
 *     Suppression#ANNOTATION} annotation on the workload's or its pod template's metadata), in
 *     report order: counted, never silently lost
 */
public record ManifestReport(
    String source,
    int documentIndex,
    ManifestKind kind,
    String name,
    ValidationReport report,
    List<Suppression> suppressed) {

  /**
   * Checks the required parts.
   *
   * @throws NullPointerException if kind or report is null
   */
  public ManifestReport {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(report, "report");
    suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
  }

  /**
   * A report with nothing suppressed.
   *
   * @throws NullPointerException if kind or report is null
   */
  public ManifestReport(
      String source, int documentIndex, ManifestKind kind, String name, ValidationReport report) {
    this(source, documentIndex, kind, name, report, List.of());
  }

  /** Every violation, in the report's order. */
  public List<Violation> violations() {
    return report.violations();
  }

  /** True when there is no {@link Severity#ERROR}. */
  public boolean isValid() {
    return report.isValid();
  }
}
