package dev.podwright.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.custom.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityFormatTest {

  /** Expected values as the API server's resource.Quantity.String() renders them. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "1.5Gi, 1536Mi",
    "0.5Gi, 512Mi",
    "1Gi, 1Gi",
    "1024Mi, 1Gi",
    "2048Ki, 2Mi",
    "1.5Ki, 1536",
    "0.1Ki, 102400m",
    "1Ki, 1Ki",
    "64Mi, 64Mi",
    "0.5, 500m",
    "1, 1",
    "1000m, 1",
    "1500m, 1500m",
    "1000, 1k",
    "1500, 1500",
    "250m, 250m",
    "0, 0",
    "0Gi, 0",
    "2G, 2G",
    "1M, 1M",
    "100k, 100k",
    "0.000000001, 1n",
    "1e3, 1e3",
    "1.5e3, 1500",
    "12e6, 12e6",
    "-1, -1",
    "-1.5Gi, -1536Mi",
    "10Gi, 10Gi",
  })
  void rendersLikeTheApiServer(String input, String canonical) {
    Quantity quantity = Quantity.fromString(input);
    assertThat(QuantityFormat.canonical(quantity)).isEqualTo(canonical);
    assertThat(QuantityFormat.canonical(QuantityFormat.canonicalize(quantity)))
        .isEqualTo(canonical);
    assertThat(QuantityFormat.canonicalize(quantity)).isEqualTo(quantity);
  }

  @Test
  void roundsUpBelowNanoLikeTheApiServer() {
    assertThat(QuantityFormat.canonical(Quantity.fromString("0.0000000001"))).isEqualTo("1n");
    assertThat(QuantityFormat.canonical(Quantity.fromString("1.0000000001")))
        .isEqualTo("1000000001n");
  }
}
