package dev.podwright.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.io.ManifestReader;
import dev.podwright.io.PodSpecWriter;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1LimitRangeItem;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1Volume;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KubernetesModelsTest {

  private static V1PodSpec populatedSpec() {
    return new ModelSamples("orig", 8).fill(V1PodSpec.class);
  }

  @Test
  void fieldsAreEveryPrivateFieldWithAccessors() {
    List<String> names = new ArrayList<>();
    for (ModelField field : KubernetesModels.fields(V1Container.class)) {
      names.add(field.name());
    }
    List<String> declared = new ArrayList<>();
    for (Field field : V1Container.class.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        declared.add(field.getName());
      }
    }
    assertThat(names)
        .containsExactlyElementsOf(declared)
        .contains("tty", "stdin", "stdinOnce", "terminationMessagePath", "volumeDevices")
        .doesNotContain("openapiFields", "SERIALIZED_NAME_TTY");
    assertThat(KubernetesModels.fields(V1LimitRangeItem.class))
        .anySatisfy(
            field -> {
              assertThat(field.name()).isEqualTo("_default");
              assertThat(field.jsonName()).isEqualTo("default");
            });
    assertThatThrownBy(() -> KubernetesModels.fields(String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String is not a Kubernetes model");
  }

  @Test
  void deepCopyEqualsAndSharesNoMutableObject() {
    V1PodSpec original = populatedSpec();
    V1PodSpec before = populatedSpec();
    V1PodSpec copy = KubernetesModels.deepCopy(original);

    assertThat(copy).isEqualTo(original).isNotSameAs(original);
    Set<Object> originals = Collections.newSetFromMap(new IdentityHashMap<>());
    collectMutable(original, originals);
    Set<Object> copies = Collections.newSetFromMap(new IdentityHashMap<>());
    collectMutable(copy, copies);
    assertThat(originals).hasSizeGreaterThan(400);
    assertThat(copies).hasSameSizeAs(originals);
    List<Object> shared = new ArrayList<>();
    for (Object object : copies) {
      if (originals.contains(object)) {
        shared.add(object);
      }
    }
    assertThat(shared).as("objects shared by identity").isEmpty();

    copy.getContainers().get(0).setImage("changed");
    copy.getContainers().get(0).getEnv().add(new V1EnvVar().name("ADDED"));
    copy.getContainers().get(0).getResources().getLimits().put("cpu", Quantity.fromString("9"));
    copy.getVolumes().clear();
    assertThat(original).isEqualTo(before);
  }

  /** Every list, map, array and model object reachable from the value, by identity. */
  private static void collectMutable(Object value, Set<Object> into) {
    if (value == null || KubernetesModels.isImmutable(value) || !into.add(value)) {
      return;
    }
    if (value instanceof List<?> list) {
      list.forEach(element -> collectMutable(element, into));
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(element -> collectMutable(element, into));
    } else if (KubernetesModels.isModel(value.getClass())) {
      for (ModelField field : KubernetesModels.fields(value.getClass())) {
        collectMutable(field.get(value), into);
      }
    }
  }

  @Test
  void deepCopyKeepsNullAndEmptyListsApart() {
    V1Container container = new V1Container().name("app");
    container.setCommand(null);

    V1Container copy = KubernetesModels.deepCopy(container);

    assertThat(copy.getCommand()).isNull();
    assertThat(copy.getEnv()).isNotNull().isEmpty();
    assertThat(copy).isEqualTo(container);
    assertThat(KubernetesModels.deepCopy((V1Container) null)).isNull();
  }

  @Test
  void deepCopyKeepsMapOrderAndSharesImmutables() {
    Map<String, Quantity> limits = new LinkedHashMap<>();
    limits.put("memory", Quantity.fromString("1Gi"));
    limits.put("cpu", Quantity.fromString("500m"));
    V1Container container =
        new V1Container()
            .resources(new V1ResourceRequirements().limits(limits))
            .ports(List.of(new V1ContainerPort().containerPort(80)));

    V1Container copy = KubernetesModels.deepCopy(container);

    assertThat(copy.getResources().getLimits().keySet()).containsExactly("memory", "cpu");
    assertThat(copy.getResources().getLimits().get("cpu")).isSameAs(limits.get("cpu"));
    copy.getPorts().add(new V1ContainerPort().containerPort(81));
    assertThat(container.getPorts()).hasSize(1);
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void unknownTypesAreRefusedNamingTheClass() {
    V1PodSpec spec = new V1PodSpec();
    ((List) spec.getContainers()).add(new StringBuilder("not a model"));

    assertThatThrownBy(() -> KubernetesModels.deepCopy(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.StringBuilder is not a Kubernetes model");
    assertThatThrownBy(() -> KubernetesModels.canonicalCopy(new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Object");
    assertThatThrownBy(() -> KubernetesModels.canonicalize(new ArrayList<>()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("canonicalCopy");
  }

  @Test
  void cyclesAreRefusedNotOverflowed() {
    Map<String, Object> cycle = new LinkedHashMap<>();
    cycle.put("self", cycle);
    List<Object> list = new ArrayList<>();
    list.add(list);

    assertThatThrownBy(() -> KubernetesModels.deepCopy(list))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deeper than");
    assertThatThrownBy(() -> KubernetesModels.deepCopy(cycle))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deeper than");
  }

  @Test
  void canonicalizeTurnsEmptyListsAndMapsIntoNull() {
    V1Container container =
        new V1Container()
            .name("app")
            .resources(
                new V1ResourceRequirements()
                    .claims(new ArrayList<>())
                    .limits(new LinkedHashMap<>())
                    .requests(Map.of("cpu", Quantity.fromString("0.5"))));

    V1Container same = KubernetesModels.canonicalize(container);

    assertThat(same).isSameAs(container);
    assertThat(container.getEnv()).isNull();
    assertThat(container.getCommand()).isNull();
    assertThat(container.getResources().getClaims()).isNull();
    assertThat(container.getResources().getLimits()).isNull();
    assertThat(container.getResources().getRequests().get("cpu").toSuffixedString())
        .isEqualTo("500m");
    assertThat(container.getName()).isEqualTo("app");
  }

  @Test
  void canonicalCopyLeavesTheArgumentAndKeepsEmptyObjects() {
    V1Volume volume = new V1Volume().name("scratch").emptyDir(new V1EmptyDirVolumeSource());
    V1Container container = new V1Container().name("app").env(new ArrayList<>());

    V1Volume canonicalVolume = KubernetesModels.canonicalCopy(volume);
    V1Container canonicalContainer = KubernetesModels.canonicalCopy(container);

    assertThat(canonicalVolume.getEmptyDir()).isEqualTo(new V1EmptyDirVolumeSource());
    assertThat(canonicalContainer.getEnv()).isNull();
    assertThat(container.getEnv()).isNotNull().isEmpty();
    assertThat(KubernetesModels.canonicalCopy(List.of())).isNull();
  }

  @Test
  void aCanonicalSpecEqualsTheSameSpecReadBack() {
    V1PodSpec spec =
        new V1PodSpec()
            .containers(
                List.of(
                    new V1Container()
                        .name("app")
                        .image("app:1")
                        .env(List.of(new V1EnvVar().name("A").value("")))
                        .ports(
                            List.of(
                                new V1ContainerPort()
                                    .containerPort(8080)
                                    .hostPort(null)
                                    .name("http")))
                        .resources(
                            new V1ResourceRequirements()
                                .claims(new ArrayList<>())
                                .limits(new LinkedHashMap<>())
                                .requests(
                                    Map.of(
                                        "cpu", Quantity.fromString("0.5"),
                                        "memory", Quantity.fromString("1024Mi"))))))
            .volumes(
                List.of(new V1Volume().name("scratch").emptyDir(new V1EmptyDirVolumeSource())));

    V1PodSpec canonical = KubernetesModels.canonicalCopy(spec);
    V1PodSpec readBack = new ManifestReader().readPodSpec(PodSpecWriter.toYaml(spec));

    assertThat(canonical).isEqualTo(readBack).isNotEqualTo(spec);
    assertThat(KubernetesModels.canonicalCopy(populatedSpec()))
        .isEqualTo(new ManifestReader().readPodSpec(PodSpecWriter.toYaml(populatedSpec())));
  }

  @Test
  void sameMeaningComparesQuantitiesByValueAndUnsetAlike() {
    assertThat(
            KubernetesModels.sameMeaning(Quantity.fromString("0.5"), Quantity.fromString("500m")))
        .isTrue();
    assertThat(
            KubernetesModels.sameMeaning(Quantity.fromString("1Gi"), Quantity.fromString("1024Mi")))
        .isTrue();
    assertThat(KubernetesModels.sameMeaning(Quantity.fromString("1Gi"), Quantity.fromString("1G")))
        .isFalse();
    assertThat(KubernetesModels.sameMeaning(new V1Container(), new V1Container().env(null)))
        .isTrue();
    assertThat(
            KubernetesModels.sameMeaning(
                new V1ResourceRequirements().limits(Map.of("cpu", Quantity.fromString("1"))),
                new V1ResourceRequirements().limits(Map.of("cpu", Quantity.fromString("1000m")))))
        .isTrue();
    assertThat(
            KubernetesModels.sameMeaning(
                new V1Container().name("a"), new V1Container().name("a").tty(true)))
        .isFalse();
    assertThat(KubernetesModels.sameMeaning(new IntOrString(80), new IntOrString("80"))).isFalse();
  }

  @Test
  void describeIsCompactAndBounded() {
    V1EnvVar env = new V1EnvVar().name("LOG_LEVEL").value("debug");
    assertThat(KubernetesModels.describe(env, 200))
        .isEqualTo("{name: \"LOG_LEVEL\", value: \"debug\"}");
    assertThat(KubernetesModels.describe(List.of("sh", "-c"), 200)).isEqualTo("[\"sh\", \"-c\"]");
    assertThat(KubernetesModels.describe(Quantity.fromString("0.5"), 200)).isEqualTo("500m");
    assertThat(KubernetesModels.describe(populatedSpec(), 100)).hasSize(100).endsWith("…");
  }
}
