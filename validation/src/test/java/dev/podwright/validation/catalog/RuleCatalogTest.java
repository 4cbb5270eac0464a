package dev.podwright.validation.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.podwright.validation.PodSpecValidator;
import dev.podwright.validation.composition.CompositionValidator;
import dev.podwright.validation.reading.ReadProblems;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps {@code docs/rules.md} in step with the rules. */
class RuleCatalogTest {

  /** The project's one golden update flag (podwright-testing's GoldenFiles.UPDATE_PROPERTY). */
  private static final String UPDATE = "podwright.updateGoldens";

  private static Path docs() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("validation").resolve("pom.xml"))) {
      dir = dir.getParent();
    }
    assertThat(dir)
        .as("repository root (holding validation/pom.xml) above the working dir")
        .isNotNull();
    return dir.resolve("docs").resolve("rules.md");
  }

  /**
   * docs/rules.md is a golden file under the project's one contract (podwright-testing's {@code
   * GoldenFiles.assertMatches}, which this module's tests cannot depend on: testing depends on
   * validation): byte for byte, rewritten with {@code -Dpodwright.updateGoldens=true}.
   */
  @Test
  void docsRulesMdIsUpToDate() throws IOException {
    Path file = docs();
    String expected = RuleCatalog.render();
    if (Boolean.getBoolean(UPDATE)) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, expected, StandardCharsets.UTF_8);
      return;
    }
    String actual = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    if (!actual.equals(expected)) {
      fail(
          "golden file "
              + file
              + " differs from the text produced"
              + "\n(to accept it as the new golden file, run the test with -D"
              + UPDATE
              + "=true)");
    }
  }

  @Test
  void idsAreUniqueAndUpperSnake() {
    List<String> ids =
        java.util.stream.Stream.concat(
                PodSpecValidator.builtInRules().stream().map(r -> r.info().id()),
                java.util.stream.Stream.concat(
                    CompositionValidator.builtInRuleInfos().stream().map(RuleInfo::id),
                    ReadProblems.ruleInfos().stream().map(RuleInfo::id)))
            .toList();
    assertThat(ids)
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*"));
  }

  @Test
  void renderingIsDeterministicAndTakesExtraRules() {
    RuleInfo extra =
        new RuleInfo(
            "COMPOSITION_EXAMPLE", Severity.WARNING, "Z. Composition", "a | b", "why\nnot", "fix");
    String text = RuleCatalog.render(List.of(extra));
    assertThat(text).isEqualTo(RuleCatalog.render(List.of(extra)));
    assertThat(text)
        .contains("## Z. Composition")
        .contains("| `COMPOSITION_EXAMPLE` | WARNING | a \\| b | why not | fix |");
    for (PodSpecRule rule : PodSpecValidator.builtInRules()) {
      assertThat(text).contains("| `" + rule.info().id() + "` | " + rule.info().severity() + " |");
    }
  }
}
