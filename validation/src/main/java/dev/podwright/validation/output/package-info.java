/**
 * Public API: the results of validating many inputs ({@link
 * dev.podwright.validation.output.RunResult}: per input a {@link
 * dev.podwright.validation.output.FileResult}, per document a {@link
 * dev.podwright.validation.output.DocumentResult}) and their rendering as text, JSON, SARIF 2.1.0
 * or JUnit XML ({@link dev.podwright.validation.output.ReportFormat}), one renderer per format.
 * Depends only on {@code validation.report} and {@code validation.spi}.
 */
package dev.podwright.validation.output;
