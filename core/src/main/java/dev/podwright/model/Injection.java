package dev.podwright.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a composition adds to chosen containers of the host's pod: env, envFrom, volume mounts, and
 * resource and security-context defaults — what Dapr adds to every app container and Istio to the
 * application. Each addition that collides with what the container already has is decided by the
 * injection's {@link Precedence}: {@link Precedence#KEEP_EXISTING} adds only where absent. Volumes
 * that the mounts name come from the composition's or the base spec's volumes. Immutable.
 *
 * <pre>{@code
 * Injection dapr = Injection.into(ContainerSelector.allAppContainers())
 *     .env("DAPR_HTTP_PORT", "3500")
 *     .volumeMount(VolumeMount.of("dapr-unix-domain-socket", "/var/run/dapr-sockets"))
 *     .precedence(Precedence.KEEP_EXISTING)
 *     .build();
 * }</pre>
 *
 * @param target the containers it goes into
 * @param env env vars, in order
 * @param envFrom envFrom sources, in order
 * @param volumeMounts volume mounts, in order
 * @param resourceDefaults requests and limits given key by key where the container sets none, or
 *     null
 * @param securityContextDefaults security-context fields given where the container sets none, or
 *     null
 * @param precedence who wins a collision with the container's own value
 */
public record Injection(
    ContainerSelector target,
    List<EnvVar> env,
    List<EnvFrom> envFrom,
    List<VolumeMount> volumeMounts,
    Resources resourceDefaults,
    SecurityContext securityContextDefaults,
    Precedence precedence) {

  /**
   * Copies the lists; a null precedence is {@link Precedence#FAIL}.
   *
   * @throws IllegalArgumentException when the target is null
   */
  public Injection {
    if (target == null) {
      throw new IllegalArgumentException("an injection needs a target selector");
    }
    env = env == null ? List.of() : List.copyOf(env);
    envFrom = envFrom == null ? List.of() : List.copyOf(envFrom);
    volumeMounts = volumeMounts == null ? List.of() : List.copyOf(volumeMounts);
    precedence = Objects.requireNonNullElse(precedence, Precedence.FAIL);
  }

  /** A builder for an injection into the selected containers. */
  public static Builder into(ContainerSelector target) {
    return new Builder(target);
  }

  /** Builds an {@link Injection}. */
  public static final class Builder {
    private final ContainerSelector target;
    private final List<EnvVar> env = new ArrayList<>();
    private final List<EnvFrom> envFrom = new ArrayList<>();
    private final List<VolumeMount> volumeMounts = new ArrayList<>();
    private Resources resourceDefaults;
    private SecurityContext securityContextDefaults;
    private Precedence precedence = Precedence.FAIL;

    private Builder(ContainerSelector target) {
      this.target = target;
    }

    /** Adds an env var. */
    public Builder env(EnvVar variable) {
      env.add(Objects.requireNonNull(variable, "env var"));
      return this;
    }

    /** Adds a literal env var. */
    public Builder env(String name, String value) {
      return env(EnvVar.of(name, value));
    }

    /** Adds literal env vars in the map's iteration order. */
    public Builder env(Map<String, String> variables) {
      for (Map.Entry<String, String> entry : variables.entrySet()) {
        env(entry.getKey(), entry.getValue());
      }
      return this;
    }

    /** Adds an envFrom source. */
    public Builder envFrom(EnvFrom source) {
      envFrom.add(Objects.requireNonNull(source, "envFrom source"));
      return this;
    }

    /** Adds a volume mount. */
    public Builder volumeMount(VolumeMount mount) {
      volumeMounts.add(Objects.requireNonNull(mount, "volume mount"));
      return this;
    }

    /** Requests and limits given key by key where the container sets none. */
    public Builder resourceDefaults(Resources defaults) {
      this.resourceDefaults = defaults;
      return this;
    }

    /** Security-context fields given where the container sets none. */
    public Builder securityContextDefaults(SecurityContext defaults) {
      this.securityContextDefaults = defaults;
      return this;
    }

    /** Who wins a collision (default {@link Precedence#FAIL}). */
    public Builder precedence(Precedence onCollision) {
      this.precedence = onCollision;
      return this;
    }

    /** The injection. */
    public Injection build() {
      return new Injection(
          target,
          env,
          envFrom,
          volumeMounts,
          resourceDefaults,
          securityContextDefaults,
          precedence);
    }
  }
}
