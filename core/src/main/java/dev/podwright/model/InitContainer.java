package dev.podwright.model;

import io.kubernetes.client.openapi.models.V1Container;
import jakarta.validation.Valid;
import java.util.Objects;

/**
 * A container that runs to completion before the main container starts: fetching config, migrating
 * a schema, waiting for a dependency. Kubernetes allows it no probes and no lifecycle hooks, so its
 * builder offers none. Immutable.
 *
 * @param spec the container
 */
public record InitContainer(@Valid ContainerSpec spec) {

  /** Requires a spec. */
  public InitContainer {
    Objects.requireNonNull(spec, "spec");
  }

  /** A builder for an init container of the given name. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** An init container that is a host's own {@code V1Container} as it is (deep-copied). */
  public static InitContainer of(V1Container container) {
    return new InitContainer(ContainerSpec.of(container));
  }

  /** The container name. */
  public String name() {
    return spec.name();
  }

  /** Builds an {@link InitContainer}. */
  public static final class Builder extends ContainerBuilder<Builder, InitContainer> {
    private Builder(String name) {
      super(name);
    }

    @Override
    public InitContainer build() {
      return new InitContainer(spec());
    }
  }
}
