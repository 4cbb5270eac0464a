package dev.podwright.validation.output;

/** Renders a run's results in one format. Stateless. */
interface ReportRenderer {

  /** The whole report, ending in a newline. */
  String render(RunResult run);
}
