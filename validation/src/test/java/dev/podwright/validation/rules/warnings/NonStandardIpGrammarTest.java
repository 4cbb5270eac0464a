package dev.podwright.validation.rules.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.validation.rules.support.GrammarStrings;
import dev.podwright.validation.rules.support.TokenStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code W_NONSTANDARD_IP} answers as its regular-expression version did, kept here as the oracle.
 */
class NonStandardIpGrammarTest {

  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern MAPPED =
      Pattern.compile("(?i)::ffff:(\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})");

  /** The regex version of {@code W_NONSTANDARD_IP}. */
  static Optional<String> standardByRegex(String ip) {
    if (ip == null) {
      return Optional.empty();
    }
    Matcher mapped = MAPPED.matcher(ip);
    if (mapped.matches()) {
      return canonicalV4(mapped.group(1));
    }
    Matcher v4 = IPV4.matcher(ip);
    if (!v4.matches()) {
      return Optional.empty();
    }
    Optional<String> canonical = canonicalV4(ip);
    return canonical.filter(c -> !c.equals(ip));
  }

  private static Optional<String> canonicalV4(String ip) {
    Matcher v4 = IPV4.matcher(ip);
    if (!v4.matches()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 4; i++) {
      int octet = Integer.parseInt(v4.group(i));
      if (octet > 255) {
        return Optional.empty();
      }
      text.append(i > 1 ? "." : "").append(octet);
    }
    return Optional.of(text.toString());
  }

  @Test
  void standardFormsAsTheRegexVersion() {
    List<String> inputs =
        new ArrayList<>(
            TokenStrings.generate(
                51L,
                300_000,
                9,
                "::ffff:",
                "::FFFF:",
                "::fFfF:",
                ":ffff:",
                "::ffff",
                "::fff:",
                "::\u017fff:",
                "0",
                "1",
                "5",
                "9",
                "00",
                "01",
                "010",
                "001",
                "255",
                "256",
                "999",
                "1000",
                "12",
                ".",
                ".",
                ".",
                "..",
                ":",
                "f",
                "F",
                " ",
                "\u0661",
                "\uff10"));
    String[] prefix = {"", "", "::ffff:", "::FFFF:", "::fFfF:", ":ffff:", "::fff:", "::\u017fff:"};
    String[] octet = {
      "0", "1", "5", "9", "00", "01", "010", "001", "099", "255", "256", "999", "1000", "12", ""
    };
    String[] dot = {".", ".", ".", "..", ":"};
    inputs.addAll(
        TokenStrings.shaped(
            53L, 300_000, prefix, octet, dot, octet, dot, octet, dot, octet, new String[] {""}));
    inputs.addAll(GrammarStrings.generate(52L, 50_000));
    inputs.add(null);
    List<String> mismatches = new ArrayList<>();
    int found = 0;
    for (String ip : inputs) {
      Optional<String> expected = standardByRegex(ip);
      found += expected.isPresent() ? 1 : 0;
      Optional<String> actual = PodWarningChecks.standard(ip);
      if (!actual.equals(expected) && mismatches.size() < 20) {
        mismatches.add("\"" + ip + "\": " + actual + " but the regex version says " + expected);
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(found).as("non-standard addresses").isGreaterThan(1000);
  }
}
