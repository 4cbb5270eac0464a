/**
 * Public API, stable: {@code PodSpecValidator}, the entry point that runs the built-in and the
 * host's rules. The report types it returns ({@code ValidationReport}, {@code Violation}, {@code
 * Severity}, {@code SourceLocation}, {@code InvalidPodSpecException}) live in the leaf package
 * {@code dev.podwright.validation.report}, which every rule imports and which imports nothing of
 * the validator.
 */
package dev.podwright.validation;
