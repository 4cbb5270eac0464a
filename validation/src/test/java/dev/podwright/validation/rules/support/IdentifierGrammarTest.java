package dev.podwright.validation.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-written checks of {@link DnsNames} and {@link KubeIdentifiers} accept exactly the
 * strings the regular expressions they replaced accept ({@link RegexIdentifiers} keeps those
 * expressions), on a few hundred thousand deterministic strings ({@link GrammarStrings}); and the
 * public checks give the same answers and messages as the regex versions.
 */
class IdentifierGrammarTest {

  /** How many strings each check is compared on. */
  static final int STRINGS = 300_000;

  private static List<String> strings;

  @BeforeAll
  static void generate() {
    strings = GrammarStrings.generate(20261122L, STRINGS);
  }

  @Test
  void theStringsCoverTheBoundaries() {
    assertThat(strings).hasSize(STRINGS);
    boolean[] lengths = new boolean[71];
    int around253 = 0;
    for (String text : strings) {
      if (text.length() <= 70) {
        lengths[text.length()] = true;
      }
      if (text.length() == 253 || text.length() == 254) {
        around253++;
      }
    }
    for (int length = 0; length <= 70; length++) {
      assertThat(lengths[length]).as("a string of length %d", length).isTrue();
    }
    assertThat(around253).isGreaterThan(1000);
    assertThat(strings)
        .contains("a".repeat(63), "a".repeat(64), "\u212a", "\u017f", "\u00e9", "a\nb");
  }

  @Test
  void labelFormat() {
    same("DNS-1123 label", RegexIdentifiers.LABEL, t -> DnsNames.isLabelFormat(t, 0, t.length()));
    sameOnRanges("DNS-1123 label", RegexIdentifiers.LABEL, DnsNames::isLabelFormat);
  }

  @Test
  void subdomainFormat() {
    same(
        "DNS-1123 subdomain",
        RegexIdentifiers.SUBDOMAIN,
        t -> DnsNames.isSubdomainFormat(t, 0, t.length()));
    sameOnRanges("DNS-1123 subdomain", RegexIdentifiers.SUBDOMAIN, DnsNames::isSubdomainFormat);
  }

  @Test
  void portNameChars() {
    same("port name chars", RegexIdentifiers.PORT_NAME_CHARS, KubeIdentifiers::isPortNameChars);
  }

  @Test
  void hasLetter() {
    same("has a letter", RegexIdentifiers.HAS_LETTER, KubeIdentifiers::hasLowercaseLetter);
  }

  @Test
  void strictEnvName() {
    same("strict env name", RegexIdentifiers.STRICT_ENV_NAME, KubeIdentifiers::isStrictEnvName);
  }

  @Test
  void configMapKeyChars() {
    same("ConfigMap key", RegexIdentifiers.CONFIG_MAP_KEY, KubeIdentifiers::isConfigMapKeyChars);
  }

  @Test
  void qualifiedNamePart() {
    same(
        "qualified name part",
        RegexIdentifiers.QUALIFIED_NAME_PART,
        t -> KubeIdentifiers.isQualifiedNamePart(t, 0, t.length()));
    sameOnRanges(
        "qualified name part",
        RegexIdentifiers.QUALIFIED_NAME_PART,
        KubeIdentifiers::isQualifiedNamePart);
  }

  @Test
  void labelValue() {
    same(
        "label value",
        RegexIdentifiers.LABEL_VALUE,
        t -> t.isEmpty() || KubeIdentifiers.isQualifiedNamePart(t, 0, t.length()));
  }

  @Test
  void httpHeaderName() {
    same("HTTP header name", RegexIdentifiers.HTTP_HEADER_NAME, KubeIdentifiers::isHttpHeaderName);
  }

