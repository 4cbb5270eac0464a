/**
 * Public API, stable: the report types every validator returns and every rule imports — {@link
 * dev.podwright.validation.report.ValidationReport}, {@link
 * dev.podwright.validation.report.Violation}, {@link dev.podwright.validation.report.Severity},
 * {@link dev.podwright.validation.report.SourceLocation} and {@link
 * dev.podwright.validation.report.InvalidPodSpecException}. A leaf: it depends on nothing else of
 * Podwright except {@code dev.podwright.path}.
 */
package dev.podwright.validation.report;
