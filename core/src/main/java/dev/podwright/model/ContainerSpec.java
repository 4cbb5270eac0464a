package dev.podwright.model;

import dev.podwright.kubernetes.KubernetesModels;
import io.kubernetes.client.openapi.models.V1Container;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * Everything Podwright models about a container: the common part of sidecars, init containers and
 * the main container. Immutable; null means "not set". Create one with {@link #builder(String)}.
 *
 * <p>{@link #base()} is the escape hatch: a host's own {@code V1Container} whose fields the
 * modelled ones are laid over, so nothing the official model can express is blocked.
 */
public final class ContainerSpec {

  @NotBlank
  @Size(max = 63)
  private final String name;

  private final String image;
  private final PullPolicy pullPolicy;
  private final List<String> command;
  private final List<String> args;
  private final String workingDir;
  private final List<@Valid Port> ports;
  private final List<EnvVar> env;
  private final List<EnvFrom> envFrom;
  private final List<@Valid VolumeMount> volumeMounts;
  private final Resources resources;
  private final Probe startupProbe;
  private final Probe readinessProbe;
  private final Probe livenessProbe;
  private final Lifecycle lifecycle;
  private final SecurityContext securityContext;
  private final V1Container base;
  private final Owner owner;

  ContainerSpec(ContainerBuilder<?, ?> builder) {
    this.name = builder.name;
    this.image = builder.image;
    this.pullPolicy = builder.pullPolicy;
    this.command = List.copyOf(builder.command);
    this.args = List.copyOf(builder.args);
    this.workingDir = builder.workingDir;
    this.ports = List.copyOf(builder.ports);
    this.env = List.copyOf(builder.env);
    this.envFrom = List.copyOf(builder.envFrom);
    this.volumeMounts = List.copyOf(builder.volumeMounts);
    this.resources = builder.resources;
    this.startupProbe = builder.startupProbe;
    this.readinessProbe = builder.readinessProbe;
    this.livenessProbe = builder.livenessProbe;
    this.lifecycle = builder.lifecycle;
    this.securityContext = builder.securityContext;
    this.base = KubernetesModels.deepCopy(builder.base);
    this.owner = builder.owner;
  }

  /** A builder for a container of the given name (the main container, typically). */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * A container spec that is a host's own {@code V1Container} as it is (deep-copied); its name is
   * the container's.
   */
  public static ContainerSpec of(V1Container container) {
    V1Container copy = Objects.requireNonNullElseGet(container, V1Container::new);
    return new Builder(copy.getName()).base(copy).build();
  }

  /** The container's name. */
  public String name() {
    return name;
  }

  /** The image, or null when unset (the base may set it). */
  public String image() {
    return image;
  }

  /** The pull policy, or null for Kubernetes' default. */
  public PullPolicy pullPolicy() {
    return pullPolicy;
  }

  /** The entrypoint; empty to use the image's. */
  public List<String> command() {
    return command;
  }

  /** The arguments; empty to use the image's. */
  public List<String> args() {
    return args;
  }

  /** The working directory, or null. */
  public String workingDir() {
    return workingDir;
  }

  /** The ports, in declared order. */
  public List<Port> ports() {
    return ports;
  }

  /** The environment variables, in declared order. */
  public List<EnvVar> env() {
    return env;
  }

  /** The envFrom sources, in declared order. */
  public List<EnvFrom> envFrom() {
    return envFrom;
  }

  /** The volume mounts, in declared order. */
  public List<VolumeMount> volumeMounts() {
    return volumeMounts;
  }

  /** The resources, or null when the container declares none. */
  public Resources resources() {
    return resources;
  }

  /** The startup probe, or null. */
  public Probe startupProbe() {
    return startupProbe;
  }

  /** The readiness probe, or null. */
  public Probe readinessProbe() {
    return readinessProbe;
  }

  /** The liveness probe, or null. */
  public Probe livenessProbe() {
    return livenessProbe;
  }

  /** The lifecycle hooks, or null. */
  public Lifecycle lifecycle() {
    return lifecycle;
  }

  /** The security context, or null. */
  public SecurityContext securityContext() {
    return securityContext;
  }

  /** A deep copy of the base container the modelled fields are laid over, or null. */
  public V1Container base() {
    return KubernetesModels.deepCopy(base);
  }

  /** Whose container this is ({@link Owner#USER} unless its builder said otherwise). */
  public Owner owner() {
    return owner;
  }

  /** This spec with another owner. */
  public ContainerSpec withOwner(Owner newOwner) {
    return toBuilder().owner(newOwner).build();
  }

  /**
   * The resources this container runs with: the modelled ones laid over those of its base
   * container, key by key (what a step sees whichever way the resources came in), or null when
   * neither sets any.
   */
  public Resources effectiveResources() {
    Resources fromBase = null;
    if (base != null && base.getResources() != null) {
      fromBase = new Resources(base.getResources().getRequests(), base.getResources().getLimits());
    }
    if (resources == null) {
      return fromBase == null || fromBase.isEmpty() ? null : fromBase;
    }
    return resources;
  }

  /** True when a base container is set. */
  public boolean hasBase() {
    return base != null;
  }

  /** A builder starting from this spec. */
  public Builder toBuilder() {
    Builder builder = new Builder(name);
    builder.copyFrom(this);
    return builder;
  }

  /** This spec with other resources. */
  public ContainerSpec withResources(Resources newResources) {
    return toBuilder().resources(newResources).build();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ContainerSpec that)) {
      return false;
    }
    return Objects.equals(name, that.name)
        && Objects.equals(image, that.image)
        && pullPolicy == that.pullPolicy
        && command.equals(that.command)
        && args.equals(that.args)
        && Objects.equals(workingDir, that.workingDir)
        && ports.equals(that.ports)
        && env.equals(that.env)
        && envFrom.equals(that.envFrom)
        && volumeMounts.equals(that.volumeMounts)
        && Objects.equals(resources, that.resources)
        && Objects.equals(startupProbe, that.startupProbe)
        && Objects.equals(readinessProbe, that.readinessProbe)
        && Objects.equals(livenessProbe, that.livenessProbe)
        && Objects.equals(lifecycle, that.lifecycle)
        && Objects.equals(securityContext, that.securityContext)
        && Objects.equals(base, that.base)
        && owner.equals(that.owner);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        owner,
        name,
        image,
        pullPolicy,
        command,
        args,
        workingDir,
        ports,
        env,
        envFrom,
        volumeMounts,
        resources,
        startupProbe,
        readinessProbe,
        livenessProbe,
        lifecycle,
        securityContext,
        base);
  }

  @Override
  public String toString() {
    return "ContainerSpec[name=" + name + ", image=" + image + ", owner=" + owner + "]";
  }

  /** Builds a {@link ContainerSpec} for a main container. */
  public static final class Builder extends ContainerBuilder<Builder, ContainerSpec> {
    private Builder(String name) {
      super(name);
    }

    /** Sets the startup probe. */
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
    public ContainerSpec build() {
      return spec();
    }
  }
}
