package dev.podwright.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.io.PodSpecWriter;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSelector;
import dev.podwright.model.EnvFrom;
import dev.podwright.model.Injection;
import dev.podwright.model.Owner;
import dev.podwright.model.Placement;
import dev.podwright.model.Precedence;
import dev.podwright.model.Resources;
import dev.podwright.model.Sidecar;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Injection into the host's containers, with each precedence. */
class InjectionTest {

  /** Two app containers (one sets DAPR_HTTP_PORT itself), one init container. */
  private static V1PodSpec appPod() {
    V1PodSpec base = new V1PodSpec();
    base.setInitContainers(
        new ArrayList<>(List.of(new V1Container().name("migrate").image("app:1"))));
    base.setContainers(
        new ArrayList<>(
            List.of(
                new V1Container()
                    .name("web")
                    .image("web:1")
                    .env(
                        new ArrayList<>(
                            List.of(new V1EnvVar().name("DAPR_HTTP_PORT").value("9999")))),
                new V1Container().name("worker").image("worker:1"))));
    return base;
  }

  private static Composition dapr(Precedence precedence) {
    return Composition.builder()
        .sidecar(
            Sidecar.builder("daprd")
                .image("daprio/daprd:1.15")
                .owner(Owner.PLATFORM)
                .placement(Placement.AFTER_HOST_INIT_CONTAINERS)
                .volumeMount(VolumeMount.of("dapr-unix-domain-socket", "/var/run/dapr-sockets"))
                .build())
        .volume(Volume.emptyDir("dapr-unix-domain-socket").inMemory())
        .inject(
            Injection.into(ContainerSelector.allAppContainers())
                .env("DAPR_HTTP_PORT", "3500")
                .env("DAPR_GRPC_PORT", "50001")
                .volumeMount(VolumeMount.of("dapr-unix-domain-socket", "/var/run/dapr-sockets"))
                .precedence(precedence)
                .build())
        .build();
  }

  @Test
  void keepExistingAddsToEveryAppContainerAndKeepsTheUsersValue() {
    Emission emission =
        PodSpecEmitter.standard().emission(dapr(Precedence.KEEP_EXISTING), BaseSpec.of(appPod()));

    assertThat(PodSpecWriter.toYaml(emission.spec()))
        .isEqualTo(
            """
            containers:
            - name: web
              env:
              - name: DAPR_HTTP_PORT
                value: "9999"
              - name: DAPR_GRPC_PORT
                value: "50001"
              image: web:1
              volumeMounts:
              - name: dapr-unix-domain-socket
                mountPath: /var/run/dapr-sockets
            - name: worker
              env:
              - name: DAPR_HTTP_PORT
                value: "3500"
              - name: DAPR_GRPC_PORT
                value: "50001"
              image: worker:1
              volumeMounts:
              - name: dapr-unix-domain-socket
                mountPath: /var/run/dapr-sockets
            initContainers:
            - name: migrate
              image: app:1
            - name: daprd
              image: daprio/daprd:1.15
              restartPolicy: Always
              volumeMounts:
              - name: dapr-unix-domain-socket
                mountPath: /var/run/dapr-sockets
            volumes:
            - name: dapr-unix-domain-socket
              emptyDir:
                medium: Memory
            """);
    assertThat(emission.provenance().collisions())
        .containsExactly(
            new Collision(
                "spec.containers[0].env[0]",
                new V1EnvVar().name("DAPR_HTTP_PORT").value("9999").toString(),
                new V1EnvVar().name("DAPR_HTTP_PORT").value("3500").toString(),
                Precedence.KEEP_EXISTING));
    Provenance provenance = emission.provenance();
    assertThat(provenance.originOf("spec.containers[0].env[0]").orElseThrow().source())
        .isEqualTo(Origin.Source.BASE_SPEC);
    assertThat(provenance.originOf("spec.containers[0].env[1]").orElseThrow())
        .isEqualTo(
            new Origin(
                "spec.containers[0].env[1]",
                Origin.Source.INJECTION,
                "injections[0].env[1]",
                Owner.PLATFORM,
                "all app containers"));
    assertThat(provenance.declarationPathOf("spec.containers[1].volumeMounts[0].mountPath"))
        .contains("injections[0].volumeMounts[0].mountPath");
    assertThat(provenance.declarationPathOf("spec.initContainers[1].image"))
        .contains("sidecars[0].image");
    assertThat(provenance.declarationPathOf("spec.initContainers[0].image")).isEmpty();
  }

