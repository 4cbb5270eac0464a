package dev.podwright.validation.rules.volumes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.validation.rules.support.GrammarStrings;
import dev.podwright.validation.rules.support.TokenStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code DOWNWARDAPI_VOL_FIELDPATHS} accepts exactly what the regular expression it replaced
 * matches in full.
 */
class DownwardApiFieldPathGrammarTest {

  private static final Pattern SUBSCRIPT =
      Pattern.compile("(metadata\\.(?:labels|annotations))\\['([^']+)'\\]");

  @Test
  void subscripts() {
    List<String> inputs =
        new ArrayList<>(
            TokenStrings.generate(
                61L,
                200_000,
                5,
                "metadata.labels['",
                "metadata.annotations['",
                "metadata.labels",
                "metadata.label['",
                "metadata.labels[",
                "metadata.",
                "']",
                "'",
                "]",
                "[",
                "''",
                "app",
                "k.io/x",
                "a",
                "\n",
                "'']",
                "']'"));
    inputs.addAll(
        TokenStrings.shaped(
            63L,
            200_000,
            new String[] {
              "metadata.labels['", "metadata.annotations['", "metadata.label['", "metadata.labels["
            },
            new String[] {"app", "k.io/x", "a", "", "'", "a'b", "\n", "]", "['x']"},
            new String[] {"']", "']", "'", "]", "']x", "'']", "' ]"}));
    inputs.addAll(GrammarStrings.generate(62L, 50_000));
    List<String> mismatches = new ArrayList<>();
    int accepted = 0;
    for (String text : inputs) {
      boolean expected = SUBSCRIPT.matcher(text).matches();
      accepted += expected ? 1 : 0;
      if (ProjectedVolumeChecks.isSubscript(text) != expected && mismatches.size() < 20) {
        mismatches.add("\"" + text + "\"" + (expected ? " (regex accepts)" : " (regex rejects)"));
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(accepted).as("accepted strings").isGreaterThan(1000);
  }
}
