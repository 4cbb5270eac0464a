package dev.podwright.io.declaration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.io.KubernetesJackson;
import dev.podwright.io.ModelCopies;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.DownwardApiItem;
import dev.podwright.model.EnvFrom;
import dev.podwright.model.EnvVar;
import dev.podwright.model.HostPathType;
import dev.podwright.model.KeyToPath;
import dev.podwright.model.Lifecycle;
import dev.podwright.model.Medium;
import dev.podwright.model.Port;
import dev.podwright.model.Probe;
import dev.podwright.model.PullPolicy;
import dev.podwright.model.Resources;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ConfigMapVolumeSource;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1DownwardAPIVolumeFile;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1KeyToPath;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimSpec;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ResourceFieldSelector;
import io.kubernetes.client.openapi.models.V1SecretVolumeSource;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns official models read from a document into Podwright's model: every field the model can say
 * exactly goes into the builder, everything else stays in the container's {@code base}, so nothing
 * is lost. Whether the model says a field exactly is checked by emitting it and comparing with the
 * original.
 */
final class ModelSpecs {

  private static final PodSpecEmitter EMITTER = PodSpecEmitter.standard();

  private ModelSpecs() {}

  /** The shared mapper, for comparing models as trees. */
  private static ObjectMapper mapper() {
    return KubernetesJackson.jsonMapper();
  }

  /** The container as a model spec; fields the model cannot say exactly stay in the base. */
  static ContainerSpec spec(V1Container source) {
    Set<String> inBase = new LinkedHashSet<>();
    JsonNode want = mapper().valueToTree(source);
    for (int attempt = 0; attempt < 3; attempt++) {
      ContainerSpec spec = build(source, inBase);
      JsonNode got = mapper().valueToTree(emit(spec));
      Set<String> different = differentFields(want, got);
      if (different.isEmpty()) {
        return spec;
      }
      inBase.addAll(different);
    }
    return ContainerSpec.of(source);
  }

  private static V1Container emit(ContainerSpec spec) {
    V1PodSpec pod = EMITTER.emit(Composition.builder().mainContainer(spec).build());
    return pod.getContainers().get(0);
  }

  private static Set<String> differentFields(JsonNode want, JsonNode got) {
    Set<String> names = new LinkedHashSet<>();
    want.fieldNames().forEachRemaining(names::add);
    got.fieldNames().forEachRemaining(names::add);
    Set<String> different = new LinkedHashSet<>();
    for (String name : names) {
      if (!java.util.Objects.equals(want.get(name), got.get(name))) {
        different.add(name);
      }
    }
    return different;
  }

