package dev.podwright.model;

import dev.podwright.kubernetes.Quantities;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;

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
        EnvVar.ResourceFieldRef,
        EnvVar.FileKey {

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

  /** The value of a key of an env file in a volume (Kubernetes 1.34+, {@code fileKeyRef}). */
  static FileKey fromFile(String name, String volumeName, String path, String key) {
    return new FileKey(name, volumeName, path, key, null);
  }

  /**
   * The variable the official model describes, exactly: converting it back emits an equal {@link
   * V1EnvVar}.
   *
   * @param variable the official env var
   * @return the literal or reference it is
   * @throws IllegalArgumentException naming the variable, when it is null, has no name, sets both
   *     {@code value} and {@code valueFrom}, or a {@code valueFrom} with no or several sources
   */
  static EnvVar of(V1EnvVar variable) {
    if (variable == null) {
      throw new IllegalArgumentException("env var is null");
    }
    String name = variable.getName();
    if (name == null) {
      throw new IllegalArgumentException("env var has no name");
    }
    V1EnvVarSource from = variable.getValueFrom();
    if (from == null) {
      return new Literal(name, variable.getValue());
    }
    if (variable.getValue() != null) {
      throw new IllegalArgumentException(
          "env var \"" + name + "\" sets both value and valueFrom; Kubernetes allows one");
    }
    int sources =
        count(from.getSecretKeyRef())
            + count(from.getConfigMapKeyRef())
            + count(from.getFieldRef())
            + count(from.getResourceFieldRef())
            + count(from.getFileKeyRef());
    if (sources != 1) {
      throw new IllegalArgumentException(
          "env var \""
              + name
              + "\" has "
              + sources
              + " sources in valueFrom; Kubernetes needs exactly one of secretKeyRef,"
              + " configMapKeyRef, fieldRef, resourceFieldRef, fileKeyRef");
    }
    if (from.getSecretKeyRef() != null) {
      return new SecretKey(
          name,
          from.getSecretKeyRef().getName(),
          from.getSecretKeyRef().getKey(),
          from.getSecretKeyRef().getOptional());
    } else if (from.getConfigMapKeyRef() != null) {
      return new ConfigMapKey(
          name,
          from.getConfigMapKeyRef().getName(),
          from.getConfigMapKeyRef().getKey(),
          from.getConfigMapKeyRef().getOptional());
    } else if (from.getFieldRef() != null) {
      return new FieldRef(
          name, from.getFieldRef().getFieldPath(), from.getFieldRef().getApiVersion());
    } else if (from.getResourceFieldRef() != null) {
      return new ResourceFieldRef(
          name,
          from.getResourceFieldRef().getContainerName(),
          from.getResourceFieldRef().getResource(),
          from.getResourceFieldRef().getDivisor());
    }
    return new FileKey(
        name,
        from.getFileKeyRef().getVolumeName(),
        from.getFileKeyRef().getPath(),
        from.getFileKeyRef().getKey(),
        from.getFileKeyRef().getOptional());
  }

  private static int count(Object source) {
    return source == null ? 0 : 1;
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

  /**
   * A key of an env file ({@code KEY=value} lines) in one of the pod's volumes, typically an
   * emptyDir an init container wrote ({@code fileKeyRef}, Kubernetes 1.34+).
   *
   * @param name the name
   * @param volumeName the volume holding the file
   * @param path the file's path relative to the volume root
   * @param key the key in the file
   * @param optional true when the container may start without the file or key; null for false
   */
  record FileKey(String name, String volumeName, String path, String key, Boolean optional)
      implements EnvVar {
    /** This reference, allowed to be missing. */
    public FileKey asOptional() {
      return new FileKey(name, volumeName, path, key, true);
    }
  }
}
