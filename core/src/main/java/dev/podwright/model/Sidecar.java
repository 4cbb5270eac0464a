package dev.podwright.model;

import io.kubernetes.client.openapi.models.V1Container;
import jakarta.validation.Valid;
import java.util.Objects;

/**
 * A long-running helper container next to the main one: a log shipper, a proxy, a socket server.
 * Emitted as a native sidecar (an init container with {@code restartPolicy: Always}) or as an extra
 * regular container, as the emit options say. Immutable.
 *
 * <pre>{@code
 * Sidecar shipper = Sidecar.builder("log-shipper")
 *     .image("fluent/fluent-bit:3.1")
 *     .volumeMount(VolumeMount.of("logs", "/var/log/app").asReadOnly())
 *     .resources(Resources.builder().requestCpu("50m").requestMemory("64Mi").build())
 *     .build();
 * }</pre>
 *
 * @param spec the container
 */
public record Sidecar(@Valid ContainerSpec spec) {

  /** Requires a spec. */
  public Sidecar {
    Objects.requireNonNull(spec, "spec");
  }

  /** A builder for a sidecar of the given name. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A sidecar that is a host's own {@code V1Container} as it is (deep-copied). */
  public static Sidecar of(V1Container container) {
    return new Sidecar(ContainerSpec.of(container));
  }

  /** The sidecar's container name. */
  public String name() {
    return spec.name();
  }

  /** This sidecar with another spec. */
  public Sidecar withSpec(ContainerSpec newSpec) {
    return new Sidecar(newSpec);
  }

  /** Builds a {@link Sidecar}. */
  public static final class Builder extends ContainerBuilder<Builder, Sidecar> {
    private Builder(String name) {
      super(name);
    }

    /**
     * Sets the startup probe. For a native sidecar, the next containers start only once it
     * succeeds: give one to sidecars others depend on.
     */
    public Builder startupProbe(Probe probe) {
      return setStartupProbe(probe);
    }

    /** Sets the readiness probe. */
    public Builder readinessProbe(Probe probe) {
      return setReadinessProbe(probe);
    }

    /** Sets the liveness probe. */
    public Builder livenessProbe(Probe probe) {
      return setLivenessProbe(probe);
    }

    /** Sets the lifecycle hooks. */
    public Builder lifecycle(Lifecycle hooks) {
      return setLifecycle(hooks);
    }

    @Override
    public Sidecar build() {
      return new Sidecar(spec());
    }
  }
}
