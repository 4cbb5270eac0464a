package dev.podwright.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.podwright.io.ManifestReader;
import dev.podwright.io.PodSpecWriter;
import dev.podwright.validation.composition.CompositionValidator;
import dev.podwright.validation.report.ValidationReport;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.util.Yaml;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PodsTest {

  private static final YAMLMapper TREES = new YAMLMapper();

  @Test
  void handBuiltPodIsTheTypicalPod() {
    V1PodSpec spec = Pods.handBuilt();

    assertThat(spec.getContainers()).extracting(V1Container::getName).containsExactly("checkout");
    assertThat(spec.getInitContainers())
        .extracting(V1Container::getName, V1Container::getRestartPolicy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("log-shipper", "Always"),
            org.assertj.core.groups.Tuple.tuple("envoy", "Always"),
            org.assertj.core.groups.Tuple.tuple("statsd-exporter", "Always"));
    assertThat(spec.getVolumes()).hasSize(4);
    V1Volume cache = spec.getVolumes().get(0);
    assertThat(cache.getEmptyDir().getMedium()).isEqualTo("Memory");
    assertThat(spec.getVolumes().get(1).getConfigMap()).isNotNull();
    assertThat(spec.getVolumes().get(2).getSecret()).isNotNull();
    assertThat(spec.getVolumes().get(3).getPersistentVolumeClaim()).isNotNull();
    assertThat(allContainers(spec).mapToInt(c -> c.getEnv().size()).sum()).isEqualTo(12);
    assertThat(allContainers(spec))
        .allSatisfy(
            container -> {
              assertThat(container.getPorts()).isNotEmpty();
              assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
              assertThat(container.getVolumeMounts()).isNotEmpty();
            });
  }

  @Test
  void emittedSpecEqualsTheHandBuiltOne() throws Exception {
    V1PodSpec emitted = Pods.emitter().emit(Pods.composition());

    // the writer drops nulls and empty lists, where the two differ (the official models start
    // every list empty, the emitter leaves unset lists null); everything else must be identical
    assertThat(PodSpecWriter.toYaml(emitted)).isEqualTo(PodSpecWriter.toYaml(Pods.handBuilt()));
    // and through the official writer: the same tree (map order differs: the official models
    // keep resources in a HashMap, the emitter sorts them)
    assertThat(TREES.readTree(Yaml.dump(emitted)))
        .isEqualTo(TREES.readTree(Yaml.dump(canonicalOfficial(Pods.handBuilt()))));
  }

  @Test
  void podwrightYamlIsSemanticallyEqualToYamlDump() throws Exception {
    for (V1PodSpec spec :
        new V1PodSpec[] {
          Pods.emitter().emit(Pods.composition()),
          Pods.emitter().emit(Pods.composition(10)),
          Pods.handBuilt()
        }) {
      JsonNode ours = TREES.readTree(PodSpecWriter.toYaml(spec));
      JsonNode official = TREES.readTree(Yaml.dump(spec));

      assertThat(withoutEmptyObjects(official)).isEqualTo(ours);
    }
  }

  @Test
  void podwrightReadsBackWhatItWrote() {
    String yaml = PodSpecWriter.toYaml(Pods.handBuilt());

    V1PodSpec read = new ManifestReader().readPodSpec(yaml);

    assertThat(PodSpecWriter.toYaml(read)).isEqualTo(yaml);
  }

  @Test
  void typicalPodIsClean() {
    CompositionValidator.Result result = Pods.compositionValidator().validate(Pods.composition());
    ValidationReport report = Pods.validator().validate(Pods.handBuilt());

    // a clean pod: the benchmarks measure the rules, not the making of violations
    assertThat(result.report().violations()).isEmpty();
    assertThat(report.violations()).isEmpty();
  }

  @Test
  void scalingPodsHaveTheirSidecarsAndAreClean() {
    V1PodSpec spec = Pods.emitter().emit(Pods.composition(100));

    assertThat(spec.getInitContainers()).hasSize(100);
    assertThat(spec.getInitContainers().get(99).getName()).isEqualTo("agent-00099");
    assertThat(Pods.validator().validate(spec).violations()).isEmpty();
  }

  private static Stream<V1Container> allContainers(V1PodSpec spec) {
    return Stream.concat(spec.getContainers().stream(), spec.getInitContainers().stream());
  }

  /**
   * Yaml.dump keeps the empty maps the official models start with (nodeSelector, overhead); absent
   * and empty mean the same to the API server.
   */
  private static JsonNode withoutEmptyObjects(JsonNode tree) {
    JsonNode copy = tree.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node.isObject()) {
      var object = (com.fasterxml.jackson.databind.node.ObjectNode) node;
      object
          .properties()
          .removeIf(entry -> entry.getValue().isObject() && entry.getValue().isEmpty());
      object.forEach(PodsTest::strip);
    } else if (node.isArray()) {
      node.forEach(PodsTest::strip);
    }
  }

  /** The hand-built spec with the empty maps the official models start with set to null. */
  private static V1PodSpec canonicalOfficial(V1PodSpec spec) {
    return spec.nodeSelector(null).overhead(null);
  }
}
