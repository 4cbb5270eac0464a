package dev.podwright.model;

import io.kubernetes.client.openapi.models.V1EnvFromSource;

/**
 * Every key of a Secret or ConfigMap as environment variables ({@code envFrom}).
 *
 * @param source whether it is a Secret or a ConfigMap
 * @param name the Secret's or ConfigMap's name
 * @param prefix a prefix for every variable name, or null
 * @param optional true when the pod may start without it; null for the default (false)
 */
public record EnvFrom(Source source, String name, String prefix, Boolean optional) {

  /** Where the variables come from. */
  public enum Source {
    /** A Secret. */
    SECRET,
    /** A ConfigMap. */
    CONFIG_MAP
  }

  /** Every key of a Secret. */
  public static EnvFrom secret(String secretName) {
    return new EnvFrom(Source.SECRET, secretName, null, null);
  }

  /** Every key of a ConfigMap. */
  public static EnvFrom configMap(String configMapName) {
    return new EnvFrom(Source.CONFIG_MAP, configMapName, null, null);
  }

  /**
   * The source the official model describes, exactly.
   *
   * @param source the official envFrom entry
   * @return the Secret or ConfigMap source
   * @throws IllegalArgumentException when it is null or names neither or both of a Secret and a
   *     ConfigMap
   */
  public static EnvFrom of(V1EnvFromSource source) {
    if (source == null) {
      throw new IllegalArgumentException("envFrom source is null");
    }
    if (source.getSecretRef() != null && source.getConfigMapRef() == null) {
      return new EnvFrom(
          Source.SECRET,
          source.getSecretRef().getName(),
          source.getPrefix(),
          source.getSecretRef().getOptional());
    } else if (source.getConfigMapRef() != null && source.getSecretRef() == null) {
      return new EnvFrom(
          Source.CONFIG_MAP,
          source.getConfigMapRef().getName(),
          source.getPrefix(),
          source.getConfigMapRef().getOptional());
    }
    throw new IllegalArgumentException(
        "envFrom source"
            + (source.getPrefix() == null ? "" : " with prefix \"" + source.getPrefix() + "\"")
            + " must name exactly one of secretRef and configMapRef");
  }

  /** This source with a prefix for every variable name. */
  public EnvFrom withPrefix(String newPrefix) {
    return new EnvFrom(source, name, newPrefix, optional);
  }

  /** This source, allowed to be missing. */
  public EnvFrom asOptional() {
    return new EnvFrom(source, name, prefix, true);
  }
}
