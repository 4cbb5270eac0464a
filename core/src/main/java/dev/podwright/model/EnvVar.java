package dev.podwright.model;

import dev.podwright.kubernetes.Quantities;
import io.kubernetes.client.custom.Quantity;

/**
 * An environment variable of a container: a literal value or a reference. Order matters: a value
 * may refer to variables defined before it with {@code $(NAME)}, so lists of these keep declared
 * order and merge by name.
 */
public sealed interface EnvVar
    permits EnvVar.Literal,
        EnvVar.SecretKey,
        EnvVar.ConfigMapKey,
        EnvVar.FieldRef,
        EnvVar.ResourceFieldRef {

  /** The variable's name. */
  String name();

  /** {@code NAME=value}. */
  static Literal of(String name, String value) {
    return new Literal(name, value);
  }

  /** The value of a key of a Secret. */
  static SecretKey fromSecret(String name, String secretName, String key) {
    return new SecretKey(name, secretName, key, null);
  }

  /** The value of a key of a ConfigMap. */
  static ConfigMapKey fromConfigMap(String name, String configMapName, String key) {
    return new ConfigMapKey(name, configMapName, key, null);
  }

  /** A field of the pod, e.g. {@code metadata.name} or {@code status.podIP}. */
  static FieldRef fromField(String name, String fieldPath) {
    return new FieldRef(name, fieldPath, null);
  }

  /** A resource of this container, e.g. {@code limits.memory}. */
  static ResourceFieldRef fromResource(String name, String resource) {
    return new ResourceFieldRef(name, null, resource, null);
  }

  /**
   * A literal value.
   *
   * @param name the name
   * @param value the value; may contain {@code $(OTHER)} references to earlier variables
   */
  record Literal(String name, String value) implements EnvVar {}

  /**
   * A key of a Secret.
   *
   * @param name the name
   * @param secretName the Secret
   * @param key the key in it
   * @param optional true when the pod may start without it; null for the default (false)
   */
  record SecretKey(String name, String secretName, String key, Boolean optional) implements EnvVar {
    /** This reference, allowed to be missing. */
    public SecretKey asOptional() {
      return new SecretKey(name, secretName, key, true);
    }
  }

  /**
   * A key of a ConfigMap.
   *
   * @param name the name
   * @param configMapName the ConfigMap
   * @param key the key in it
   * @param optional true when the pod may start without it; null for the default (false)
   */
  record ConfigMapKey(String name, String configMapName, String key, Boolean optional)
      implements EnvVar {
    /** This reference, allowed to be missing. */
    public ConfigMapKey asOptional() {
      return new ConfigMapKey(name, configMapName, key, true);
    }
  }

  /**
   * A field of the pod.
   *
   * @param name the name
   * @param fieldPath e.g. {@code metadata.namespace}
   * @param apiVersion the schema version of the path; null for the default ({@code v1})
   */
  record FieldRef(String name, String fieldPath, String apiVersion) implements EnvVar {}

  /**
   * A resource request or limit of a container.
   *
   * @param name the name
   * @param containerName the container whose resource it is; null for this one
   * @param resource e.g. {@code limits.cpu}
   * @param divisor the unit the value is expressed in, or null for 1
   */
  record ResourceFieldRef(String name, String containerName, String resource, Quantity divisor)
      implements EnvVar {
    /**
     * This reference expressed in units of a divisor, e.g. {@code 1Mi}.
     *
     * @throws IllegalArgumentException when the divisor is not a quantity
     */
    public ResourceFieldRef withDivisor(String quantity) {
      return new ResourceFieldRef(name, containerName, resource, Quantities.require(quantity));
    }

    /** This reference to another container's resource. */
    public ResourceFieldRef ofContainer(String container) {
      return new ResourceFieldRef(name, container, resource, divisor);
    }
  }
}
