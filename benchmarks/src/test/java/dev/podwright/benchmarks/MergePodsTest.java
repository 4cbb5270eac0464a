package dev.podwright.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.io.PodSpecWriter;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.Violation;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import org.junit.jupiter.api.Test;

class MergePodsTest {

  @Test
  void theBaseIsRealistic() {
    V1PodSpec base = MergePods.base().spec();

    assertThat(base.getContainers()).hasSize(3);
    assertThat(base.getInitContainers()).hasSize(2);
    assertThat(base.getVolumes()).hasSize(6);
  }

  @Test
  void emittedMergedSpecEqualsTheHandBuiltOne() {
    V1PodSpec emitted =
        MergePods.emitter().emission(MergePods.composition(), MergePods.base()).spec();

    assertThat(PodSpecWriter.toYaml(emitted))
        .isEqualTo(PodSpecWriter.toYaml(MergePods.handBuilt()));
    assertThat(emitted.getInitContainers())
        .extracting(V1Container::getName)
        .containsExactly("setup", "migrate", "mesh-proxy", "fetch-model");
  }

  @Test
  void theMergedSpecIsValid() {
    V1PodSpec emitted =
        MergePods.emitter().emission(MergePods.composition(), MergePods.base()).spec();

    assertThat(Pods.validator().validate(emitted).violations())
        .filteredOn(v -> v.severity() == Severity.ERROR)
        .extracting(Violation::ruleId)
        .isEmpty();
  }
}