  private static ContainerSpec build(V1Container source, Set<String> inBase) {
    V1Container base = ModelCopies.deepCopy(source);
    ContainerSpec.Builder builder = ContainerSpec.builder(source.getName());
    base.setName(null);
    if (take(inBase, "image", source.getImage())) {
      builder.image(source.getImage());
      base.setImage(null);
    }
    if (take(inBase, "imagePullPolicy", source.getImagePullPolicy())) {
      PullPolicy policy = lookup(() -> PullPolicy.fromValue(source.getImagePullPolicy()));
      if (policy != null) {
        builder.pullPolicy(policy);
        base.setImagePullPolicy(null);
      }
    }
    if (take(inBase, "command", source.getCommand()) && !source.getCommand().contains(null)) {
      builder.command(source.getCommand().toArray(String[]::new));
      base.setCommand(null);
    }
    if (take(inBase, "args", source.getArgs()) && !source.getArgs().contains(null)) {
      builder.args(source.getArgs().toArray(String[]::new));
      base.setArgs(null);
    }
    if (take(inBase, "workingDir", source.getWorkingDir())) {
      builder.workingDir(source.getWorkingDir());
      base.setWorkingDir(null);
    }
    if (take(inBase, "ports", source.getPorts())) {
      List<Port> ports = mapAll(source.getPorts(), ModelSpecs::port);
      if (ports != null) {
        ports.forEach(builder::port);
        base.setPorts(null);
      }
    }
    if (take(inBase, "env", source.getEnv())) {
      List<EnvVar> env = mapAll(source.getEnv(), ModelSpecs::env);
      if (env != null) {
        env.forEach(builder::env);
        base.setEnv(null);
      }
    }
    if (take(inBase, "envFrom", source.getEnvFrom())) {
      List<EnvFrom> envFrom = mapAll(source.getEnvFrom(), ModelSpecs::envFrom);
      if (envFrom != null) {
        envFrom.forEach(builder::envFrom);
        base.setEnvFrom(null);
      }
    }
    if (take(inBase, "volumeMounts", source.getVolumeMounts())) {
      List<VolumeMount> mounts = mapAll(source.getVolumeMounts(), ModelSpecs::mount);
      if (mounts != null) {
        mounts.forEach(builder::volumeMount);
        base.setVolumeMounts(null);
      }
    }
    if (take(inBase, "resources", source.getResources())) {
      Resources resources = attempt(() -> Resources.of(source.getResources()));
      if (resources != null) {
        builder.resources(resources);
        base.setResources(null);
      }
    }
    if (take(inBase, "startupProbe", source.getStartupProbe())) {
      Probe probe = attempt(() -> Probe.of(source.getStartupProbe()));
      if (probe != null) {
        builder.startupProbe(probe);
        base.setStartupProbe(null);
      }
    }
    if (take(inBase, "readinessProbe", source.getReadinessProbe())) {
      Probe probe = attempt(() -> Probe.of(source.getReadinessProbe()));
      if (probe != null) {
        builder.readinessProbe(probe);
        base.setReadinessProbe(null);
      }
    }
    if (take(inBase, "livenessProbe", source.getLivenessProbe())) {
      Probe probe = attempt(() -> Probe.of(source.getLivenessProbe()));
      if (probe != null) {
        builder.livenessProbe(probe);
        base.setLivenessProbe(null);
      }
    }
    if (take(inBase, "lifecycle", source.getLifecycle())) {
      Lifecycle lifecycle = attempt(() -> Lifecycle.of(source.getLifecycle()));
      if (lifecycle != null) {
        builder.lifecycle(lifecycle);
        base.setLifecycle(null);
      }
    }
    if (take(inBase, "securityContext", source.getSecurityContext())) {
      SecurityContext context = attempt(() -> SecurityContext.of(source.getSecurityContext()));
      if (context != null && !context.isEmpty()) {
        builder.securityContext(context);
        base.setSecurityContext(null);
      }
    }
    JsonNode rest = mapper().valueToTree(base);
    if (rest.size() > 0) {
      builder.base(base);
    }
    return builder.build();
  }

  private static boolean take(Set<String> inBase, String field, Object value) {
    if (inBase.contains(field) || value == null) {
      return false;
    }
    return !(value instanceof List<?> list && list.isEmpty());
  }

  private interface Mapping<A, B> {
    B apply(A value);
  }

  /** Every element mapped, or null when one cannot be (a null, an unknown enum value). */
  private static <A, B> List<B> mapAll(List<A> values, Mapping<A, B> mapping) {
    List<B> out = new ArrayList<>(values.size());
    for (A value : values) {
      B mapped = value == null ? null : mapping.apply(value);
      if (mapped == null) {
        return null;
      }
      out.add(mapped);
    }
    return out;
  }

  private interface Lookup<T> {
    T get();
  }

