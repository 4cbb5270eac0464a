package dev.podwright.validation.spi;

/**
 * The sections of Podwright's rule catalog {@code docs/rules.md}, one constant per section, each
 * with its title. Every built-in rule names one; a host's own rules name a {@link RuleSection} of
 * the host's ({@link RuleSection#named(String)}).
 */
public enum Section implements RuleSection {
  /** Container and volume names and the format primitives they use. */
  NAMES("A. Names and format primitives"),
  /** Containers, init containers and native sidecars. */
  CONTAINERS("B. Containers, init containers, native sidecars"),
  /** Volumes and their sources. */
  VOLUMES("C. Volumes"),
  /** Volume mounts and volume devices. */
  MOUNTS("D. Volume mounts and volume devices"),
  /** Environment variables and envFrom. */
  ENV("E. Environment variables"),
  /** Container ports and host networking. */
  PORTS("F. Ports, host networking, namespaces"),
  /** Resources and quantities. */
  RESOURCES("G. Resources and quantities"),
  /** Probes and lifecycle hooks. */
  PROBES("H. Probes and lifecycle hooks"),
  /** Security contexts. */
  SECURITY_CONTEXT("I. Security context"),
  /** Common pod-level fields. */
  POD_FIELDS("J. Pod-level fields"),
  /** What the API server accepts with a warning. */
  WARNINGS("K. Warnings returned by the API server"),
  /** The Pod Security Standards checks. */
  POD_SECURITY("L. Pod Security Standards"),
  /** What the API server accepts but breaks at run time. */
  RUNTIME_HAZARDS("M. Runtime hazards"),
  /** The host policy, judged on the emitted spec. */
  HOST_POLICY("P. Host policy"),
  /** Host-defined workload kinds, judged on the composition. */
  WORKLOAD_KINDS("Q. Platform: workload kinds"),
  /** Compositions and the host policy, judged on the composition. */
  COMPOSITIONS("R. Platform: compositions and host policy"),
  /** Scheduling: affinity, tolerations, topology spread, gates. */
  SCHEDULING("S. Scheduling: affinity, tolerations, spread, gates"),
  /** Further pod-level settings: sysctls, host namespaces, host aliases, resource claims. */
  POD_SETTINGS("T. Pod-level settings: sysctls, namespaces, aliases, claims"),
  /** Ephemeral containers. */
  EPHEMERAL("U. Ephemeral containers"),
  /** What a workload controller demands of its pod template. */
  WORKLOAD_CONTROLLERS("V. Workload controllers"),
  /** What reading a manifest finds: schema problems and YAML oddities. */
  READING("W. Reading: schema and YAML");

  private final String title;

  Section(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
