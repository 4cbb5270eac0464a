package dev.podwright.validation.rules.env;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.validation.rules.support.GrammarStrings;
import dev.podwright.validation.rules.support.TokenStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code ENV_FIELDREF} splits exactly as the regular expression it replaced. */
class FieldRefSubscriptGrammarTest {

  private static final Pattern SUBSCRIPTED = Pattern.compile("([^\\[\\]]+)\\['(.*)'\\]");

  @Test
  void splitsAsTheRegex() {
    List<String> inputs = new ArrayList<>(GrammarStrings.generate(71L, 100_000));
    inputs.addAll(
        TokenStrings.generate(
            72L,
            300_000,
            7,
            "metadata.labels",
            "metadata.annotations",
            "a",
            ".",
            "[",
            "]",
            "'",
            "['",
            "']",
            "[]",
            "''",
            "\n",
            "\r",
            "\u0085",
            "\u2028",
            "\u2029",
            "app",
            "example.com/x",
            " "));
    inputs.addAll(
        List.of(
            "", "['']", "a['']", "a[''", "a['", "a[']", "a['b']", "a['b']]", "a[['b']", "a]['b']"));
    int matched = 0;
    for (String input : inputs) {
      Matcher oracle = SUBSCRIPTED.matcher(input);
      String[] split = EnvRefChecks.subscript(input);
      if (oracle.matches()) {
        matched++;
        assertThat(split).as(input).containsExactly(oracle.group(1), oracle.group(2));
      } else {
        assertThat(split).as(input).isNull();
      }
    }
    assertThat(matched).isGreaterThan(400);
  }
}
