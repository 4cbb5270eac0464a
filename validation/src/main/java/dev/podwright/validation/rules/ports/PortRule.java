package dev.podwright.validation.rules.ports;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.Section;
import dev.podwright.validation.spi.ViolationSink;

/**
 * The built-in rules for container ports and host ports: one constant per rule, named by its rule
 * id, in catalog order. Hosts pick rules by constant, e.g. {@code PortRule.PORT_CONTAINERPORT}.
 */
public enum PortRule implements PodSpecRule {
  /**
   * Every declared port has a {@code containerPort} between 1 and 65535 ({@code
   * PORT_CONTAINERPORT}).
   */
  PORT_CONTAINERPORT(
      Severity.ERROR,
      Section.PORTS,
      "Every declared port has a containerPort between 1 and 65535.",
      "The API server rejects a missing (Required value) or out-of-range (Invalid value) containerPort.",
      "Set containerPort to the port the process listens on (1-65535)."),

  /**
   * A set {@code hostPort} is between 1 and 65535 ({@code PORT_HOSTPORT_RANGE}); 0 or unset means
   * no host port.
   */
  PORT_HOSTPORT_RANGE(
      Severity.ERROR,
      Section.PORTS,
      "A non-zero hostPort is between 1 and 65535.",
      "The API server rejects an out-of-range hostPort (Invalid value).",
      "Set hostPort between 1 and 65535, or remove it (host ports are rarely needed)."),

  /**
   * A port protocol is {@code TCP}, {@code UDP} or {@code SCTP}, case-sensitive ({@code
   * PORT_PROTOCOL_ENUM}); unset is defaulted to TCP.
   */
  PORT_PROTOCOL_ENUM(
      Severity.ERROR,
      Section.PORTS,
      "A port protocol is TCP, UDP or SCTP (upper case).",
      "The API server rejects any other protocol (Unsupported value).",
      "Use TCP, UDP or SCTP in upper case, or leave protocol unset for TCP."),

  /** A port name is an {@code IANA_SVC_NAME} ({@code PORT_NAME_IANA}). */
  PORT_NAME_IANA(
      Severity.ERROR,
      Section.PORTS,
      "A port name is an IANA_SVC_NAME: at most 15 lowercase letters, digits and '-', with a letter, no leading, trailing or double '-'.",
      "The API server rejects an invalid port name (Invalid value); Services and probes refer to ports by these names.",
      "Rename the port, e.g. http, metrics or grpc-api."),

  /**
   * Port names are unique within one container ({@code PORT_NAME_UNIQUE_IN_CONTAINER}); across
   * containers it is only a warning.
   */
  PORT_NAME_UNIQUE_IN_CONTAINER(
      Severity.ERROR,
      Section.PORTS,
      "Port names are unique within a container.",
      "The API server rejects a repeated port name in one container (Duplicate value).",
      "Give each port of the container its own name, or drop the duplicate port."),

  /**
   * No two ports of the regular containers claim the same host port: key {@code
   * protocol/hostIP/hostPort} ({@code HOSTPORT_CONFLICT_REGULAR}). The key compares hostIP as text,
   * so {@code ""} and {@code 0.0.0.0} differ, as on the API server.
   */
  HOSTPORT_CONFLICT_REGULAR(
      Severity.ERROR,
      Section.PORTS,
      "No two ports of the regular containers use the same protocol/hostIP/hostPort.",
      "The API server rejects a repeated host port among spec.containers (Duplicate value): only one process can bind it on the node.",
      "Use a different hostPort (or hostIP) for one of the ports, or drop hostPort and use a Service."),

  /**
   * No two ports of one init container claim the same host port ({@code
   * HOSTPORT_CONFLICT_INIT_PER_CONTAINER}). Init containers are checked one by one, as the API
   * server does; conflicts between sidecars and regular containers are a runtime hazard, not
   * checked here. The API server reports the conflict under {@code initContainers[0]} whatever the
   * container index (it checks a one-element list); this rule reports the real index.
   */
  HOSTPORT_CONFLICT_INIT_PER_CONTAINER(
      Severity.ERROR,
      Section.PORTS,
      "No two ports of one init container use the same protocol/hostIP/hostPort.",
      "The API server rejects a repeated host port within an init container (Duplicate value).",
      "Use a different hostPort (or hostIP) for one of the ports, or drop the duplicate."),

  /**
   * With {@code hostNetwork: true}, a set {@code hostPort} of a regular container equals its {@code
   * containerPort} ({@code HOSTNETWORK_HOSTPORT_EQ_CONTAINERPORT}). An unset hostPort is fine: for
   * a Pod it is defaulted to the containerPort.
   */
  HOSTNETWORK_HOSTPORT_EQ_CONTAINERPORT(
      Severity.ERROR,
      Section.PORTS,
      "With hostNetwork: true, every set hostPort of spec.containers equals its containerPort.",
      "On the host network the process binds the node port directly, so the API server rejects hostPort != containerPort (Invalid value).",
      "Remove hostPort or set it equal to containerPort.");

  private final RuleInfo info;

  PortRule(Severity severity, Section section, String what, String why, String fix) {
    this.info = new RuleInfo(name(), severity, section, what, why, fix);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    switch (this) {
      case PORT_CONTAINERPORT -> PortChecks.portContainerPort(context, sink);
      case PORT_HOSTPORT_RANGE -> PortChecks.portHostPortRange(context, sink);
      case PORT_PROTOCOL_ENUM -> PortChecks.portProtocolEnum(context, sink);
      case PORT_NAME_IANA -> PortChecks.portNameIana(context, sink);
      case PORT_NAME_UNIQUE_IN_CONTAINER -> PortChecks.portNameUniqueInContainer(context, sink);
      case HOSTPORT_CONFLICT_REGULAR -> PortChecks.hostPortConflictRegular(context, sink);
      case HOSTPORT_CONFLICT_INIT_PER_CONTAINER ->
          PortChecks.hostPortConflictInitPerContainer(context, sink);
      case HOSTNETWORK_HOSTPORT_EQ_CONTAINERPORT ->
          PortChecks.hostNetworkHostPortEqContainerPort(context, sink);
    }
  }
}
