package dev.podwright.io.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.podwright.io.ManifestReader;
import dev.podwright.io.ReadException;
import dev.podwright.io.ReadLimits;
import dev.podwright.io.SourcePosition;
import dev.podwright.io.declaration.DeclarationReadException.Reason;
import dev.podwright.model.Sidecar;
import dev.podwright.model.Volume;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The public reading toolkit a host's own platform adapter is written with. */
class ReadingToolkitTest {

  private static final SourceDocument.Parsers PARSERS =
      new SourceDocument.Parsers(ReadLimits.defaults());

  private static final String ALGORITHM =
      """
      name: my-algo
      cpu: 0.50
      sideCars:
        - container:
            name: mycar
            image: httpd:2.4
            restartPolicy: Always
          volumeMounts:
            - {name: shared, mountPath: /shared}
      volumes:
        - {name: shared, emptyDir: {}}
      """;

  @Test
  void anAdapterWalksTheDocumentAndBindsKubernetesFragments() {
    SourceDocument document = PARSERS.read(ALGORITHM, "algorithm.yaml");
    Node top = document.top().object().rejectNearMisses(List.of("name", "sideCars"), Set.of());

    assertThat(document.file()).isEqualTo("algorithm.yaml");
    assertThat(top.field("name").requiredText()).isEqualTo("my-algo");
    assertThat(top.field("cpu").decimal()).isEqualByComparingTo(new BigDecimal("0.50"));
    assertThat(top.field("cpu").isScalar()).isTrue();
    assertThat(top.field("cpu").position()).isEqualTo(new SourcePosition(2, 6));
    Node entry = top.field("sideCars").elements().get(0).object();
    assertThat(entry.path().toString()).isEqualTo("sideCars[0]");
    assertThat(entry.isMap()).isTrue();

    V1Container container = KubernetesFragments.container(entry.field("container"));
    Sidecar sidecar = KubernetesFragments.sidecar(container);
    V1VolumeMount mount =
        KubernetesFragments.read(
            entry.field("volumeMounts").elements().get(0), V1VolumeMount.class);
    Volume volume = KubernetesFragments.volume(top.field("volumes").elements().get(0));

    assertThat(sidecar.name()).isEqualTo("mycar");
    assertThat(sidecar.spec().image()).isEqualTo("httpd:2.4");
    assertThat(container.getRestartPolicy())
        .as("the caller's container is left alone")
        .isEqualTo("Always");
    assertThat(mount).isEqualTo(new V1VolumeMount().name("shared").mountPath("/shared"));
    assertThat(volume).isEqualTo(Volume.emptyDir("shared"));
    assertThat(KubernetesFragments.quantity(top.field("cpu"))).isEqualTo(new Quantity("0.50"));
  }

  @Test
  void everyRefusalPointsIntoTheFile() {
    Node top = PARSERS.read(ALGORITHM, "algorithm.yaml").top().object();

    DeclarationReadException typo =
        catchThrowableOfType(
            () -> top.rejectNearMisses(List.of("name", "sidecars"), Set.of("cpu", "volumes")),
            DeclarationReadException.class);
    assertThat(typo.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
    assertThat(typo.path()).isEqualTo("sideCars");
    assertThat(typo.position()).isEqualTo(new SourcePosition(3, 1));
    assertThat(typo.suggestions()).containsExactly("sidecars");

    DeclarationReadException notANumber =
        catchThrowableOfType(() -> top.field("name").decimal(), DeclarationReadException.class);
    assertThat(notANumber.getMessage())
        .isEqualTo("algorithm.yaml:1:7: name: expected a number but found the string \"my-algo\"");

    DeclarationReadException missing =
        catchThrowableOfType(
            () -> top.field("entryPoint").requiredText(), DeclarationReadException.class);
    assertThat(missing.reason()).isEqualTo(Reason.MISSING_FIELD);
    assertThat(missing.path()).isEqualTo("entryPoint");

    DeclarationReadException unknownInFragment =
        catchThrowableOfType(
            () ->
                KubernetesFragments.read(
                    PARSERS.read("{name: a, mountpath: /x}", "m.yaml").top(), V1VolumeMount.class),
            DeclarationReadException.class);
    assertThat(unknownInFragment.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
    assertThat(unknownInFragment.path()).isEqualTo("mountpath");
    assertThat(unknownInFragment.suggestions()).containsExactly("mountPath");
  }

  @Test
  void bothReadersRefuseWithTheOneReadExceptionBase() {
    String tooDeep = "a: {b: {c: {d: {e: 1}}}}\n";
    ReadLimits shallow = ReadLimits.defaults().withMaxNestingDepth(3);

    ReadException declaration =
        catchThrowableOfType(
            () -> new SourceDocument.Parsers(shallow).read(tooDeep, "d.yaml"), ReadException.class);
    ReadException manifest =
        catchThrowableOfType(
            () -> new ManifestReader(shallow).read(tooDeep, "m.yaml"), ReadException.class);

    assertThat(declaration).isInstanceOf(DeclarationReadException.class);
    assertThat(List.of(declaration.path(), manifest.path())).containsOnly("a.b.c");
    assertThat(List.of(declaration.detail(), manifest.detail()))
        .allSatisfy(detail -> assertThat(detail).startsWith("lists and maps nested more than 3"));
    assertThat(declaration.file()).isEqualTo("d.yaml");
    assertThat(manifest.file()).isEqualTo("m.yaml");
    assertThat(declaration.line()).isEqualTo(manifest.line()).isEqualTo(1);
    assertThat(declaration.column()).isEqualTo(manifest.column());
  }
}