  private static <T> T lookup(Lookup<T> lookup) {
    try {
      return lookup.get();
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  /** The value, or null when making it fails (a field the model cannot take). */
  private static <T> T attempt(Lookup<T> make) {
    try {
      return make.get();
    } catch (RuntimeException cannot) {
      return null;
    }
  }

  private static Port port(V1ContainerPort port) {
    return attempt(() -> Port.of(port));
  }

  static EnvVar env(V1EnvVar variable) {
    return attempt(() -> EnvVar.of(variable));
  }

  static EnvFrom envFrom(V1EnvFromSource source) {
    return attempt(() -> EnvFrom.of(source));
  }

  static VolumeMount mount(V1VolumeMount mount) {
    return attempt(() -> VolumeMount.of(mount));
  }

  /** The volume as the matching typed model volume when that says it exactly, else raw. */
  static Volume toModel(V1Volume source) {
    Volume typed = lookup(() -> typed(source));
    if (typed != null) {
      V1PodSpec pod = EMITTER.emit(Composition.builder().volume(typed).build());
      JsonNode want = mapper().valueToTree(source);
      JsonNode got = mapper().valueToTree(pod.getVolumes().get(0));
      if (want.equals(got)) {
        return typed;
      }
    }
    return Volume.raw(source);
  }

  private static Volume typed(V1Volume v) {
    String name = v.getName();
    if (v.getEmptyDir() != null) {
      String medium = v.getEmptyDir().getMedium();
      return new Volume.EmptyDir(
          name,
          medium == null || medium.isEmpty() ? null : Medium.fromValue(medium),
          v.getEmptyDir().getSizeLimit());
    } else if (v.getConfigMap() != null) {
      V1ConfigMapVolumeSource source = v.getConfigMap();
      return new Volume.ConfigMap(
          name,
          source.getName(),
          keys(source.getItems()),
          source.getDefaultMode(),
          source.getOptional());
    } else if (v.getSecret() != null) {
      V1SecretVolumeSource source = v.getSecret();
      return new Volume.Secret(
          name,
          source.getSecretName(),
          keys(source.getItems()),
          source.getDefaultMode(),
          source.getOptional());
    } else if (v.getPersistentVolumeClaim() != null) {
      return new Volume.PersistentVolumeClaim(
          name,
          v.getPersistentVolumeClaim().getClaimName(),
          Boolean.TRUE.equals(v.getPersistentVolumeClaim().getReadOnly()));
    } else if (v.getHostPath() != null) {
      String type = v.getHostPath().getType();
      return new Volume.HostPath(
          name,
          v.getHostPath().getPath(),
          type == null || type.isEmpty() ? null : HostPathType.fromValue(type));
    } else if (v.getProjected() != null) {
      return new Volume.Projected(
          name, v.getProjected().getSources(), v.getProjected().getDefaultMode());
    } else if (v.getDownwardAPI() != null) {
      List<DownwardApiItem> items = new ArrayList<>();
      if (v.getDownwardAPI().getItems() != null) {
        for (V1DownwardAPIVolumeFile file : v.getDownwardAPI().getItems()) {
          items.add(downwardApiItem(file));
        }
      }
      return new Volume.DownwardApi(name, items, v.getDownwardAPI().getDefaultMode());
    } else if (v.getCsi() != null) {
      return new Volume.Csi(
          name,
          v.getCsi().getDriver(),
          v.getCsi().getReadOnly(),
          v.getCsi().getFsType(),
          v.getCsi().getVolumeAttributes(),
          v.getCsi().getNodePublishSecretRef() == null
              ? null
              : v.getCsi().getNodePublishSecretRef().getName());
    } else if (v.getEphemeral() != null && v.getEphemeral().getVolumeClaimTemplate() != null) {
      V1PersistentVolumeClaimSpec claim = v.getEphemeral().getVolumeClaimTemplate().getSpec();
      if (claim == null) {
        return null;
      }
      Quantity size =
          claim.getResources() == null || claim.getResources().getRequests() == null
              ? null
              : claim.getResources().getRequests().get("storage");
      return new Volume.Ephemeral(name, claim.getStorageClassName(), claim.getAccessModes(), size);
    }
    return null;
  }

  private static DownwardApiItem downwardApiItem(V1DownwardAPIVolumeFile file) {
    V1ObjectFieldSelector field = file.getFieldRef();
    V1ResourceFieldSelector resource = file.getResourceFieldRef();
    return new DownwardApiItem(
        file.getPath(),
        field == null ? null : field.getFieldPath(),
        resource == null ? null : resource.getContainerName(),
        resource == null ? null : resource.getResource(),
        file.getMode(),
        field == null ? null : field.getApiVersion(),
        resource == null ? null : resource.getDivisor());
  }

  private static List<KeyToPath> keys(List<V1KeyToPath> items) {
    List<KeyToPath> keys = new ArrayList<>();
    if (items != null) {
      for (V1KeyToPath item : items) {
        keys.add(new KeyToPath(item.getKey(), item.getPath(), item.getMode()));
      }
    }
    return keys;
  }
}
