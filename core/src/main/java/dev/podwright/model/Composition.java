package dev.podwright.model;

import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Volume;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a user attaches to a workload: sidecars, init containers and pod-level volumes, optionally
 * the main container, for a workload of some kind. Immutable; the emitter turns it into a {@code
 * V1PodSpec}, the validation module checks it.
 *
 * <pre>{@code
 * Composition composition = Composition.builder()
 *     .kind(WorkloadKind.GENERIC)
 *     .mainContainer(ContainerSpec.builder("app").image("nginx:1.27")
 *         .volumeMount("logs", "/var/log/nginx").build())
 *     .volume(Volume.emptyDir("logs"))
 *     .sidecar(Sidecar.builder("log-shipper").image("busybox:1.36")
 *         .volumeMount(VolumeMount.of("logs", "/logs").asReadOnly()).build())
 *     .build();
 * }</pre>
 *
 * @param kind the workload kind, carrying what it allows
 * @param mainContainer the main container, or null when the host's base spec has it
 * @param sidecars the sidecars, in declared order
 * @param initContainers the init containers, in declared order
 * @param volumes the pod-level volumes, in declared order
 * @param injections what goes into the host's containers (env, mounts, defaults), in order
 * @param resourceDefaults the requests and limits policy for sidecars, or null for none
 */
public record Composition(
    WorkloadKind kind,
    @Valid ContainerSpec mainContainer,
    List<@Valid Sidecar> sidecars,
    List<@Valid InitContainer> initContainers,
    List<@Valid Volume> volumes,
    List<Injection> injections,
    ResourceDefaults resourceDefaults) {

  /** Copies the lists; a null kind is {@link WorkloadKind#GENERIC}. */
  public Composition {
    kind = kind == null ? WorkloadKind.GENERIC : kind;
    sidecars = sidecars == null ? List.of() : List.copyOf(sidecars);
    initContainers = initContainers == null ? List.of() : List.copyOf(initContainers);
    volumes = volumes == null ? List.of() : List.copyOf(volumes);
    injections = injections == null ? List.of() : List.copyOf(injections);
  }

  /**
   * The fixed default requests and limits for sidecars, or null when the composition has no
   * resource defaults or derived ones.
   */
  public Resources sidecarResourceDefaults() {
    return resourceDefaults == null || !resourceDefaults.limitFactors().isEmpty()
        ? null
        : resourceDefaults.defaults();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this composition. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.kind = kind;
    builder.mainContainer = mainContainer;
    builder.sidecars.addAll(sidecars);
    builder.initContainers.addAll(initContainers);
    builder.volumes.addAll(volumes);
    builder.injections.addAll(injections);
    builder.resourceDefaults = resourceDefaults;
    return builder;
  }

  /** Builds a {@link Composition}. */
  public static final class Builder {
    private WorkloadKind kind = WorkloadKind.GENERIC;
    private ContainerSpec mainContainer;
    private final List<Sidecar> sidecars = new ArrayList<>();
    private final List<InitContainer> initContainers = new ArrayList<>();
    private final List<Volume> volumes = new ArrayList<>();
    private final List<Injection> injections = new ArrayList<>();
    private ResourceDefaults resourceDefaults;

    private Builder() {}

    /** Sets the workload kind (default {@link WorkloadKind#GENERIC}). */
    public Builder kind(WorkloadKind workloadKind) {
      this.kind = Objects.requireNonNullElse(workloadKind, WorkloadKind.GENERIC);
      return this;
    }

    /** Sets the main container. */
    public Builder mainContainer(ContainerSpec container) {
      this.mainContainer = container;
      return this;
    }

    /** Sets the main container to a host's own {@code V1Container} (deep-copied). */
    public Builder mainContainer(V1Container container) {
      return mainContainer(ContainerSpec.of(container));
    }

    /** Adds a sidecar. */
    public Builder sidecar(Sidecar sidecar) {
      this.sidecars.add(sidecar);
      return this;
    }

    /** Adds a sidecar given as a host's own {@code V1Container} (deep-copied). */
    public Builder sidecar(V1Container container) {
      return sidecar(Sidecar.of(container));
    }

    /** Adds an init container. */
    public Builder initContainer(InitContainer container) {
      this.initContainers.add(container);
      return this;
    }

    /** Adds an init container given as a host's own {@code V1Container} (deep-copied). */
    public Builder initContainer(V1Container container) {
      return initContainer(InitContainer.of(container));
    }

    /** Adds a pod-level volume. */
    public Builder volume(Volume volume) {
      this.volumes.add(volume);
      return this;
    }

    /** Adds a pod-level volume given as an official {@code V1Volume} (deep-copied). */
    public Builder volume(V1Volume volume) {
      return volume(Volume.raw(volume));
    }

    /** Fixed requests and limits for sidecars that do not set them, key by key. */
    public Builder sidecarResourceDefaults(Resources defaults) {
      this.resourceDefaults = defaults == null ? null : ResourceDefaults.fixed(defaults);
      return this;
    }

    /** The resource-defaults policy for sidecars (fixed or derived), or null for none. */
    public Builder resourceDefaults(ResourceDefaults policy) {
      this.resourceDefaults = policy;
      return this;
    }

    /** Adds an injection into the host's containers; injections apply in order. */
    public Builder inject(Injection injection) {
      if (injection == null) {
        throw new IllegalArgumentException("an injection cannot be null");
      }
      this.injections.add(injection);
      return this;
    }

    /** The composition. */
    public Composition build() {
      return new Composition(
          kind, mainContainer, sidecars, initContainers, volumes, injections, resourceDefaults);
    }
  }
}
