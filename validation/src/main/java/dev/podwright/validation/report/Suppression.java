package dev.podwright.validation.report;

import java.util.Objects;

/**
 * A finding the user chose not to be told about, kept so that reports can count and show it.
 *
 * @param violation what was found
 * @param by how it was suppressed
 */
public record Suppression(Violation violation, By by) {

  /**
   * The annotation that suppresses rules on one object, on a workload's or its pod template's
   * metadata: {@code podwright.dev/ignore-rules: "RULE,RULE"}.
   */
  public static final String ANNOTATION = "podwright.dev/ignore-rules";

  /** How a finding was suppressed. */
  public enum By {
    /** The rule was ignored for every input ({@code --ignore RULE}). */
    IGNORED_RULE,
    /** The rule was ignored on the object itself ({@code podwright.dev/ignore-rules}). */
    ANNOTATION
  }

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if violation or by is null
   */
  public Suppression {
    Objects.requireNonNull(violation, "violation");
    Objects.requireNonNull(by, "by");
  }
}
