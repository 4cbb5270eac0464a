package dev.podwright.testing;

import static dev.podwright.testing.Texts.listOf;
import static dev.podwright.testing.Texts.quote;
import static dev.podwright.testing.Texts.quoteAll;

import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ConfigMapKeySelector;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1SecretKeySelector;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one container: image, env, resources, ports, mounts and start order.
 *
 * @param <SELF> the concrete assertion type, so chains keep their type
 */
public abstract class AbstractContainerAssert<SELF extends AbstractContainerAssert<SELF>>
    extends AbstractAssert<SELF, V1Container> {

  /** Where the container sits in its spec; null when asserted on its own. */
  final ContainerPlace place;

  AbstractContainerAssert(V1Container actual, ContainerPlace place, Class<?> selfType) {
    super(actual, selfType);
    this.place = place;
  }

  /**
   * Back to the assertions on the spec this container was found in.
   *
   * @throws IllegalStateException when the container was asserted on its own
   */
  public PodSpecAssert and() {
    if (place == null) {
      throw new IllegalStateException(
          "this container was not reached from a pod spec; start with assertThat(spec)");
    }
    return place.owner();
  }

  /** Verifies the container runs exactly this image reference. */
  public SELF hasImage(String image) {
    isNotNull();
    if (!Objects.equals(image, actual.getImage())) {
      fail("to run image " + quote(image) + " but it runs " + quote(actual.getImage()));
    }
    return myself;
  }

  /** Verifies the container declares this container port (any protocol). */
  public SELF hasPort(int containerPort) {
    isNotNull();
    List<V1ContainerPort> ports = listOf(actual.getPorts());
    if (ports.stream().noneMatch(p -> Objects.equals(containerPort, p.getContainerPort()))) {
      fail(
          "to declare port "
              + containerPort
              + " but its ports are "
              + ports.stream().map(p -> String.valueOf(p.getContainerPort())).toList());
    }
    return myself;
  }

  /**
   * Verifies the container sets env var {@code name} to the literal {@code value} (an unset value
   * is {@code ""}). When a name is defined twice the last definition counts, as in Kubernetes.
   */
  public SELF hasEnv(String name, String value) {
    int index = envIndex(name, "to have env " + name + "=" + quote(value));
    V1EnvVar env = actual.getEnv().get(index);
    if (env.getValueFrom() != null
        || !ContainerTexts.orEmpty(value).equals(ContainerTexts.orEmpty(env.getValue()))) {
      fail(
          "to have env "
              + name
              + "="
              + quote(value)
              + " but "
              + name
              + " ("
              + envPath(index)
              + ") is "
              + ContainerTexts.describe(env));
    }
    return myself;
  }

  /** Verifies the container defines env var {@code name}, whatever its value or source. */
  public SELF hasEnv(String name) {
    envIndex(name, "to have env " + name);
    return myself;
  }

  /** Verifies the container does not define env var {@code name} in {@code env}. */
  public SELF hasNoEnv(String name) {
    isNotNull();
    List<V1EnvVar> env = actual.getEnv() == null ? List.of() : actual.getEnv();
    for (int i = 0; i < env.size(); i++) {
      if (env.get(i) != null && Objects.equals(name, env.get(i).getName())) {
        fail(
            "to have no env "
                + name
                + " but "
                + envPath(i)
                + " is "
                + ContainerTexts.describe(env.get(i)));
      }
    }
    return myself;
  }

  /**
   * Verifies env var {@code name} takes its value from key {@code key} of secret {@code secret}.
   */
  public SELF hasEnvFromSecret(String name, String secret, String key) {
    String wanted = "secret " + quote(secret) + " key " + quote(key);
    int index = envIndex(name, "to take env " + name + " from " + wanted);
    V1EnvVar env = actual.getEnv().get(index);
    V1SecretKeySelector ref =
        env.getValueFrom() == null ? null : env.getValueFrom().getSecretKeyRef();
    if (ref == null
        || !Objects.equals(secret, ref.getName())
        || !Objects.equals(key, ref.getKey())) {
      failEnvSource(name, wanted, index, env);
    }
    return myself;
  }

  /**
   * Verifies env var {@code name} takes its value from key {@code key} of config map {@code
   * configMap}.
   */
  public SELF hasEnvFromConfigMap(String name, String configMap, String key) {
    String wanted = "configMap " + quote(configMap) + " key " + quote(key);
    int index = envIndex(name, "to take env " + name + " from " + wanted);
    V1EnvVar env = actual.getEnv().get(index);
    V1ConfigMapKeySelector ref =
        env.getValueFrom() == null ? null : env.getValueFrom().getConfigMapKeyRef();
    if (ref == null
        || !Objects.equals(configMap, ref.getName())
        || !Objects.equals(key, ref.getKey())) {
      failEnvSource(name, wanted, index, env);
    }
    return myself;
  }

  /**
   * Verifies env var {@code name} takes its value from a pod field, e.g. {@code metadata.name} or
   * {@code status.podIP}.
   */
  public SELF hasEnvFromField(String name, String fieldPath) {
    String wanted = "field " + quote(fieldPath);
    int index = envIndex(name, "to take env " + name + " from " + wanted);
    V1EnvVar env = actual.getEnv().get(index);
    V1EnvVarSource from = env.getValueFrom();
    if (from == null
        || from.getFieldRef() == null
        || !Objects.equals(fieldPath, from.getFieldRef().getFieldPath())) {
      failEnvSource(name, wanted, index, env);
    }
    return myself;
  }

  /**
   * Verifies the env vars are all defined and their first definitions come in this order (other
   * vars may sit between them). Order matters: {@code $(VAR)} only sees vars defined earlier.
   */
  public SELF hasEnvInOrder(String... names) {
    isNotNull();
    List<String> defined = ContainerTexts.envNames(actual);
    int last = -1;
    for (String name : names) {
      int index = defined.indexOf(name);
      if (index <= last) {
        fail(
            "to define env "
                + quoteAll(List.of(names))
                + " in this order but its env is "
                + quoteAll(defined));
      }
      last = index;
    }
    return myself;
  }

  /** Verifies {@code envFrom} imports every key of config map {@code configMap}. */
  public SELF importsEnvFromConfigMap(String configMap) {
    isNotNull();
    if (listOf(actual.getEnvFrom()).stream()
        .noneMatch(
            s ->
                s.getConfigMapRef() != null
                    && Objects.equals(configMap, s.getConfigMapRef().getName()))) {
      fail(
          "to import env from configMap "
              + quote(configMap)
              + " but "
              + ContainerTexts.describeEnvFrom(actual));
    }
    return myself;
  }

  /** Verifies {@code envFrom} imports every key of secret {@code secret}. */
  public SELF importsEnvFromSecret(String secret) {
    isNotNull();
    if (listOf(actual.getEnvFrom()).stream()
        .noneMatch(
            s -> s.getSecretRef() != null && Objects.equals(secret, s.getSecretRef().getName()))) {
      fail(
          "to import env from secret "
              + quote(secret)
              + " but "
              + ContainerTexts.describeEnvFrom(actual));
    }
    return myself;
  }

  /**
   * Verifies the container requests this amount of a resource, compared by value ({@code 1000m}
   * equals {@code 1}).
   *
   * @throws IllegalArgumentException when {@code quantity} is not a Kubernetes quantity
   */
  public SELF requests(String resource, String quantity) {
    isNotNull();
    Map<String, Quantity> requests =
        actual.getResources() == null ? null : actual.getResources().getRequests();
    checkQuantity("request", "requests", resource, quantity, requests);
    return myself;
  }

  /**
   * Verifies the container's limit for a resource, compared by value ({@code 1Gi} equals {@code
   * 1024Mi}).
   *
   * @throws IllegalArgumentException when {@code quantity} is not a Kubernetes quantity
   */
  public SELF limits(String resource, String quantity) {
    isNotNull();
    Map<String, Quantity> limits =
        actual.getResources() == null ? null : actual.getResources().getLimits();
    checkQuantity("limit", "limits", resource, quantity, limits);
    return myself;
  }

  /**
   * Verifies the container mounts a volume.
   *
   * @return assertions on that mount (the first one, when the volume is mounted more than once;
   *     {@link VolumeMountAssert#at} picks another)
   */
  public VolumeMountAssert<SELF> mounts(String volume) {
    isNotNull();
    List<V1VolumeMount> mounts =
        actual.getVolumeMounts() == null ? List.of() : actual.getVolumeMounts();
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < mounts.size(); i++) {
      if (mounts.get(i) != null && Objects.equals(volume, mounts.get(i).getName())) {
        indexes.add(i);
      }
    }
    if (indexes.isEmpty()) {
      fail(
          "to mount "
              + quote(volume)
              + " but it mounts "
              + quoteAll(ContainerTexts.mountedVolumes(actual)));
    }
    return new VolumeMountAssert<>(myself, volume, indexes, indexes.get(0));
  }

  /** Verifies the container does not mount a volume. */
  public SELF doesNotMount(String volume) {
    isNotNull();
    List<V1VolumeMount> mounts =
        actual.getVolumeMounts() == null ? List.of() : actual.getVolumeMounts();
    for (int i = 0; i < mounts.size(); i++) {
      if (mounts.get(i) != null && Objects.equals(volume, mounts.get(i).getName())) {
        fail(
            "not to mount "
                + quote(volume)
                + " but it does at "
                + quote(mounts.get(i).getMountPath())
                + " ("
                + (place == null ? "" : place.path() + ".")
                + "volumeMounts["
                + i
                + "])");
      }
    }
    return myself;
  }

  /**
   * Verifies this container starts before another: init containers (native sidecars included) start
   * one after the other in list order, and all of them before any entry of {@code containers}.
   * Entries of {@code containers} start together, so none starts before another.
   *
   * @throws IllegalStateException when the container was asserted on its own
   */
  public SELF startsBefore(String other) {
    isNotNull();
    String mismatch = ContainerTexts.startOrderMismatch(and(), place, other);
    if (mismatch != null) {
      fail(mismatch);
    }
    return myself;
  }

  // ---------------------------------------------------------------------------------------------

  /** The container under test (for the mount assertions). */
  V1Container container() {
    return actual;
  }

  /** {@code container "main" (spec.containers[0])}, or {@code container "main"} on its own. */
  String subject() {
    return "container "
        + quote(actual.getName())
        + (place == null ? "" : " (" + place.path() + ")");
  }

  /** Fails with {@code expected <subject> <rest>}. */
  void fail(String rest) {
    failWithMessage("%s", "expected " + subject() + " " + rest);
  }

  private int envIndex(String name, String what) {
    isNotNull();
    List<V1EnvVar> env = actual.getEnv() == null ? List.of() : actual.getEnv();
    for (int i = env.size() - 1; i >= 0; i--) {
      if (env.get(i) != null && Objects.equals(name, env.get(i).getName())) {
        return i;
      }
    }
    fail(
        what
            + " but it has no "
            + name
            + "; its env is "
            + quoteAll(ContainerTexts.envNames(actual)));
    return -1;
  }

  private void failEnvSource(String name, String wanted, int index, V1EnvVar env) {
    fail(
        "to take env "
            + name
            + " from "
            + wanted
            + " but "
            + name
            + " ("
            + envPath(index)
            + ") is "
            + ContainerTexts.describe(env));
  }

  private String envPath(int index) {
    return (place == null ? "" : place.path() + ".") + "env[" + index + "]";
  }

  private void checkQuantity(
      String verb, String field, String resource, String quantity, Map<String, Quantity> values) {
    String mismatch = ContainerTexts.quantityMismatch(verb, field, resource, quantity, values);
    if (mismatch != null) {
      fail(mismatch);
    }
  }
}
