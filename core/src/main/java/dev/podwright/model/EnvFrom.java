package dev.podwright.model;

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

  /** This source with a prefix for every variable name. */
  public EnvFrom withPrefix(String newPrefix) {
    return new EnvFrom(source, name, newPrefix, optional);
  }

  /** This source, allowed to be missing. */
  public EnvFrom asOptional() {
    return new EnvFrom(source, name, prefix, true);
  }
}
