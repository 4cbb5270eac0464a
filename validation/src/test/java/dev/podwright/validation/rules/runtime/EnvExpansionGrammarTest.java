package dev.podwright.validation.rules.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.validation.rules.support.GrammarStrings;
import dev.podwright.validation.rules.support.TokenStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written name checks of {@code RT_ENV_EXPANSION_ORDER} accept exactly what the regular
 * expressions they replaced match in full.
 */
class EnvExpansionGrammarTest {

  private static final Pattern SERVICE_LINK =
      Pattern.compile(
          "[A-Z0-9_]+_(SERVICE_HOST|SERVICE_PORT(_[A-Z0-9_]+)?|PORT(_[0-9]+_(TCP|UDP|SCTP)"
              + "(_(PROTO|PORT|ADDR))?)?)");

  private static final Pattern ENV_NAME = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");

  private static final Pattern SHOUTED = Pattern.compile("[A-Z_][A-Z0-9_]*");

  private static final String[] TOKENS = {
    "A",
    "Z",
    "B",
    "0",
    "9",
    "80",
    "_",
    "__",
    "SERVICE",
    "SERVICE_HOST",
    "SERVICE_PORT",
    "PORT",
    "_PORT",
    "_PORT_",
    "HOST",
    "TCP",
    "UDP",
    "SCTP",
    "TCPX",
    "PROTO",
    "ADDR",
    "_TCP",
    "KUBERNETES",
    "a",
    "z",
    "-",
    ".",
    "1",
    "\u0661",
    "\uff10",
    "\u212a",
    "\u017f",
    "\u0130",
    "\u0131",
    "k",
    "s"
  };

  @Test
  void serviceLinkNames() {
    same("service link", SERVICE_LINK, EnvHazardChecks::isServiceLink);
  }

  @Test
  void envNames() {
    same("env name", ENV_NAME, EnvHazardChecks::isEnvName);
  }

  @Test
  void shoutedNames() {
    same("shouted name", SHOUTED, EnvHazardChecks::isShouted);
  }

  private static void same(String what, Pattern pattern, Predicate<String> check) {
    List<String> inputs = new ArrayList<>(TokenStrings.generate(31L, 200_000, 8, TOKENS));
    inputs.addAll(
        TokenStrings.shaped(
            33L,
            200_000,
            new String[] {"A", "MY_SVC", "0", "_", "A_PORT", "", "a"},
            new String[] {"_", "_", "__", "-", ""},
            new String[] {"SERVICE_HOST", "SERVICE_PORT", "PORT", "PORTS", "SERVICE", "HOST"},
            new String[] {"", "", "_80", "_8080", "_", "_X", "_HTTP", "80", "_\u0661"},
            new String[] {"", "_TCP", "_UDP", "_SCTP", "_SCT", "_SCTPX", "_TCPP", "TCP", "_tcp"},
            new String[] {
              "", "_PROTO", "_PORT", "_ADDR", "_ADDRX", "_PROT", "_PROTA", "_PORTS", "_", "ADDR"
            }));
    inputs.addAll(GrammarStrings.generate(32L, 100_000));
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
