package dev.podwright.validation.reading;

import dev.podwright.io.Manifest;
import dev.podwright.io.ReadProblem;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.SourceLocation;
import dev.podwright.validation.report.Violation;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The manifest reader's {@linkplain Manifest#readProblems() reading problems} as violations, so
 * that a report shows them beside the rules' findings: schema problems ({@code SCHEMA_…}) as
 * ERRORs, repeated keys ({@code YAML_DUPLICATE_KEY}) as WARNINGs, each with its rule id, path,
 * message, fix and source location. Stateless.
 */
public final class ReadProblems {

  /** The catalog section of the reading rules. */
  public static final Section SECTION = Section.READING;

  private static final List<RuleInfo> RULES =
      List.of(
          new RuleInfo(
              ReadProblem.SCHEMA_MISSING_REQUIRED_FIELD,
              Severity.ERROR,
              SECTION,
              "A field the Kubernetes OpenAPI schema requires is missing or null (a container's"
                  + " `name`, `containers`, an `httpGet.port`, a `fieldRef.fieldPath`, a volume's"
                  + " `name`, ...; the official models' required lists).",
              "The API server rejects the object: `Required value`.",
              "Add the field."),
          new RuleInfo(
              ReadProblem.SCHEMA_WRONG_TYPE,
              Severity.ERROR,
              SECTION,
              "A value of the wrong type: a number or boolean where the schema wants a string"
                  + " (`value: 3`, `args: [sleep, 3600]`), text where it wants a number, a bad"
                  + " quantity, a map where it wants a list.",
              "The API server cannot decode it (`cannot unmarshal number into Go struct field ..."
                  + " of type string`) and rejects the object. The value is left out, so the rest"
                  + " of the spec is still validated.",
              "Write a value of the expected type; quote numbers and booleans meant as strings."),
          new RuleInfo(
              ReadProblem.SCHEMA_UNKNOWN_FIELD,
              Severity.ERROR,
              SECTION,
              "A field the Kubernetes model does not have, usually a typo (`volumeMount` for"
                  + " `volumeMounts`); the message suggests the nearest known name.",
              "kubectl's strict field validation (the default) and the API server's"
                  + " `fieldValidation=Strict` reject it; otherwise it is silently dropped and the"
                  + " setting never takes effect.",
              "Rename it to the suggested field, or remove it."),
          new RuleInfo(
              ReadProblem.YAML_DUPLICATE_KEY,
              Severity.WARNING,
              SECTION,
              "The same key twice in one YAML or JSON map; the message names both lines.",
              "With `kubectl --validate=warn` or `ignore`, and for API clients that send no"
                  + " `fieldValidation` (the server's default is Warn), the last value is kept and"
                  + " the object accepted, so the first value is silently ignored; Podwright reads"
                  + " it the same way. kubectl's default `--validate=strict` refuses it.",
              "Remove one of the two keys."));

  private ReadProblems() {}

  /**
   * The manifest's reading problems as violations, in document order. Paths are from the document
   * root; for a bare pod spec they start with {@code spec.}, as the validators report paths of a
   * bare spec. Locations name the manifest's source.
   *
   * @throws NullPointerException if manifest is null
   */
  public static List<Violation> toViolations(Manifest manifest) {
    Objects.requireNonNull(manifest, "manifest");
    boolean bare = manifest.specPath().isRoot();
    List<Violation> violations = new ArrayList<>();
    for (ReadProblem problem : manifest.readProblems()) {
      String path = problem.path().toString();
      if (bare) {
        path = path.isEmpty() ? "spec" : "spec." + path;
      }
      violations.add(
          new Violation(
              problem.ruleId(),
              severity(problem.level()),
              path,
              null,
              problem.message(),
              problem.fix(),
              new SourceLocation(
                  manifest.source(), problem.position().line(), problem.position().column())));
    }
    return List.copyOf(violations);
  }

  /** The reading rules, for the rule catalog and for tools that list every rule id. */
  public static List<RuleInfo> ruleInfos() {
    return RULES;
  }

  private static Severity severity(ReadProblem.Level level) {
    return level == ReadProblem.Level.ERROR ? Severity.ERROR : Severity.WARNING;
  }
}
