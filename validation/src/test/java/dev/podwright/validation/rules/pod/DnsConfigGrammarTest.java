package dev.podwright.validation.rules.pod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.validation.rules.support.GrammarStrings;
import dev.podwright.validation.rules.support.TokenStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written dnsConfig checks of {@code POD_DNSPOLICY_ENUM} accept exactly what the regular
 * expressions they replaced match in full.
 */
class DnsConfigGrammarTest {

  private static final Pattern IPV4 =
      Pattern.compile("((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)");

  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private static final String LABEL = "[a-z0-9_]([-a-z0-9_]*[a-z0-9_])?";

  private static final Pattern SEARCH = Pattern.compile(LABEL + "(\\." + LABEL + ")*");

  private static final String[] OCTETS = {
    "0", "1", "2", "5", "9", "00", "01", "09", "10", "99", "100", "199", "200", "249", "250", "255",
    "256", "260", "299", "300", "999", "012", "0255", "1000", "\u0661", "\uff10", ""
  };

  private static final String[] DOT = {".", ".", ".", ".", "..", ":"};

  @Test
  void ipv4() {
    List<String> inputs =
        new ArrayList<>(
            TokenStrings.shaped(
                45L, 200_000, OCTETS, DOT, OCTETS, DOT, OCTETS, DOT, OCTETS, new String[] {""}));
    List<String> tokens = new ArrayList<>(List.of(OCTETS));
    tokens.addAll(List.of(DOT));
    inputs.addAll(TokenStrings.generate(41L, 100_000, 9, tokens.toArray(new String[0])));
    same("IPv4", IPV4, PodChecks::isIpv4, inputs);
  }

  @Test
  void ipv6Like() {
    same(
        "IPv6",
        IPV6,
        PodChecks::isIpv6Like,
        TokenStrings.generate(
            42L, 200_000, 8, ":", "::", "fe80", "FFFF", "0", "9", "a", "f", "g", "G", "F", ".",
            "1.2", "%eth0", " ", "\u0661", "\uff21", "x"));
  }

  @Test
  void searchDomains() {
    same(
        "search domain",
        SEARCH,
        PodChecks::isSearch,
        TokenStrings.generate(
            43L, 200_000, 8, "a", "z", "0", "9", "_", "-", ".", "..", "svc", "cluster", "local",
            "a-b", "a_b", "A", "\u00e9", "\u212a", "\u017f", " "));
  }

  private static void same(
      String what, Pattern pattern, Predicate<String> check, List<String> generated) {
    List<String> inputs = new ArrayList<>(generated);
    inputs.addAll(GrammarStrings.generate(44L, 100_000));
    List<String> mismatches = new ArrayList<>();
    int accepted = 0;
    for (String text : inputs) {
      boolean expected = pattern.matcher(text).matches();
      accepted += expected ? 1 : 0;
      if (check.test(text) != expected && mismatches.size() < 20) {
        mismatches.add("\"" + text + "\"" + (expected ? " (regex accepts)" : " (regex rejects)"));
      }
    }
    assertThat(mismatches).as(what).isEmpty();
    assertThat(accepted).as(what + ": accepted strings").isGreaterThan(1000);
    assertThat(inputs.size() - accepted).as(what + ": rejected strings").isGreaterThan(1000);
  }
}
