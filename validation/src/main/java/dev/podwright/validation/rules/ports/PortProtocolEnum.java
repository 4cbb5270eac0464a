package dev.podwright.validation.rules.ports;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.List;

/**
 * A port protocol is {@code TCP}, {@code UDP} or {@code SCTP}, case-sensitive ({@code
 * PORT_PROTOCOL_ENUM}); unset is defaulted to TCP.
 */
public final class PortProtocolEnum implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "PORT_PROTOCOL_ENUM",
          Severity.ERROR,
          "F. Ports, host networking, namespaces",
          "A port protocol is TCP, UDP or SCTP (upper case).",
          "The API server rejects any other protocol (Unsupported value).",
          "Use TCP, UDP or SCTP in upper case, or leave protocol unset for TCP.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (PortEntries.Port port : PortEntries.all(context)) {
      String protocol = port.protocol();
      if (!SUPPORTED.contains(protocol)) {
        sink.report(
            port.path().child("protocol"),
            protocol,
            "protocol \""
                + protocol
                + "\" of port "
                + port.index()
                + " of container \""
                + port.container().displayName()
                + "\" is not supported; supported values: "
                + String.join(", ", SUPPORTED));
      }
    }
  }

  private static final List<String> SUPPORTED = List.of("SCTP", "TCP", "UDP");
}
