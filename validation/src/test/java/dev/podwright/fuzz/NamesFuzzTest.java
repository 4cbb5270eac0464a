package dev.podwright.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.podwright.validation.rules.support.DnsNames;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.rules.support.LocalPaths;
import java.util.Optional;

/**
 * The name and path format checks never throw, and agree with each other where they overlap (a
 * DNS-1123 label is also a subdomain).
 */
class NamesFuzzTest {

  @FuzzTest(maxDuration = "15m")
  void nameAndPathChecksAreTotal(FuzzedDataProvider data) {
    boolean relaxed = data.consumeBoolean();
    String text = data.consumeRemainingAsString();

    if (DnsNames.isDns1123Label(text)) {
      assertThat(DnsNames.isDns1123Subdomain(text)).isTrue();
    }
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
