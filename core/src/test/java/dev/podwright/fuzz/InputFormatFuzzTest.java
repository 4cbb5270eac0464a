package dev.podwright.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.podwright.io.InputFormat;

/** Format detection on arbitrary text: it never throws, and a declaration has no apiVersion. */
class InputFormatFuzzTest {

  @FuzzTest(maxDuration = "15m")
  void detect(FuzzedDataProvider data) {
    InputFormat format = InputFormat.detect(data.consumeRemainingAsString());
    assertThat(format.syntax()).isNotNull();
    if (format.content() == InputFormat.Content.DECLARATION) {
      assertThat(format.hasField("apiVersion")).isFalse();
      assertThat(format.hasField("containers")).isFalse();
    }
  }
}
