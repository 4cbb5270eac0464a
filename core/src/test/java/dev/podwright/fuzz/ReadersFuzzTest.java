package dev.podwright.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.podwright.emit.MergeConflictException;
import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.io.Manifest;
import dev.podwright.io.ManifestReadException;
import dev.podwright.io.ManifestReader;
import dev.podwright.io.PodSpecWriter;
import dev.podwright.io.declaration.Declaration;
import dev.podwright.io.declaration.DeclarationReadException;
import dev.podwright.io.declaration.DeclarationReader;
import java.util.List;

/**
 * Every reader on arbitrary text: it reads, or refuses with its one documented exception type; what
 * it reads can be emitted and written, and written specs read back equal.
 */
class ReadersFuzzTest {

  private static final ManifestReader MANIFESTS = new ManifestReader();
  private static final DeclarationReader DECLARATIONS = DeclarationReader.standard();

  @FuzzTest(maxDuration = "15m")
  void manifests(FuzzedDataProvider data) {
    List<Manifest> manifests;
    try {
      manifests = MANIFESTS.read(data.consumeRemainingAsString(), "fuzz.yaml");
    } catch (ManifestReadException refused) {
      assertThat(refused.getMessage()).isNotBlank();
      return;
    }
    for (Manifest manifest : manifests) {
      assertThat(manifest.podSpecAsRun()).isNotNull();
      assertThat(manifest.readProblems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
      if (manifest.hasReadErrors()) {
        continue; // what was left out (e.g. a required field) need not read back
      }
      String yaml = PodSpecWriter.toYaml(manifest.podSpec());
      assertThat(MANIFESTS.readPodSpec(yaml)).isEqualTo(manifest.podSpec());
    }
  }

  @FuzzTest(maxDuration = "15m")
  void declarations(FuzzedDataProvider data) {
    Declaration declaration;
    try {
      declaration = DECLARATIONS.read(data.consumeRemainingAsString(), "fuzz.yaml");
    } catch (DeclarationReadException refused) {
      assertThat(refused.getMessage()).isNotBlank();
      return;
    }
    try {
      PodSpecEmitter.builder()
          .options(declaration.options())
          .build()
          .emit(declaration.composition());
    } catch (MergeConflictException impossibleWithoutABase) {
      throw new AssertionError("no base spec, yet a merge conflict", impossibleWithoutABase);
    }
  }
}
