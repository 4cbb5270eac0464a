package dev.podwright.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.podwright.emit.EmitOptions;
import dev.podwright.emit.SidecarPlacement;
import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSelector;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.EnvFrom;
import dev.podwright.model.EnvVar;
import dev.podwright.model.InitContainer;
import dev.podwright.model.Injection;
import dev.podwright.model.KeyToPath;
import dev.podwright.model.Medium;
import dev.podwright.model.Owner;
import dev.podwright.model.Placement;
import dev.podwright.model.Port;
import dev.podwright.model.Precedence;
import dev.podwright.model.Probe;
import dev.podwright.model.Protocol;
import dev.podwright.model.ResourceDefaults;
import dev.podwright.model.Resources;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import dev.podwright.model.WorkloadKind;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.ArrayList;
import java.util.List;

/** Builds compositions, options and base specs from fuzzer bytes (nulls and oddities included). */
public final class FuzzCompositions {

  private static final String[] NAMES = {"app", "proxy", "logs", "cache", "a", "", "Bad_Name"};
  private static final String[] PATHS = {"/data", "/data/", "relative", "/var/log", "", "/a/../b"};

  private FuzzCompositions() {}

  static String name(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 3)) {
      case 0 -> null;
      case 1 -> data.consumeString(70);
      default -> data.pickValue(NAMES);
    };
  }

  static String path(FuzzedDataProvider data) {
    return data.consumeBoolean() ? data.pickValue(PATHS) : data.consumeString(30);
  }

  /** A composition of up to a few containers and volumes of every kind. */
  public static Composition composition(FuzzedDataProvider data) {
    Composition.Builder builder =
        Composition.builder()
            .kind(
                data.consumeBoolean()
                    ? WorkloadKind.GENERIC
                    : WorkloadKind.builder("k").noSidecars().runsToCompletion().build());
    if (data.consumeBoolean()) {
      builder.mainContainer(container(data, ContainerSpec.builder(name(data))));
    }
    int sidecars = data.consumeInt(0, 4);
    for (int i = 0; i < sidecars; i++) {
      Sidecar.Builder sidecar = Sidecar.builder(name(data));
      if (data.consumeBoolean()) {
        sidecar.startupProbe(Probe.httpGet(path(data), data.consumeInt(-1, 70000)));
      }
      if (data.consumeBoolean()) {
        sidecar.mode(data.pickValue(SidecarMode.values()));
      }
      if (data.consumeBoolean()) {
        sidecar.placement(data.pickValue(Placement.values()));
      }
      if (data.consumeBoolean()) {
        sidecar.owner(data.consumeBoolean() ? Owner.PLATFORM : Owner.of("mesh"));
      }
      builder.sidecar(container(data, sidecar));
    }
    if (data.consumeBoolean()) {
      builder.sidecar(new V1Container().name(name(data)).image(name(data)));
    }
    int inits = data.consumeInt(0, 2);
    for (int i = 0; i < inits; i++) {
      builder.initContainer(container(data, InitContainer.builder(name(data))));
    }
    int volumes = data.consumeInt(0, 4);
    for (int i = 0; i < volumes; i++) {
      builder.volume(volume(data));
    }
    switch (data.consumeInt(0, 3)) {
      case 0 -> builder.sidecarResourceDefaults(Resources.builder().requestCpu("100m").build());
      case 1 ->
          builder.resourceDefaults(
              ResourceDefaults.derived(
                      Resources.builder().requestCpu("100m").requestMemory("128Mi").build(),
                      data.consumeInt(1, 4))
                  .withPrecedence(data.pickValue(Precedence.values())));
      default -> {}
    }
    int injections = data.consumeInt(0, 2);
    for (int i = 0; i < injections; i++) {
      builder.inject(injection(data));
    }
    return builder.build();
  }

  static Injection injection(FuzzedDataProvider data) {
    ContainerSelector target =
        switch (data.consumeInt(0, 3)) {
          case 0 -> ContainerSelector.allAppContainers();
          case 1 -> ContainerSelector.named(data.pickValue(new String[] {"app", "proxy", "x"}));
          case 2 -> ContainerSelector.ownedBy(data.consumeBoolean() ? Owner.PLATFORM : Owner.USER);
          default -> ContainerSelector.matching("init containers", t -> t.initContainer());
        };
    Injection.Builder injection = Injection.into(target);
    int env = data.consumeInt(0, 3);
    for (int i = 0; i < env; i++) {
      injection.env(data.pickValue(NAMES), data.consumeString(8));
    }
    if (data.consumeBoolean()) {
      injection.envFrom(EnvFrom.configMap(data.pickValue(NAMES)));
    }
    int mounts = data.consumeInt(0, 2);
    for (int i = 0; i < mounts; i++) {
      injection.volumeMount(VolumeMount.of(data.pickValue(NAMES), path(data)));
    }
    if (data.consumeBoolean()) {
      injection.resourceDefaults(Resources.builder().requestMemory("64Mi").build());
    }
    return injection.precedence(data.pickValue(Precedence.values())).build();
  }

  private static <B extends dev.podwright.model.ContainerBuilder<B, T>, T> T container(
      FuzzedDataProvider data, B builder) {
    builder.image(data.consumeBoolean() ? null : data.consumeString(40));
    int ports = data.consumeInt(0, 3);
    for (int i = 0; i < ports; i++) {
      builder.port(
          new Port(
              data.consumeBoolean() ? null : data.consumeString(20),
              data.consumeInt(-5, 70000),
              data.consumeBoolean() ? null : data.pickValue(Protocol.values()),
              data.consumeBoolean() ? null : data.consumeInt(-5, 70000),
              null));
    }
    int env = data.consumeInt(0, 4);
    for (int i = 0; i < env; i++) {
      builder.env(
          switch (data.consumeInt(0, 4)) {
            case 0 -> EnvVar.of(name(data), data.consumeString(20));
            case 1 -> EnvVar.fromSecret(name(data), name(data), name(data));
            case 2 -> EnvVar.fromConfigMap(name(data), name(data), name(data));
            case 3 -> EnvVar.fromField(name(data), data.consumeString(20));
            default -> EnvVar.fromResource(name(data), data.consumeString(20));
          });
    }
    if (data.consumeBoolean()) {
      builder.envFrom(EnvFrom.secret(name(data)).withPrefix(data.consumeString(5)));
    }
    int mounts = data.consumeInt(0, 3);
    for (int i = 0; i < mounts; i++) {
      VolumeMount mount = VolumeMount.of(name(data), path(data));
      builder.volumeMount(data.consumeBoolean() ? mount.asReadOnly() : mount);
    }
    if (data.consumeBoolean()) {
      builder.base(new V1Container().name(name(data)).addArgsItem(data.consumeString(10)));
    }
    return builder.build();
  }

  static Volume volume(FuzzedDataProvider data) {
    String name = name(data);
    return switch (data.consumeInt(0, 6)) {
      case 0 -> data.consumeBoolean() ? Volume.emptyDir(name).inMemory() : Volume.emptyDir(name);
      case 1 -> Volume.configMap(name, name(data)).items(KeyToPath.of(name(data), path(data)));
      case 2 -> Volume.secret(name, name(data)).defaultMode(data.consumeInt(-1, 1000));
      case 3 -> Volume.persistentVolumeClaim(name, name(data));
      case 4 -> Volume.hostPath(name, path(data));
      case 5 -> new Volume.EmptyDir(name, data.pickValue(Medium.values()), null);
      default -> Volume.raw(new V1Volume().name(name));
    };
  }

  /** Emit options in any combination. */
  public static EmitOptions options(FuzzedDataProvider data) {
    return EmitOptions.builder()
        .sidecarMode(data.consumeBoolean() ? null : data.pickValue(SidecarMode.values()))
        .kubernetesVersion(KubernetesVersion.of(1, data.consumeInt(20, 40)))
        .placement(data.pickValue(SidecarPlacement.values()))
        .precedence(data.pickValue(Precedence.values()))
        .build();
  }

  /** A host base spec, or null. */
  public static V1PodSpec base(FuzzedDataProvider data) {
    if (data.consumeBoolean()) {
      return null;
    }
    V1PodSpec base = new V1PodSpec();
    List<V1Container> containers = new ArrayList<>();
    containers.add(new V1Container().name(name(data)).image("host:1"));
    if (data.consumeBoolean()) {
      containers.add(
          new V1Container()
              .name(data.pickValue(NAMES))
              .image("host:2")
              .addEnvItem(
                  new io.kubernetes.client.openapi.models.V1EnvVar().name("app").value("1")));
    }
    if (data.consumeBoolean()) {
      base.setInitContainers(
          new ArrayList<>(List.of(new V1Container().name(data.pickValue(NAMES)).image("init:1"))));
    }
    if (data.consumeBoolean()) {
      containers.add(null);
    }
    base.setContainers(containers);
    if (data.consumeBoolean()) {
      base.setVolumes(new ArrayList<>(List.of(new V1Volume().name(name(data)))));
    }
    if (data.consumeBoolean()) {
      base.setInitContainers(null);
    }
    return base;
  }
}
