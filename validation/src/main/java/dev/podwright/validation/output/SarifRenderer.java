package dev.podwright.validation.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.Suppression;
import dev.podwright.validation.report.Violation;
import dev.podwright.validation.spi.RuleInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * SARIF 2.1.0, one run, as code scanning reads it: {@code tool.driver.rules} is the run's rule
 * catalog (id, short description = what, full description = why, help = fix, default level), then
 * any other rule id that found something; every finding is a result with {@code ruleId}, {@code
 * ruleIndex}, {@code level} ({@code error}/{@code warning}/{@code note}), {@code message} and a
 * physical location (the input as a relative URI, {@code region.startLine}/{@code startColumn};
 * line 1 when the finding has no position) and the field path as logical location. Suppressed
 * findings are results with {@code suppressions} ({@code external} for {@code --ignore}, {@code
 * inSource} for the annotation); unreadable inputs are error notifications of the invocation.
 */
final class SarifRenderer implements ReportRenderer {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  static final String INFORMATION_URI = "https://github.com/podwright/podwright";

  @Override
  public String render(RunResult run) {
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    ObjectNode root = Json.object();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode sarifRun = root.putArray("runs").addObject();
    ObjectNode driver = sarifRun.putObject("tool").putObject("driver");
    driver.put("name", "podwright");
    driver.put("informationUri", INFORMATION_URI);
    String version = SarifRenderer.class.getPackage().getImplementationVersion();
    if (version != null) {
      driver.put("semanticVersion", version);
    }
    ArrayNode rules = driver.putArray("rules");
    for (RuleInfo info : run.rules()) {
      if (ruleIndex.putIfAbsent(info.id(), ruleIndex.size()) == null) {
        ObjectNode rule = rules.addObject();
        rule.put("id", info.id());
        rule.putObject("shortDescription").put("text", info.what());
        rule.putObject("fullDescription").put("text", info.why());
        rule.putObject("help").put("text", info.fix());
        rule.putObject("defaultConfiguration").put("level", level(info.severity()));
        rule.putObject("properties").putArray("tags").add(info.section().title());
      }
    }
    TreeSet<String> unknown = new TreeSet<>();
    run.documents()
        .forEach(
            d -> {
              d.violations().forEach(v -> unknown.add(v.ruleId()));
              d.suppressed().forEach(s -> unknown.add(s.violation().ruleId()));
            });
    unknown.removeAll(ruleIndex.keySet());
    for (String id : unknown) {
      ruleIndex.put(id, ruleIndex.size());
      ObjectNode rule = rules.addObject();
      rule.put("id", id);
      rule.putObject("shortDescription").put("text", id);
    }
    ObjectNode invocation = sarifRun.putArray("invocations").addObject();
    invocation.put("executionSuccessful", !run.hasUnreadableInput());
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    ArrayNode results = sarifRun.putArray("results");
    for (FileResult file : run.files()) {
      if (file.error() != null) {
        ObjectNode notification = notifications.addObject();
        notification.put("level", "error");
        notification.putObject("message").put("text", file.error().message());
        location(
            notification.putArray("locations").addObject(),
            file.file(),
            file.error().line(),
            file.error().column(),
            file.error().path());
      }
      for (DocumentResult document : file.documents()) {
        for (Violation violation : document.violations()) {
          result(results.addObject(), file.file(), violation, ruleIndex);
        }
        for (Suppression suppression : document.suppressed()) {
          ObjectNode result =
              result(results.addObject(), file.file(), suppression.violation(), ruleIndex);
          ObjectNode how = result.putArray("suppressions").addObject();
          how.put("kind", suppression.by() == Suppression.By.ANNOTATION ? "inSource" : "external");
          how.put("justification", "suppressed by " + TextRenderer.by(suppression.by()));
        }
      }
    }
    return Json.write(root);
  }

  private static ObjectNode result(
      ObjectNode result, String file, Violation violation, Map<String, Integer> ruleIndex) {
    result.put("ruleId", violation.ruleId());
    result.put("ruleIndex", ruleIndex.get(violation.ruleId()));
    result.put("level", level(violation.severity()));
    String text = violation.message();
    if (!violation.hint().isEmpty()) {
      text += " Fix: " + violation.hint();
    }
    result.putObject("message").put("text", text);
    int line = violation.location() == null ? 0 : violation.location().line();
    int column = violation.location() == null ? 0 : violation.location().column();
    location(result.putArray("locations").addObject(), file, line, column, violation.path());
    return result;
  }

  private static void location(
      ObjectNode location, String file, int line, int column, String path) {
    ObjectNode physical = location.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri(file));
    ObjectNode region = physical.putObject("region");
    region.put("startLine", Math.max(1, line));
    region.put("startColumn", Math.max(1, column));
    if (path != null && !path.isEmpty()) {
      location.putArray("logicalLocations").addObject().put("fullyQualifiedName", path);
    }
  }

  /**
   * The input as a URI reference: relative paths stay relative (code scanning resolves them against
   * the checkout), absolute ones become {@code file:} URIs; '/' separators and %-escapes.
   */
  static String uri(String file) {
    if (file.equals("<stdin>")) {
      return "stdin";
    }
    String path = file.replace('\\', '/');
    int colon = path.indexOf(':');
    int slash = path.indexOf('/');
    if (colon >= 0 && (slash < 0 || colon < slash)) {
      path = "./" + path; // a colon in the first segment would read as a scheme
    }
    try {
      if (path.startsWith("/")) {
        return new URI("file", "", path, null).toASCIIString(); // an absolute path: a file URI
      }
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException impossible) {
      return path; // only a scheme-less path is given, which always quotes
    }
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
