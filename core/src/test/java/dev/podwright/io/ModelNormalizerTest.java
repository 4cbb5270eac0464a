package dev.podwright.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelNormalizerTest {

  @Test
  void emptyListsAndMapsBecomeNullAtEveryDepth() {
    V1PodSpec spec =
        new V1PodSpec()
            .containers(
                List.of(
                    new V1Container()
                        .name("a")
                        .env(new ArrayList<>())
                        .resources(new V1ResourceRequirements().limits(new HashMap<>()))))
            .nodeSelector(new HashMap<>());

    V1PodSpec canonical = ModelNormalizer.canonical(spec);

    assertThat(canonical.getVolumes()).isNull();
    assertThat(canonical.getNodeSelector()).isNull();
    assertThat(canonical.getContainers().get(0).getEnv()).isNull();
    assertThat(canonical.getContainers().get(0).getArgs()).isNull();
    assertThat(canonical.getContainers().get(0).getResources().getLimits()).isNull();
    assertThat(canonical.getContainers().get(0).getResources()).isNotNull();
    assertThat(spec.getVolumes()).isEmpty();
    assertThat(spec.getNodeSelector()).isEmpty();
  }

  @Test
  void nullAndEmptyMeanTheSameAfterNormalizing() {
    V1PodSpec withEmpty = new V1PodSpec().containers(List.of(new V1Container().name("a")));
    V1PodSpec withNull = new V1PodSpec().containers(List.of(new V1Container().name("a")));
    withNull.setVolumes(null);
    withNull.getContainers().get(0).setEnv(null);

    assertThat(withEmpty).isNotEqualTo(withNull);
    assertThat(ModelNormalizer.canonical(withEmpty)).isEqualTo(ModelNormalizer.canonical(withNull));
    assertThat(ModelNormalizer.sameMeaning(withEmpty, withNull)).isTrue();
    assertThat(ModelNormalizer.sameMeaning(withEmpty, new V1PodSpec())).isFalse();
  }

  @Test
  void quantitiesTakeCanonicalFormAndEmptyStringsStay() {
    V1PodSpec spec =
        new V1PodSpec()
            .containers(
                List.of(
                    new V1Container()
                        .name("a")
                        .env(List.of(new V1EnvVar().name("E").value("")))
                        .resources(
                            new V1ResourceRequirements()
                                .limits(Map.of("memory", Quantity.fromString("1.5Gi"))))));

    V1Container container = ModelNormalizer.canonical(spec).getContainers().get(0);

    assertThat(container.getEnv().get(0).getValue()).isEmpty();
    assertThat(container.getResources().getLimits().get("memory").toSuffixedString())
        .isEqualTo(Quantity.fromString("1536Mi").toSuffixedString());
    assertThat(ModelNormalizer.canonical((V1PodSpec) null)).isNull();
  }

  @Test
  void copiesKeepNullsAndEmptyStringsExactly() {
    V1PodSpec spec = new V1PodSpec().containers(List.of(new V1Container().name("a")));
    spec.setVolumes(null);
    spec.getContainers().get(0).setEnv(List.of(new V1EnvVar().name("E").value("")));

    assertThat(ModelCopies.deepCopy(spec)).isEqualTo(spec);
  }
}
