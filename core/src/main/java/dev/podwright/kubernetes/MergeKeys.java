package dev.podwright.kubernetes;

import io.kubernetes.client.openapi.models.V1AppArmorProfile;
import io.kubernetes.client.openapi.models.V1ConfigMapKeySelector;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1EphemeralContainer;
import io.kubernetes.client.openapi.models.V1FileKeySelector;
import io.kubernetes.client.openapi.models.V1Lifecycle;
import io.kubernetes.client.openapi.models.V1LifecycleHandler;
import io.kubernetes.client.openapi.models.V1NodeSelector;
import io.kubernetes.client.openapi.models.V1NodeSelectorTerm;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1PodSchedulingGroup;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceFieldSelector;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1SeccompProfile;
import io.kubernetes.client.openapi.models.V1SecretKeySelector;
import io.kubernetes.client.openapi.models.V1SecretReference;
import io.kubernetes.client.openapi.models.V1TopologySelectorTerm;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeProjection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of Kubernetes merge keys for the list fields of the official pod models, shared by
 * the merger and the converters, and the fields that are merged atomically (replaced whole, never
 * field by field). Taken from the API types ({@code k8s.io/api/core/v1/types.go}: {@code
 * patchMergeKey}, {@code listType}, {@code listMapKey}, {@code structType=atomic}).
 *
 * <p>Keyed lists ({@code listType=map}):
 *
 * <ul>
 *   <li>{@code PodSpec}: {@code containers}, {@code initContainers}, {@code ephemeralContainers},
 *       {@code volumes}, {@code imagePullSecrets}, {@code schedulingGates}, {@code resourceClaims}
 *       by {@code name}; {@code hostAliases} by {@code ip}; {@code topologySpreadConstraints} by
 *       {@code topologyKey} and {@code whenUnsatisfiable};
 *   <li>{@code Container} and {@code EphemeralContainer}: {@code env} by {@code name}, {@code
 *       ports} by {@code containerPort} and {@code protocol} (TCP when unset), {@code volumeMounts}
 *       by {@code mountPath}, {@code volumeDevices} by {@code devicePath};
 *   <li>{@code ResourceRequirements}: {@code claims} by {@code name}.
 * </ul>
 *
 * <p>Every other list is atomic ({@code listType=atomic} in the API types): {@code command}, {@code
 * args}, {@code envFrom}, {@code resizePolicy}, {@code restartPolicyRules}, {@code tolerations},
 * {@code readinessGates}, capabilities, DNS options, affinity terms, projected sources, items.
 *
 * <p>Atomic values, compared and replaced whole: the pod's {@code nodeSelector} ({@code
 * mapType=atomic}); the structs the API marks {@code structType=atomic} (the key selectors of env
 * sources, {@code NodeSelector}, {@code NodeSelectorTerm}, {@code TopologySelectorTerm}, {@code
 * SecretReference}); and our decision for one-of values, whose field-by-field merge could produce
 * two members of a one-of: probes and lifecycle hooks (one handler of exec, httpGet, tcpSocket,
 * grpc, sleep), {@code EnvVarSource}, {@code EnvFromSource}, volumes (one source; the API patches
 * them with {@code retainKeys}), projected volume sources, and the unions {@code SeccompProfile},
 * {@code AppArmorProfile} and {@code PodSchedulingGroup}.
 *
 * <p>Immutable and thread-safe.
 */
public final class MergeKeys {

  private static final String NAME = "name";

  private static final Map<Class<?>, Map<String, MergeKey>> KEYS = keys();

  private static final Set<Class<?>> ATOMIC_TYPES =
      Set.of(
          V1Probe.class,
          V1Lifecycle.class,
          V1LifecycleHandler.class,
          V1EnvVarSource.class,
          V1EnvFromSource.class,
          V1Volume.class,
          V1VolumeProjection.class,
          V1SeccompProfile.class,
          V1AppArmorProfile.class,
          V1PodSchedulingGroup.class,
          V1NodeSelector.class,
          V1NodeSelectorTerm.class,
          V1TopologySelectorTerm.class,
          V1SecretReference.class,
          V1ConfigMapKeySelector.class,
          V1SecretKeySelector.class,
          V1FileKeySelector.class,
          V1ObjectFieldSelector.class,
          V1ResourceFieldSelector.class);

