package dev.podwright.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.kubernetes.KubernetesModels;
import dev.podwright.kubernetes.ModelField;
import dev.podwright.kubernetes.ModelSamples;
import dev.podwright.model.Precedence;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Capabilities;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1ExecAction;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelMergerTest {

  private static final String AT = "spec.containers[0]";

  private static V1Container everyField() {
    return new ModelSamples("base", 6).fill(V1Container.class);
  }

  private static V1Container small() {
    return new V1Container()
        .image("injected:2")
        .env(List.of(new V1EnvVar().name("INJECTED").value("1")))
        .volumeMounts(List.of(new V1VolumeMount().name("socket").mountPath("/var/run/injected")));
  }

  @Test
  void everyBaseFieldSurvivesASmallOverlay() {
    V1Container base = everyField();
    V1Container before = KubernetesModels.deepCopy(base);
    ModelMerger merger = new ModelMerger(Precedence.OVERRIDE);

    V1Container merged = merger.merge(AT, base, small());

    List<ModelField> fields = KubernetesModels.fields(V1Container.class);
    assertThat(fields).hasSizeGreaterThanOrEqualTo(25);
    for (ModelField field : fields) {
      assertThat(KubernetesModels.isUnset(field.get(before))).as(field.name()).isFalse();
      switch (field.name()) {
        case "image" -> assertThat(merged.getImage()).isEqualTo("injected:2");
        case "env" -> {
          List<V1EnvVar> expected = new ArrayList<>(before.getEnv());
          expected.add(new V1EnvVar().name("INJECTED").value("1"));
          assertThat(merged.getEnv()).isEqualTo(expected);
        }
        case "volumeMounts" -> {
          List<V1VolumeMount> expected = new ArrayList<>(before.getVolumeMounts());
          expected.add(new V1VolumeMount().name("socket").mountPath("/var/run/injected"));
          assertThat(merged.getVolumeMounts()).isEqualTo(expected);
        }
        default -> assertThat(field.get(merged)).as(field.name()).isEqualTo(field.get(before));
      }
    }
    assertThat(merger.collisions())
        .containsExactly(
            new Collision(
                AT + ".image",
                "\"" + before.getImage() + "\"",
                "\"injected:2\"",
                Precedence.OVERRIDE));
    assertThat(merger.conflicts()).isEmpty();
  }

  @Test
  void everyIncomingFieldLandsOnAnEmptyBase() {
    V1Container incoming = everyField();
    ModelMerger merger = new ModelMerger(Precedence.FAIL);

    V1Container merged = merger.merge(AT, new V1Container(), KubernetesModels.deepCopy(incoming));

    assertThat(merged).isEqualTo(incoming);
    assertThat(merger.collisions()).isEmpty();
  }

  @Test
  void mergingAnythingWithItselfChangesNothing() {
    V1PodSpec spec = new ModelSamples("pod", 6).fill(V1PodSpec.class);
    ModelMerger merger = new ModelMerger(Precedence.FAIL);

    V1PodSpec merged =
        merger.merge("spec", KubernetesModels.deepCopy(spec), KubernetesModels.deepCopy(spec));

    assertThat(merged).isEqualTo(spec);
    assertThat(merger.collisions()).isEmpty();
  }

  @Test
  void failRecordsAConflictAndKeepsTheBase() {
    V1Container base = new V1Container().name("app").image("app:1").tty(true);
    ModelMerger merger = new ModelMerger(Precedence.FAIL);

    V1Container merged = merger.merge(AT, base, new V1Container().image("app:2").stdin(true));

    assertThat(merged.getImage()).isEqualTo("app:1");
    assertThat(merged.getStdin()).isTrue();
    assertThat(merged.getTty()).isTrue();
    assertThat(merger.conflicts())
        .singleElement()
        .satisfies(
            conflict -> {
              assertThat(conflict.path()).isEqualTo(AT + ".image");
              assertThat(conflict.existing()).isEqualTo("\"app:1\"");
              assertThat(conflict.incoming()).isEqualTo("\"app:2\"");
              assertThat(conflict.message())
                  .isEqualTo(
                      "set to \"app:1\" and to \"app:2\"; set it in one place only, or choose"
                          + " Precedence.OVERRIDE (the incoming value wins) or"
                          + " Precedence.KEEP_EXISTING (the existing value is kept).");
            });
    assertThat(merger.collisions())
        .singleElement()
        .satisfies(
            collision -> {
              assertThat(collision.precedence()).isEqualTo(Precedence.FAIL);
              assertThat(collision.incomingWins()).isFalse();
              assertThat(collision.held()).isEqualTo("\"app:1\"");
            });
  }

  @Test
  void keepExistingAddsOnlyWhereNothingIsSet() {
    V1Container base =
        new V1Container()
            .name("app")
            .env(List.of(new V1EnvVar().name("LOG").value("debug")))
            .resources(new V1ResourceRequirements().requests(Map.of("cpu", q("250m"))));
    V1Container incoming =
        new V1Container()
            .env(
                List.of(
                    new V1EnvVar().name("LOG").value("info"),
                    new V1EnvVar().name("DAPR_PORT").value("3500")))
            .resources(
                new V1ResourceRequirements()
                    .requests(Map.of("cpu", q("100m"), "memory", q("128Mi"))));
    ModelMerger merger = new ModelMerger(Precedence.KEEP_EXISTING);

    V1Container merged = merger.merge(AT, base, incoming);

    assertThat(merged.getEnv())
        .containsExactly(
            new V1EnvVar().name("LOG").value("debug"),
            new V1EnvVar().name("DAPR_PORT").value("3500"));
    assertThat(merged.getResources().getRequests())
        .containsExactly(Map.entry("cpu", q("250m")), Map.entry("memory", q("128Mi")));
    assertThat(merger.conflicts()).isEmpty();
    assertThat(merger.collisions())
        .extracting(Collision::path, Collision::held)
        .containsExactly(
            tuple(AT + ".env[0]", "{name: \"LOG\", value: \"debug\"}"),
            tuple(AT + ".resources.requests[cpu]", "250m"));
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }

  @Test
  void overrideReplacesKeyedEntriesWhole() {
    V1Container base =
        new V1Container()
            .name("app")
            .ports(
                List.of(
                    new V1ContainerPort().containerPort(8080).name("http").hostPort(18080),
                    new V1ContainerPort().containerPort(9090)));
    V1Container incoming =
        new V1Container()
            .ports(
                List.of(
                    new V1ContainerPort().containerPort(8080).protocol("TCP").name("web"),
                    new V1ContainerPort().containerPort(8080).protocol("UDP")));
    ModelMerger merger = new ModelMerger(Precedence.OVERRIDE);

    V1Container merged = merger.merge(AT, base, incoming);

    assertThat(merged.getPorts())
        .containsExactly(
            new V1ContainerPort().containerPort(8080).protocol("TCP").name("web"),
            new V1ContainerPort().containerPort(9090),
            new V1ContainerPort().containerPort(8080).protocol("UDP"));
    assertThat(merger.collisions())
        .singleElement()
        .satisfies(
            collision -> {
              assertThat(collision.path()).isEqualTo(AT + ".ports[0]");
              assertThat(collision.existing())
                  .isEqualTo("{containerPort: 8080, hostPort: 18080, name: \"http\"}");
              assertThat(collision.held()).isEqualTo(collision.incoming());
            });
  }

  @Test
  void keyedConflictsNameTheKey() {
    V1Container base = new V1Container().env(List.of(new V1EnvVar().name("A").value("1")));
    ModelMerger merger = new ModelMerger(Precedence.FAIL);

    merger.merge(AT, base, new V1Container().env(List.of(new V1EnvVar().name("A").value("2"))));

    assertThat(merger.conflicts())
        .extracting(MergeConflict::toString)
        .containsExactly(
            AT
                + ".env[0]: env by name: \"A\" is defined twice, as {name: \"A\", value: \"1\"}"
                + " and as {name: \"A\", value: \"2\"}; set it in one place only, or choose"
                + " Precedence.OVERRIDE (the incoming value wins) or Precedence.KEEP_EXISTING"
                + " (the existing value is kept).");
  }

  @Test
  void quantitiesAreComparedByValue() {
    V1Container base =
        new V1Container()
            .resources(
                new V1ResourceRequirements()
                    .requests(Map.of("cpu", q("0.5"), "memory", q("1Gi")))
                    .limits(Map.of("cpu", q("1"))));
    V1Container incoming =
        new V1Container()
            .resources(
                new V1ResourceRequirements()
                    .requests(Map.of("cpu", q("500m"), "memory", q("1024Mi")))
                    .limits(Map.of("cpu", q("1000m"), "memory", q("2Gi"))));
    ModelMerger merger = new ModelMerger(Precedence.FAIL);

    V1Container merged = merger.merge(AT, base, incoming);

    assertThat(merger.collisions()).isEmpty();
    assertThat(merged.getResources().getRequests())
        .isEqualTo(Map.of("cpu", q("0.5"), "memory", q("1Gi")));
    assertThat(merged.getResources().getLimits())
        .isEqualTo(Map.of("cpu", q("1"), "memory", q("2Gi")));

    merger.merge(
        AT,
        merged,
        new V1Container()
            .resources(new V1ResourceRequirements().requests(Map.of("cpu", q("600m")))));
    assertThat(merger.conflicts())
        .extracting(MergeConflict::path, MergeConflict::existing, MergeConflict::incoming)
        .containsExactly(tuple(AT + ".resources.requests[cpu]", "500m", "600m"));
  }

  @Test
  void atomicValuesCollideWholeAndNestedObjectsMergeFieldByField() {
    V1Container base =
        new V1Container()
            .readinessProbe(new V1Probe().exec(new V1ExecAction().command(List.of("true"))))
            .securityContext(
                new V1SecurityContext()
                    .runAsUser(1000L)
                    .capabilities(new V1Capabilities().add(List.of("NET_ADMIN"))))
            .command(List.of("app", "--serve"));
    V1Container incoming =
        new V1Container()
            .readinessProbe(
                new V1Probe()
                    .httpGet(new V1HTTPGetAction().path("/ready").port(new IntOrString(8080)))
                    .periodSeconds(5))
            .securityContext(
                new V1SecurityContext()
                    .readOnlyRootFilesystem(true)
                    .capabilities(new V1Capabilities().add(List.of("SYS_TIME"))))
            .command(List.of("app"));
    ModelMerger merger = new ModelMerger(Precedence.OVERRIDE);

    V1Container merged = merger.merge(AT, base, KubernetesModels.deepCopy(incoming));

    assertThat(merged.getReadinessProbe()).isEqualTo(incoming.getReadinessProbe());
    assertThat(merged.getReadinessProbe().getExec()).isNull();
    assertThat(merged.getSecurityContext().getRunAsUser()).isEqualTo(1000L);
    assertThat(merged.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(merged.getSecurityContext().getCapabilities().getAdd()).containsExactly("SYS_TIME");
    assertThat(merged.getCommand()).containsExactly("app");
    assertThat(merger.collisions())
        .extracting(Collision::path)
        .containsExactly(
            AT + ".command", AT + ".readinessProbe", AT + ".securityContext.capabilities.add");
  }

  @Test
  void podLevelListsAndAtomicMaps() {
    V1PodSpec base =
        new V1PodSpec()
            .nodeSelector(Map.of("zone", "a"))
            .volumes(List.of(new V1Volume().name("data").emptyDir(new V1EmptyDirVolumeSource())))
            .containers(List.of(new V1Container().name("app").image("app:1")));
    V1PodSpec incoming =
        new V1PodSpec()
            .nodeSelector(Map.of("disk", "ssd"))
            .volumes(
                List.of(
                    new V1Volume()
                        .name("data")
                        .emptyDir(new V1EmptyDirVolumeSource().sizeLimit(q("1Gi"))),
                    new V1Volume().name("cache").emptyDir(new V1EmptyDirVolumeSource())))
            .containers(List.of(new V1Container().name("app").image("app:1")));
    ModelMerger merger = new ModelMerger(Precedence.KEEP_EXISTING);

    V1PodSpec merged = merger.merge("spec", base, incoming);

    assertThat(merged.getNodeSelector()).isEqualTo(Map.of("zone", "a"));
    assertThat(merged.getVolumes()).extracting(V1Volume::getName).containsExactly("data", "cache");
    assertThat(merged.getVolumes().get(0).getEmptyDir().getSizeLimit()).isNull();
    assertThat(merged.getContainers()).hasSize(1);
    assertThat(merger.collisions())
        .extracting(Collision::path)
        .containsExactly("spec.nodeSelector", "spec.volumes[0]");
  }

  @Test
  void nullElementsAndUnkeyedEntriesDoNotBreakTheMerge() {
    V1Container base =
        new V1Container().env(new ArrayList<>(Arrays.asList(null, new V1EnvVar().name("A"))));
    V1Container incoming =
        new V1Container()
            .env(
                new ArrayList<>(
                    Arrays.asList(
                        null, new V1EnvVar().value("no name"), new V1EnvVar().name("B"))));
    ModelMerger merger = new ModelMerger(Precedence.FAIL);

    V1Container merged = merger.merge(AT, base, incoming);

    assertThat(merged.getEnv())
        .containsExactly(
            null,
            new V1EnvVar().name("A"),
            new V1EnvVar().value("no name"),
            new V1EnvVar().name("B"));
    assertThat(merger.collisions()).isEmpty();
    assertThat(new ModelMerger(Precedence.FAIL).merge(AT, null, incoming)).isSameAs(incoming);
    assertThat(new ModelMerger(Precedence.FAIL).merge(AT, base, (V1Container) null)).isSameAs(base);
  }

  @Test
  void mapsMergeKeyByKeyInOrder() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("app", "web");
    V1PodSpec base = new V1PodSpec().overhead(Map.of("cpu", q("10m")));
    V1PodSpec incoming = new V1PodSpec().overhead(Map.of("memory", q("1Mi")));
    ModelMerger merger = new ModelMerger(Precedence.FAIL);

    V1PodSpec merged = merger.merge("spec", base, incoming);

    assertThat(merged.getOverhead()).isEqualTo(Map.of("cpu", q("10m"), "memory", q("1Mi")));
    assertThat(merger.collisions()).isEmpty();
  }

  private static Quantity q(String text) {
    return Quantity.fromString(text);
  }
}
