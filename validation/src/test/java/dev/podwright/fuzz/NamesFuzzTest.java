package dev.podwright.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.podwright.validation.rules.support.DnsNames;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.rules.support.LocalPaths;
import dev.podwright.validation.rules.support.RegexIdentifiers;
import java.util.Optional;

/**
 * The name and path format checks never throw, agree with each other where they overlap (a DNS-1123
 * label is also a subdomain), and give the same answers as the regular expressions they replaced
 * ({@link RegexIdentifiers}).
 */
class NamesFuzzTest {

  @FuzzTest(maxDuration = "15m")
  void nameAndPathChecksAreTotal(FuzzedDataProvider data) {
    boolean relaxed = data.consumeBoolean();
    String text = data.consumeRemainingAsString();

    if (DnsNames.isDns1123Label(text)) {
      assertThat(DnsNames.isDns1123Subdomain(text)).isTrue();
    }
    assertThat(DnsNames.isDns1123Label(text)).isEqualTo(RegexIdentifiers.isDns1123Label(text));
    assertThat(DnsNames.dns1123LabelErrors(text))
        .isEqualTo(RegexIdentifiers.dns1123LabelErrors(text));
    assertThat(DnsNames.isDns1123Subdomain(text))
        .isEqualTo(RegexIdentifiers.isDns1123Subdomain(text));
    assertThat(DnsNames.dns1123SubdomainErrors(text))
        .isEqualTo(RegexIdentifiers.dns1123SubdomainErrors(text));
    assertThat(KubeIdentifiers.portName(text)).isEqualTo(RegexIdentifiers.portName(text));
    assertThat(KubeIdentifiers.envVarName(text, relaxed))
        .isEqualTo(RegexIdentifiers.envVarName(text, relaxed));
    assertThat(KubeIdentifiers.configMapKey(text)).isEqualTo(RegexIdentifiers.configMapKey(text));
    assertThat(KubeIdentifiers.qualifiedName(text)).isEqualTo(RegexIdentifiers.qualifiedName(text));
    assertThat(KubeIdentifiers.labelValue(text)).isEqualTo(RegexIdentifiers.labelValue(text));
    assertThat(KubeIdentifiers.httpHeaderName(text))
        .isEqualTo(RegexIdentifiers.httpHeaderName(text));
    assertThat(KubeIdentifiers.objectName(text)).isEqualTo(RegexIdentifiers.objectName(text));
    for (Optional<String> problem :
        java.util.List.of(
            KubeIdentifiers.portName(text),
            KubeIdentifiers.envVarName(text, relaxed),
            KubeIdentifiers.configMapKey(text),
            KubeIdentifiers.qualifiedName(text),
            KubeIdentifiers.labelValue(text),
            KubeIdentifiers.httpHeaderName(text),
            KubeIdentifiers.objectName(text))) {
      problem.ifPresent(message -> assertThat(message).isNotBlank());
    }
    LocalPaths.isAbsolute(text);
    LocalPaths.hasBackstep(text);
    assertThat(LocalPaths.descendingPathErrors(text)).doesNotContainNull();
    assertThat(LocalPaths.localNonReservedPathErrors(text)).doesNotContainNull();
  }
}
