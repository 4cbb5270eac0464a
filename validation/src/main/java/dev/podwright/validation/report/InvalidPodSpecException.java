package dev.podwright.validation.report;

/** Thrown by {@link ValidationReport#throwIfInvalid()}; its message lists every violation. */
public final class InvalidPodSpecException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  /** Wraps a report that has errors. */
  public InvalidPodSpecException(ValidationReport report) {
    super(report.errors().size() + " error(s) in the pod spec:\n" + report.toString());
    this.report = report;
  }

  /** The report with every violation. */
  public ValidationReport report() {
    return report;
  }
}
