package dev.podwright.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PodSpecWriterTest {

  @Test
  void mapInsertionOrderDoesNotChangeTheOutput() {
    Map<String, String> ab = new LinkedHashMap<>();
    ab.put("a", "1");
    ab.put("b", "2");
    Map<String, String> ba = new LinkedHashMap<>();
    ba.put("b", "2");
    ba.put("a", "1");

    String first = PodSpecWriter.toYaml(spec().nodeSelector(ab));
    String second = PodSpecWriter.toYaml(spec().nodeSelector(ba));

    assertThat(first).isEqualTo(second).contains("nodeSelector:\n  a: \"1\"\n  b: \"2\"\n");
  }

  @Test
  void nullAndEmptyListsAndMapsAreLeftOutButEmptyObjectsStay() {
    V1PodSpec spec = spec().nodeSelector(Map.of()).overhead(null);
    spec.setVolumes(null);
    spec.getContainers().get(0).resources(new V1ResourceRequirements());

    assertThat(PodSpecWriter.toYaml(spec))
        .isEqualTo("containers:\n- name: app\n  image: busybox:1.36\n  resources: {}\n");
  }

  @Test
  void quantitiesAreCanonical() {
    V1PodSpec spec = spec();
    spec.getContainers()
        .get(0)
        .resources(
            new V1ResourceRequirements()
                .limits(
                    Map.of(
                        "memory", Quantity.fromString("1.5Gi"),
                        "cpu", Quantity.fromString("0.5"))));

    assertThat(PodSpecWriter.toYaml(spec)).contains("cpu: 500m\n").contains("memory: 1536Mi\n");
    assertThat(PodSpecWriter.toJson(spec))
        .contains("\"cpu\": \"500m\"")
        .contains("\"memory\": \"1536Mi\"");
  }

  @Test
  void podOutputStartsWithTypeMetaAndLeavesTheArgumentAlone() {
    V1Pod pod = new V1Pod().metadata(new V1ObjectMeta().name("p")).spec(spec());

    assertThat(PodSpecWriter.toYaml(pod))
        .startsWith("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n");
    assertThat(pod.getKind()).isNull();
    assertThat(PodSpecWriter.toJson(pod)).startsWith("{\n  \"apiVersion\": \"v1\",\n");
    assertThat(PodSpecWriter.podYaml("p", spec())).isEqualTo(PodSpecWriter.toYaml(pod));
  }

  @Test
  void onlyStreamsHaveDocumentMarkers() {
    V1Pod pod = new V1Pod().metadata(new V1ObjectMeta().name("p")).spec(spec());

    assertThat(PodSpecWriter.toYaml(pod)).doesNotContain("---");
    String stream = PodSpecWriter.toYamlStream(List.of(pod, pod));
    assertThat(stream).isEqualTo(PodSpecWriter.toYaml(pod) + "---\n" + PodSpecWriter.toYaml(pod));
    assertThat(new ManifestReader().read(stream)).hasSize(2);
  }

  @Test
  void writingAndReadingAreSafeFromManyThreads() {
    V1PodSpec spec = SampleSpecs.everyVolume();
    String expected = PodSpecWriter.toYaml(spec);
    ManifestReader reader = new ManifestReader();
    V1PodSpec canonical = ModelNormalizer.canonical(spec);

    assertThat(
            IntStream.range(0, 64)
                .parallel()
                .allMatch(
                    i ->
                        PodSpecWriter.toYaml(spec).equals(expected)
                            && reader.readPodSpec(expected).equals(canonical)))
        .isTrue();
  }

  private static V1PodSpec spec() {
    return new V1PodSpec().containers(List.of(new V1Container().name("app").image("busybox:1.36")));
  }
}