  @Test
  void publicChecksAnswerAsTheRegexVersions() {
    List<String> mismatches = new ArrayList<>();
    List<String> inputs = new ArrayList<>(strings);
    inputs.add(null);
    for (String t : inputs) {
      agree(mismatches, "isDns1123Label", t, DnsNames.isDns1123Label(t), isLabel(t));
      agree(
          mismatches,
          "dns1123LabelErrors",
          t,
          DnsNames.dns1123LabelErrors(t),
          RegexIdentifiers.dns1123LabelErrors(t));
      agree(
          mismatches,
          "isDns1123Subdomain",
          t,
          DnsNames.isDns1123Subdomain(t),
          RegexIdentifiers.isDns1123Subdomain(t));
      agree(
          mismatches,
          "dns1123SubdomainErrors",
          t,
          DnsNames.dns1123SubdomainErrors(t),
          RegexIdentifiers.dns1123SubdomainErrors(t));
      agree(mismatches, "portName", t, KubeIdentifiers.portName(t), RegexIdentifiers.portName(t));
      agree(
          mismatches,
          "envVarName strict",
          t,
          KubeIdentifiers.envVarName(t, false),
          RegexIdentifiers.envVarName(t, false));
      agree(
          mismatches,
          "envVarName relaxed",
          t,
          KubeIdentifiers.envVarName(t, true),
          RegexIdentifiers.envVarName(t, true));
      agree(
          mismatches,
          "configMapKey",
          t,
          KubeIdentifiers.configMapKey(t),
          RegexIdentifiers.configMapKey(t));
      agree(
          mismatches,
          "qualifiedName",
          t,
          KubeIdentifiers.qualifiedName(t),
          RegexIdentifiers.qualifiedName(t));
      agree(
          mismatches,
          "labelValue",
          t,
          KubeIdentifiers.labelValue(t),
          RegexIdentifiers.labelValue(t));
      agree(
          mismatches,
          "httpHeaderName",
          t,
          KubeIdentifiers.httpHeaderName(t),
          RegexIdentifiers.httpHeaderName(t));
      agree(
          mismatches,
          "objectName",
          t,
          KubeIdentifiers.objectName(t),
          RegexIdentifiers.objectName(t));
    }
    assertThat(mismatches).isEmpty();
  }

  private static boolean isLabel(String t) {
    return RegexIdentifiers.isDns1123Label(t);
  }

  private static void agree(
      List<String> mismatches, String check, String input, Object actual, Object expected) {
    if (!actual.equals(expected) && mismatches.size() < 20) {
      mismatches.add(
          check + "(" + show(input) + "): " + actual + " but the regex says " + expected);
    }
  }

  /** The check accepts exactly what the pattern matches in full, on every string. */
  private static void same(String what, Pattern pattern, Predicate<String> check) {
    List<String> mismatches = new ArrayList<>();
    int accepted = 0;
    for (String t : strings) {
      boolean expected = pattern.matcher(t).matches();
      if (expected) {
        accepted++;
      }
      if (check.test(t) != expected && mismatches.size() < 20) {
        mismatches.add(show(t) + (expected ? " (regex accepts)" : " (regex rejects)"));
      }
    }
    assertThat(mismatches).as(what).isEmpty();
    // both answers are well represented, or the comparison proves little
    assertThat(accepted).as(what + ": accepted strings").isGreaterThan(STRINGS / 50);
    assertThat(STRINGS - accepted).as(what + ": rejected strings").isGreaterThan(STRINGS / 50);
  }

  /** A check on {@code text[from, to)} agrees with the pattern on the substring. */
  private static void sameOnRanges(String what, Pattern pattern, RangeCheck check) {
    Random random = new Random(7);
    List<String> mismatches = new ArrayList<>();
    for (String t : strings) {
      int from = random.nextInt(t.length() + 1);
      int to = from + random.nextInt(t.length() - from + 1);
      boolean expected = pattern.matcher(t.substring(from, to)).matches();
      if (check.test(t, from, to) != expected && mismatches.size() < 20) {
        mismatches.add(show(t) + "[" + from + ", " + to + ")");
      }
    }
    assertThat(mismatches).as(what + " on ranges").isEmpty();
  }

  @FunctionalInterface
  private interface RangeCheck {
    boolean test(String text, int from, int to);
  }

  private static String show(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