  private static final Map<Class<?>, Set<String>> ATOMIC_FIELDS =
      Map.of(V1PodSpec.class, Set.of("nodeSelector"));

  private MergeKeys() {}

  private static Map<Class<?>, Map<String, MergeKey>> keys() {
    Map<Class<?>, Map<String, MergeKey>> keys = new HashMap<>();
    keys.put(
        V1PodSpec.class,
        table(
            key(V1PodSpec.class, "containers", NAME),
            key(V1PodSpec.class, "initContainers", NAME),
            key(V1PodSpec.class, "ephemeralContainers", NAME),
            key(V1PodSpec.class, "volumes", NAME),
            key(V1PodSpec.class, "imagePullSecrets", NAME),
            key(V1PodSpec.class, "schedulingGates", NAME),
            key(V1PodSpec.class, "resourceClaims", NAME),
            key(V1PodSpec.class, "hostAliases", "ip"),
            key(V1PodSpec.class, "topologySpreadConstraints", "topologyKey", "whenUnsatisfiable")));
    keys.put(V1Container.class, containerKeys(V1Container.class));
    keys.put(V1EphemeralContainer.class, containerKeys(V1EphemeralContainer.class));
    keys.put(
        V1ResourceRequirements.class, table(key(V1ResourceRequirements.class, "claims", NAME)));
    return Map.copyOf(keys);
  }

  private static Map<String, MergeKey> containerKeys(Class<?> owner) {
    return table(
        key(owner, "env", NAME),
        new MergeKey(
            owner, "ports", List.of("containerPort", "protocol"), Map.of("protocol", "TCP")),
        key(owner, "volumeMounts", "mountPath"),
        key(owner, "volumeDevices", "devicePath"));
  }

  private static MergeKey key(Class<?> owner, String field, String... keyFields) {
    return new MergeKey(owner, field, List.of(keyFields), Map.of());
  }

  private static Map<String, MergeKey> table(MergeKey... keys) {
    Map<String, MergeKey> byField = new HashMap<>();
    for (MergeKey key : keys) {
      byField.put(key.field(), key);
    }
    return Map.copyOf(byField);
  }

  /**
   * The merge key of a list field, e.g. {@code (V1Container.class, "env")} gives {@code env by
   * name}; empty for a list that is atomic or a field that is not a list.
   */
  public static Optional<MergeKey> of(Class<?> owner, String field) {
    Map<String, MergeKey> byField = KEYS.get(owner);
    return byField == null ? Optional.empty() : Optional.ofNullable(byField.get(field));
  }

  /** Every merge key in the table, for documentation and tests. */
  public static List<MergeKey> all() {
    List<MergeKey> all = new ArrayList<>();
    for (Map<String, MergeKey> byField : KEYS.values()) {
      all.addAll(byField.values());
    }
    all.sort(
        (a, b) -> {
          int byOwner = a.owner().getSimpleName().compareTo(b.owner().getSimpleName());
          return byOwner != 0 ? byOwner : a.field().compareTo(b.field());
        });
    return List.copyOf(all);
  }

  /**
   * True when a field of a model class is merged whole: a list without a merge key, a field listed
   * as atomic ({@code PodSpec.nodeSelector}), or a field whose declared type {@linkplain
   * #isAtomicType is atomic}. A field the class does not have is not atomic.
   */
  public static boolean isAtomic(Class<?> owner, String field) {
    Set<String> atomicFields = ATOMIC_FIELDS.get(owner);
    if (atomicFields != null && atomicFields.contains(field)) {
      return true;
    }
    Optional<ModelField> modelField = KubernetesModels.field(owner, field);
    if (modelField.isEmpty()) {
      return false;
    }
    Class<?> type = modelField.get().type();
    return isAtomicType(type) || (List.class.isAssignableFrom(type) && of(owner, field).isEmpty());
  }

  /**
   * True for the model classes that are compared and replaced whole wherever they occur: one-of
   * values (probes, lifecycle hooks, env sources, volumes, projections, unions) and the structs the
   * API marks {@code structType=atomic}.
   */
  public static boolean isAtomicType(Class<?> type) {
    return ATOMIC_TYPES.contains(type);
  }
}
