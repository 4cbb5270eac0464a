/**
 * Public API, stable: PodSpecValidator, ValidationReport, Violation, Severity, SourceLocation,
 * InvalidPodSpecException.
 */
package dev.podwright.validation;