  @Test
  void overrideReplacesTheUsersValue() {
    V1PodSpec spec = PodSpecEmitter.standard().emit(dapr(Precedence.OVERRIDE), appPod());

    assertThat(spec.getContainers().get(0).getEnv())
        .containsExactly(
            new V1EnvVar().name("DAPR_HTTP_PORT").value("3500"),
            new V1EnvVar().name("DAPR_GRPC_PORT").value("50001"));
  }

  @Test
  void failReportsTheCollisionAtItsPath() {
    assertThatThrownBy(() -> PodSpecEmitter.standard().emit(dapr(Precedence.FAIL), appPod()))
        .isInstanceOfSatisfying(
            MergeConflictException.class,
            e ->
                assertThat(e.conflicts())
                    .extracting(MergeConflict::path, MergeConflict::message)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "spec.containers[0].env[0]",
                            "the container already has env var DAPR_HTTP_PORT; the injection adds"
                                + " another. Drop one, or give the injection KEEP_EXISTING or"
                                + " OVERRIDE.")));
  }

  @Test
  void selectorsChooseByNameOwnerAndPredicate() {
    Composition composition =
        Composition.builder()
            .inject(Injection.into(ContainerSelector.named("migrate")).env("A", "1").build())
            .inject(
                Injection.into(ContainerSelector.ownedBy(Owner.USER))
                    .envFrom(EnvFrom.configMap("user-env"))
                    .build())
            .inject(
                Injection.into(
                        ContainerSelector.matching(
                            "worker images", target -> target.image().startsWith("worker")))
                    .resourceDefaults(Resources.builder().requestMemory("64Mi").build())
                    .precedence(Precedence.KEEP_EXISTING)
                    .build())
            .build();
    BaseSpec base = BaseSpec.of(appPod()).withOwner("web", Owner.USER);

    V1PodSpec spec = PodSpecEmitter.standard().emission(composition, base).spec();

    assertThat(PodSpecWriter.toYaml(spec))
        .isEqualTo(
            """
            containers:
            - name: web
              env:
              - name: DAPR_HTTP_PORT
                value: "9999"
              envFrom:
              - configMapRef:
                  name: user-env
              image: web:1
            - name: worker
              image: worker:1
              resources:
                requests:
                  memory: 64Mi
            initContainers:
            - name: migrate
              env:
              - name: A
                value: "1"
              image: app:1
            """);
  }

  @Test
  void theCompositionsOwnSidecarsAreNeverTargets() {
    Composition composition =
        Composition.builder()
            .sidecar(Sidecar.builder("proxy").image("p:1").build())
            .inject(Injection.into(ContainerSelector.named("proxy")).env("A", "1").build())
            .build();

    V1PodSpec spec = PodSpecEmitter.standard().emit(composition);

    assertThat(spec.getInitContainers().get(0).getEnv()).isNull();
  }

  @Test
  void anInjectedMountKeepsAnExistingMountAtThatPathUnderKeepExisting() {
    V1PodSpec base = appPod();
    base.getContainers()
        .get(1)
        .addVolumeMountsItem(new V1VolumeMount().name("mine").mountPath("/var/run/dapr-sockets"));

    V1PodSpec spec = PodSpecEmitter.standard().emit(dapr(Precedence.KEEP_EXISTING), base);

    assertThat(spec.getContainers().get(1).getVolumeMounts())
        .containsExactly(new V1VolumeMount().name("mine").mountPath("/var/run/dapr-sockets"));
  }
}
