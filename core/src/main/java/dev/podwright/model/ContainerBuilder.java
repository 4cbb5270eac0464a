package dev.podwright.model;

import io.kubernetes.client.openapi.models.V1Container;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The setters every container builder shares. Lists keep declared order; {@code env(...)} calls
 * add, they do not replace. Nothing is checked here beyond parsing: the validation module reports
 * every problem at once.
 *
 * @param <B> the concrete builder
 * @param <T> what it builds
 */
public abstract class ContainerBuilder<B extends ContainerBuilder<B, T>, T> {

  String name;
  String image;
  PullPolicy pullPolicy;
  final List<String> command = new ArrayList<>();
  final List<String> args = new ArrayList<>();
  String workingDir;
  final List<Port> ports = new ArrayList<>();
  final List<EnvVar> env = new ArrayList<>();
  final List<EnvFrom> envFrom = new ArrayList<>();
  final List<VolumeMount> volumeMounts = new ArrayList<>();
  Resources resources;
  Probe startupProbe;
  Probe readinessProbe;
  Probe livenessProbe;
  Lifecycle lifecycle;
  SecurityContext securityContext;
  V1Container base;
  Owner owner = Owner.USER;

  ContainerBuilder(String name) {
    this.name = name;
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  void copyFrom(ContainerSpec spec) {
    name = spec.name();
    image = spec.image();
    pullPolicy = spec.pullPolicy();
    command.addAll(spec.command());
    args.addAll(spec.args());
    workingDir = spec.workingDir();
    ports.addAll(spec.ports());
    env.addAll(spec.env());
    envFrom.addAll(spec.envFrom());
    volumeMounts.addAll(spec.volumeMounts());
    resources = spec.resources();
    startupProbe = spec.startupProbe();
    readinessProbe = spec.readinessProbe();
    livenessProbe = spec.livenessProbe();
    lifecycle = spec.lifecycle();
    securityContext = spec.securityContext();
    base = spec.base();
    owner = spec.owner();
  }

  /** Sets the container name. */
  public B name(String containerName) {
    this.name = containerName;
    return self();
  }

  /** Sets the image, e.g. {@code busybox:1.36}. */
  public B image(String containerImage) {
    this.image = containerImage;
    return self();
  }

  /** Sets the image pull policy. */
  public B pullPolicy(PullPolicy policy) {
    this.pullPolicy = policy;
    return self();
  }

  /** Sets the entrypoint (replacing any set before). */
  public B command(String... words) {
    this.command.clear();
    this.command.addAll(Arrays.asList(words));
    return self();
  }

  /** Sets the arguments (replacing any set before). */
  public B args(String... words) {
    this.args.clear();
    this.args.addAll(Arrays.asList(words));
    return self();
  }

  /** Sets the working directory. */
  public B workingDir(String dir) {
    this.workingDir = dir;
    return self();
  }

  /** Adds a port. */
  public B port(Port port) {
    this.ports.add(port);
    return self();
  }

  /** Adds an unnamed TCP port. */
  public B port(int containerPort) {
    return port(Port.of(containerPort));
  }

  /** Adds a named TCP port. */
  public B port(String portName, int containerPort) {
    return port(Port.named(portName, containerPort));
  }

  /** Adds an environment variable. */
  public B env(EnvVar variable) {
    this.env.add(variable);
    return self();
  }

  /** Adds a literal environment variable. */
  public B env(String variableName, String value) {
    return env(EnvVar.of(variableName, value));
  }

  /**
   * Adds literal variables from a map in its iteration order (HKube's {@code environments}); pass a
   * {@code LinkedHashMap} or a sorted map for a stable order.
   */
  public B env(Map<String, String> variables) {
    for (Map.Entry<String, String> variable : variables.entrySet()) {
      env(variable.getKey(), variable.getValue());
    }
    return self();
  }

  /** Adds an envFrom source. */
  public B envFrom(EnvFrom source) {
    this.envFrom.add(source);
    return self();
  }

  /** Adds a volume mount. */
  public B volumeMount(VolumeMount mount) {
    this.volumeMounts.add(mount);
    return self();
  }

  /** Adds a read-write mount of a pod volume. */
  public B volumeMount(String volumeName, String mountPath) {
    return volumeMount(VolumeMount.of(volumeName, mountPath));
  }

  /** Sets the resources. */
  public B resources(Resources containerResources) {
    this.resources = containerResources;
    return self();
  }

  /** Sets the security context. */
  public B securityContext(SecurityContext context) {
    this.securityContext = context;
    return self();
  }

  /**
   * Says whose container this is (default {@link Owner#USER}): a platform marks its own containers
   * {@link Owner#PLATFORM}, so workload-kind restrictions and host policies for users' containers
   * leave them alone.
   *
   * @throws IllegalArgumentException when the owner is null
   */
  public B owner(Owner containerOwner) {
    if (containerOwner == null) {
      throw new IllegalArgumentException("a container's owner cannot be null");
    }
    this.owner = containerOwner;
    return self();
  }

  /**
   * Starts from a host's own container: its fields are kept where this builder sets nothing, and
   * its lists (env, ports, mounts…) come first. Deep-copied when built.
   */
  public B base(V1Container container) {
    this.base = container;
    return self();
  }

  B setStartupProbe(Probe probe) {
    this.startupProbe = probe;
    return self();
  }

  B setReadinessProbe(Probe probe) {
    this.readinessProbe = probe;
    return self();
  }

  B setLivenessProbe(Probe probe) {
    this.livenessProbe = probe;
    return self();
  }

  B setLifecycle(Lifecycle hooks) {
    this.lifecycle = hooks;
    return self();
  }

  ContainerSpec spec() {
    return new ContainerSpec(this);
  }

  /** Builds the immutable value. */
  public abstract T build();
}
