package dev.podwright.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.kubernetes.Quantities;
import dev.podwright.path.FieldPath;
import io.kubernetes.client.custom.Quantity;
import java.util.Optional;

/**
 * Quantity, version and path helpers: only their documented exceptions escape, whatever the input.
 * Regression mode (mvn verify) replays the committed inputs; {@code JAZZER_FUZZ=1} fuzzes.
 */
class HelpersFuzzTest {

  @FuzzTest(maxDuration = "15m")
  void quantitiesNeverThrow(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Optional<Quantity> parsed = Quantities.parse(text);
    parsed.ifPresent(
        quantity -> {
          assertThat(Quantities.value(quantity)).isPresent();
          assertThat(Quantities.sameValue(quantity, quantity)).isTrue();
        });
    try {
      Quantities.require(text);
      assertThat(parsed).isPresent();
    } catch (IllegalArgumentException refused) {
      assertThat(parsed).isEmpty();
      assertThat(refused.getMessage()).contains("not a Kubernetes quantity");
    }
  }

  @FuzzTest(maxDuration = "15m")
  void versionsParseOrSayWhy(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    try {
      KubernetesVersion version = KubernetesVersion.parse(text);
      assertThat(KubernetesVersion.parse(version.toString())).isEqualTo(version);
    } catch (IllegalArgumentException refused) {
      assertThat(refused.getMessage()).isNotBlank();
    }
  }

  @FuzzTest(maxDuration = "15m")
  void pathsRenderWhateverTheSegments(FuzzedDataProvider data) {
    FieldPath path = FieldPath.root();
    while (data.remainingBytes() > 0) {
      try {
        switch (data.consumeInt(0, 3)) {
          case 0 -> path = path.child(data.consumeString(20));
          case 1 -> path = path.index(data.consumeInt(-2, 1000));
          case 2 -> path = path.key(data.consumeBoolean() ? null : data.consumeString(20));
          default -> path = FieldPath.of(data.consumeString(10)).under(path);
        }
      } catch (IllegalArgumentException refused) {
        assertThat(refused.getMessage()).isNotBlank();
      }
    }
    assertThat(path.toString()).isNotNull();
    assertThat(path).isEqualTo(path.under(FieldPath.root()));
  }
}
