package dev.podwright.validation.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.pss.PodSecurityRule;
import dev.podwright.validation.pss.PodSecurityStandards;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.ValidationReport;
import dev.podwright.validation.report.Violation;
import io.kubernetes.client.openapi.models.V1Pod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The 128 pod-security-admission fixture pods of {@code shared/conformance/pss}, read in place: a
 * {@code fail} case must get PSS errors for exactly {@code check} plus {@code alsoFails}, a {@code
 * pass} case none. Evaluated at policy version 1.37, as the corpus is labelled.
 */
class PodSecurityConformanceTest {

  private static final KubernetesVersion POLICY_VERSION = KubernetesVersion.of(1, 37);
  private static final ObjectMapper YAML = Conformance.yaml();
  private static final Map<String, String> RULE_BY_CHECK =
      PodSecurityStandards.checks().stream()
          .collect(Collectors.toMap(PodSecurityRule::checkId, c -> c.info().id()));

  private static List<Path> cases() throws IOException {
    Path dir = Conformance.corpus("pss").orElse(null);
    Assumptions.assumeTrue(
        dir != null,
        "shared/conformance/pss not found above " + Path.of("").toAbsolutePath() + "; skipped");
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().matches("\\d{3}-.*\\.yaml"))
          .sorted()
          .toList();
    }
  }

  @Test
  void theCorpusIsComplete() throws IOException {
    assertThat(cases()).hasSize(128);
  }

  @TestFactory
  Stream<DynamicTest> everyCaseAgreesWithPodSecurityAdmission() throws IOException {
    return cases().stream()
        .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> judge(p)));
  }

  private static void judge(Path file) throws IOException {
    JsonNode root = YAML.readTree(file.toFile());
    PodSecurityLevel level =
        PodSecurityLevel.valueOf(root.get("level").asText().toUpperCase(Locale.ROOT));
    V1Pod pod = YAML.treeToValue(root.get("pod"), V1Pod.class);
    ValidationReport report =
        PodSecurityStandards.evaluate(pod.getMetadata(), pod.getSpec(), level, POLICY_VERSION);
    assertThat(report.violations()).allMatch(v -> v.severity() == Severity.ERROR);
    Set<String> reported =
        report.violations().stream()
            .map(Violation::ruleId)
            .collect(Collectors.toCollection(TreeSet::new));
    if (root.get("expect").asText().equals("pass")) {
      assertThat(reported).as("%s must pass; report:%n%s", file.getFileName(), report).isEmpty();
      return;
    }
    Set<String> expected = new TreeSet<>();
    expected.add(rule(root.get("check").asText()));
    JsonNode also = root.get("alsoFails");
    if (also != null) {
      also.forEach(n -> expected.add(rule(n.asText())));
    }
    assertThat(reported).as("%s; report:%n%s", file.getFileName(), report).isEqualTo(expected);
  }

  private static String rule(String checkId) {
    String id = RULE_BY_CHECK.get(checkId);
    assertThat(id).as("no rule for PSA check %s", checkId).isNotNull();
    return id;
  }

  @Test
  void everyPsaCheckHasOneRule() {
    assertThat(RULE_BY_CHECK).hasSize(19);
    assertThat(RULE_BY_CHECK.values().stream().map(Function.identity()))
        .allMatch(id -> id.startsWith("PSS_"));
  }
}
