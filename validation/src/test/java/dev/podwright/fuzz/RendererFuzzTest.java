package dev.podwright.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.podwright.emit.MergeConflictException;
import dev.podwright.io.ManifestReadException;
import dev.podwright.io.declaration.Declaration;
import dev.podwright.io.declaration.DeclarationReader;
import dev.podwright.validation.render.RenderRequest;
import dev.podwright.validation.render.RenderResult;
import dev.podwright.validation.render.Renderer;

/**
 * The renderer on an arbitrary base manifest: it renders, or refuses the base with a {@link
 * ManifestReadException} (or, with validation off, a {@link MergeConflictException}); validation
 * never fails internally, a spec is missing only for merge conflicts, and rendering is
 * deterministic.
 */
class RendererFuzzTest {

  private static final Declaration DECLARATION =
      DeclarationReader.standard()
          .read(
              """
              mainContainer:
                name: app
                image: example/app:1.0
                env:
                - name: MODE
                  value: sidecar
              sidecars:
              - name: proxy
                image: example/proxy:2.1
                volumeMounts:
                - name: socket
                  mountPath: /var/run/proxy
              volumes:
              - name: socket
                emptyDir: {}
              """,
              "decl.yaml");

  private static final Renderer VALIDATING = Renderer.standard();
  private static final Renderer UNCHECKED = Renderer.builder().validation(false).build();

  @FuzzTest(maxDuration = "15m")
  void rendersOrRefusesTheBase(FuzzedDataProvider data) {
    Renderer renderer = data.consumeBoolean() ? VALIDATING : UNCHECKED;
    RenderRequest request =
        RenderRequest.builder(DECLARATION.composition())
            .options(DECLARATION.options())
            .declarationPositions(DECLARATION.sourceMap())
            .baseManifest(data.consumeRemainingAsString(), "base.yaml")
            .build();
    RenderResult result;
    try {
      result = renderer.render(request);
    } catch (ManifestReadException refused) {
      assertThat(refused.getMessage()).startsWith("base.yaml");
      return;
    } catch (MergeConflictException conflict) {
      assertThat(renderer).isSameAs(UNCHECKED);
      assertThat(conflict.conflicts()).isNotEmpty();
      return;
    }
    assertThat(result.report().byRule("VALIDATOR_INTERNAL_ERROR")).isEmpty();
    if (result.report().byRule("MERGE_CONFLICT").isEmpty()) {
      assertThat(result.spec()).isNotNull();
    }
    RenderResult again = renderer.render(request);
    assertThat(again.spec()).isEqualTo(result.spec());
    assertThat(again.report()).isEqualTo(result.report());
  }
}
