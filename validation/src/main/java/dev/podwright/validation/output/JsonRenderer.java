package dev.podwright.validation.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.Suppression;
import dev.podwright.validation.report.Violation;

/**
 * The JSON report, exactly one document: {@code {"files":[{"file":…,"documents":[{"index":0,
 * "kind":…,"name":…,"valid":…,"violations":[{"rule":…,"severity":…,"path":…,"message":…,
 * "hint":…,"line":…,"column":…}],"suppressed":[{…,"by":"--ignore"}]}]}],"summary":{…}}}; an
 * unreadable input has an {@code error} object ({@code message} and, where known, {@code path},
 * {@code line}, {@code column}) and no documents.
 */
final class JsonRenderer implements ReportRenderer {

  @Override
  public String render(RunResult run) {
    ObjectNode root = Json.object();
    ArrayNode files = root.putArray("files");
    for (FileResult result : run.files()) {
      ObjectNode file = files.addObject();
      file.put("file", result.file());
      if (result.error() != null) {
        InputError error = result.error();
        ObjectNode node = file.putObject("error");
        node.put("message", error.message());
        if (!error.path().isEmpty()) {
          node.put("path", error.path());
        }
        if (error.line() > 0) {
          node.put("line", error.line());
          node.put("column", error.column());
        }
      }
      ArrayNode documents = file.putArray("documents");
      for (DocumentResult document : result.documents()) {
        ObjectNode node = documents.addObject();
        node.put("index", document.index());
        node.put("kind", document.kind());
        if (document.name() != null) {
          node.put("name", document.name());
        }
        node.put("valid", document.isValid());
        ArrayNode violations = node.putArray("violations");
        document.violations().forEach(v -> violation(violations.addObject(), v));
        ArrayNode suppressed = node.putArray("suppressed");
        for (Suppression suppression : document.suppressed()) {
          violation(suppressed.addObject(), suppression.violation())
              .put("by", TextRenderer.by(suppression.by()));
        }
      }
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("inputs", run.files().size());
    summary.put("unreadable", run.files().stream().filter(f -> f.error() != null).count());
    summary.put("documents", run.documents().count());
    summary.put("errors", run.count(Severity.ERROR));
    summary.put("warnings", run.count(Severity.WARNING));
    summary.put("notes", run.count(Severity.INFO));
    summary.put("suppressed", run.suppressedCount());
    return Json.write(root);
  }

  private static ObjectNode violation(ObjectNode node, Violation violation) {
    node.put("rule", violation.ruleId());
    node.put("severity", violation.severity().name());
    node.put("path", violation.path());
    node.put("message", violation.message());
    node.put("hint", violation.hint());
    if (violation.location() != null) {
      node.put("line", violation.location().line());
      node.put("column", violation.location().column());
    }
    return node;
  }
}
