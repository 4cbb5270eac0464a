package dev.podwright.validation.report;

/** How bad a violation is. */
public enum Severity {
  /** The API server would reject the spec, or it can never work. */
  ERROR,
  /** Accepted, but likely to break or misbehave at run time. */
  WARNING,
  /** Worth knowing; nothing is wrong. */
  INFO
}
