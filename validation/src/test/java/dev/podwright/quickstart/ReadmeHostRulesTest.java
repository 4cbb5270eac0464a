package dev.podwright.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.InitContainer;
import dev.podwright.model.Sidecar;
import dev.podwright.validation.catalog.RuleCatalog;
import dev.podwright.validation.composition.CompositionValidator;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's host rule is this module's {@link NumaflowHostRules}, and it works. */
class ReadmeHostRulesTest {

  private static String between(String text, String begin, String end) {
    int from = text.indexOf(begin);
    int to = text.indexOf(end, from + begin.length());
    assertThat(from).as("marker %s", begin).isNotNegative();
    assertThat(to).as("marker %s", end).isGreaterThan(from);
    return text.substring(from + begin.length(), to);
  }

  private static String normalized(String code) {
    return Arrays.stream(code.split("\n"))
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void readmeShowsExactlyTheCompiledHostRule() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String source =
        Files.readString(Path.of("src/test/java/dev/podwright/quickstart/NumaflowHostRules.java"));

    String documented =
        between(readme, "<!-- host-rules:begin -->\n```java", "```\n<!-- host-rules:end -->");
    String compiled = between(source, "// README:begin", "// README:end");

    assertThat(normalized(documented)).isEqualTo(normalized(compiled));
  }

  private static Composition vertex(String sidecar, String init) {
    return Composition.builder()
        .mainContainer(ContainerSpec.builder("udf").image("my-udf:1.0").build())
        .sidecar(Sidecar.builder(sidecar).image("busybox:1.36").build())
        .initContainer(InitContainer.builder(init).image("busybox:1.36").build())
        .build();
  }

  @Test
  void theHostRuleReportsNumaflowsReservedNamesWithItsOwnId() {
    CompositionValidator.Result result =
        NumaflowHostRules.validator().validate(vertex("numa", "init"));

    assertThat(result.report().violations())
        .filteredOn(v -> v.ruleId().equals("NUMAFLOW_RESERVED_CONTAINER_NAME"))
        .extracting(Violation::path, Violation::severity, Violation::value, Violation::hint)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "sidecars[0].name",
                Severity.ERROR,
                "numa",
                "Rename the container, e.g. prefix it with your team's name."),
            org.assertj.core.groups.Tuple.tuple(
                "initContainers[0].name",
                Severity.ERROR,
                "init",
                "Rename the container, e.g. prefix it with your team's name."));
  }

  @Test
  void namesNumaflowDoesNotReservePass() {
    CompositionValidator.Result result =
        NumaflowHostRules.validator().validate(vertex("log-shipper", "fetch-config"));

    assertThat(result.report().violations()).isEmpty();
    assertThat(result.spec()).isNotNull();
  }

  @Test
  void theCatalogListsTheHostRuleInTheHostSection() {
    assertThat(NumaflowHostRules.catalog())
        .startsWith("# Numaflow rules\n\n1 rule. Severity:")
        .contains("\n## Numaflow: vertex pods\n\n")
        .contains("| `NUMAFLOW_RESERVED_CONTAINER_NAME` | ERROR | Sidecars and init containers");
    String whole = RuleCatalog.of(NumaflowHostRules.validator());
    assertThat(whole)
        .contains("## Numaflow: vertex pods")
        .contains("| `NUMAFLOW_RESERVED_CONTAINER_NAME` |")
        .contains("| `COMPOSITION_RESERVED_CONTAINER_NAME` |")
        .contains("| `MOUNT_NAME_NOT_FOUND` |");
  }
}
