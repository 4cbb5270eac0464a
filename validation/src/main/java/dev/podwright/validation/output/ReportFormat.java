package dev.podwright.validation.output;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The formats a {@link RunResult} is rendered in, one renderer each. Every renderer is stateless
 * and thread-safe, and renders the same result to the same text.
 *
 * <pre>{@code
 * String sarif = ReportFormat.SARIF.render(validator.validateInputs(inputs, System.in));
 * }</pre>
 */
public enum ReportFormat {
  /** Human-readable text: a summary line per document, its findings with their fixes. */
  TEXT(new TextRenderer()),
  /** One JSON document: {@code {"files":[…],"summary":{…}}}. */
  JSON(new JsonRenderer()),
  /**
   * SARIF 2.1.0 for code scanning: the rule catalog as the tool's rules, one result per finding.
   */
  SARIF(new SarifRenderer()),
  /** JUnit XML for test reports: a test suite per input, a test case per document. */
  JUNIT(new JunitRenderer());

  private final ReportRenderer renderer;

  ReportFormat(ReportRenderer renderer) {
    this.renderer = renderer;
  }

  /**
   * Renders the run in this format.
   *
   * @throws NullPointerException if run is null
   */
  public String render(RunResult run) {
    return renderer.render(Objects.requireNonNull(run, "run"));
  }

  /**
   * The name used on the command line: {@code text}, {@code json}, {@code sarif}, {@code junit}.
   */
  public String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format of this {@linkplain #optionName() name}, if there is one. */
  public static Optional<ReportFormat> named(String name) {
    for (ReportFormat format : values()) {
      if (format.optionName().equals(name)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
