package dev.podwright.validation.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.io.Manifest;
import dev.podwright.io.ManifestReader;
import dev.podwright.io.ReadProblem;
import dev.podwright.validation.catalog.RuleCatalog;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.SourceLocation;
import dev.podwright.validation.report.ValidationReport;
import dev.podwright.validation.report.Violation;
import dev.podwright.validation.spi.RuleInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadProblemsTest {

  private final ManifestReader reader = new ManifestReader();

  @Test
  void schemaProblemsAreErrorsAndRepeatedKeysWarnings() {
    String yaml =
        """
        kind: Pod
        spec:
          containers:
          - image: nginx:1.27
            image: nginx:1.28
            env:
            - {name: PORT, value: 3}
            volumeMount: []
        """;
    Manifest pod = reader.read(yaml, "pod.yaml").get(0);

    List<Violation> violations = ReadProblems.toViolations(pod);

    assertThat(violations)
        .containsExactly(
            new Violation(
                ReadProblem.SCHEMA_MISSING_REQUIRED_FIELD,
                Severity.ERROR,
                "spec.containers[0].name",
                null,
                "a Container needs `name`",
                "add `name`",
                new SourceLocation("pod.yaml", 4, 5)),
            new Violation(
                ReadProblem.YAML_DUPLICATE_KEY,
                Severity.WARNING,
                "spec.containers[0].image",
                null,
                "the key `image` appears twice in the same map, on line 4 and line 5; the value"
                    + " on line 5 is used and the one on line 4 is ignored, as kubectl does without --validate=strict",
                "remove one of the two `image` keys",
                new SourceLocation("pod.yaml", 5, 5)),
            new Violation(
                ReadProblem.SCHEMA_WRONG_TYPE,
                Severity.ERROR,
                "spec.containers[0].env[0].value",
                null,
                "expected a string (quote numbers and booleans: \"80\", \"true\"), found the"
                    + " number 3",
                "quote the value: \"3\"",
                new SourceLocation("pod.yaml", 7, 27)),
            new Violation(
                ReadProblem.SCHEMA_UNKNOWN_FIELD,
                Severity.ERROR,
                "spec.containers[0].volumeMount",
                null,
                "unknown field `volumeMount` in Container; did you mean `volumeMounts`?",
                "rename `volumeMount` to `volumeMounts`",
                new SourceLocation("pod.yaml", 8, 5)));
    assertThat(new ValidationReport(violations).isValid()).isFalse();
  }

  @Test
  void aBareSpecsPathsStartWithSpecLikeTheValidatorsPaths() {
    Manifest bare = reader.read("containers:\n- image: x\n", null).get(0);

    assertThat(ReadProblems.toViolations(bare))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("spec.containers[0].name");
              assertThat(v.location()).isEqualTo(new SourceLocation(null, 2, 3));
            });
  }

  @Test
  void aCleanManifestHasNoViolations() {
    Manifest clean = reader.read("containers:\n- name: a\n  image: x\n", "ok.yaml").get(0);
    assertThat(ReadProblems.toViolations(clean)).isEmpty();
  }

  @Test
  void everyRuleIdTheReaderUsesIsInTheCatalog() {
    assertThat(ReadProblems.ruleInfos())
        .extracting(RuleInfo::id, RuleInfo::severity, RuleInfo::section)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ReadProblem.SCHEMA_MISSING_REQUIRED_FIELD, Severity.ERROR, ReadProblems.SECTION),
            org.assertj.core.groups.Tuple.tuple(
                ReadProblem.SCHEMA_WRONG_TYPE, Severity.ERROR, ReadProblems.SECTION),
            org.assertj.core.groups.Tuple.tuple(
                ReadProblem.SCHEMA_UNKNOWN_FIELD, Severity.ERROR, ReadProblems.SECTION),
            org.assertj.core.groups.Tuple.tuple(
                ReadProblem.YAML_DUPLICATE_KEY, Severity.WARNING, ReadProblems.SECTION));
    assertThat(RuleCatalog.render())
        .contains("## " + ReadProblems.SECTION.title())
        .contains("| `YAML_DUPLICATE_KEY` | WARNING |");
  }
}
