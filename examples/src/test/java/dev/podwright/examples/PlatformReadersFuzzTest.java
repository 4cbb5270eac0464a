package dev.podwright.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.podwright.examples.feldera.FelderaRuntimeConfigReader;
import dev.podwright.examples.hkube.HkubeAlgorithmReader;
import dev.podwright.examples.numaflow.NumaflowPipelineReader;
import dev.podwright.io.declaration.DeclarationReadException;

/**
 * The platform readers on arbitrary text: each reads, or refuses with {@link
 * DeclarationReadException} and a message; nothing else escapes.
 */
class PlatformReadersFuzzTest {

  private static final NumaflowPipelineReader NUMAFLOW = new NumaflowPipelineReader();
  private static final HkubeAlgorithmReader HKUBE = new HkubeAlgorithmReader();
  private static final FelderaRuntimeConfigReader FELDERA = new FelderaRuntimeConfigReader();

  @FuzzTest(maxDuration = "15m")
  void platformFormats(FuzzedDataProvider data) {
    int which = data.consumeInt(0, 2);
    String text = data.consumeRemainingAsString();
    try {
      switch (which) {
        case 0 -> NUMAFLOW.read(text, "pipeline.yaml");
        case 1 -> HKUBE.read(text, "algorithm.json");
        default -> FELDERA.read(text, "runtime_config.json");
      }
    } catch (DeclarationReadException refused) {
      assertThat(refused.getMessage()).isNotBlank();
    }
  }
}
