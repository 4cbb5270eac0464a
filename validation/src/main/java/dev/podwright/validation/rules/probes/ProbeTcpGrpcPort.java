package dev.podwright.validation.rules.probes;

import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.custom.IntOrString;
import java.util.Optional;

/**
 * A {@code tcpSocket} port is a number 1-65535 or an {@code IANA_SVC_NAME}; a {@code grpc} port is
 * a number 1-65535 ({@code PROBE_TCP_GRPC_PORT}).
 */
public final class ProbeTcpGrpcPort implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "PROBE_TCP_GRPC_PORT",
          Severity.ERROR,
          "H. Probes and lifecycle hooks",
          "tcpSocket ports are numbers 1-65535 or IANA_SVC_NAMEs; grpc ports are numbers 1-65535.",
          "The API server rejects invalid tcpSocket and grpc ports (Invalid value).",
          "Use a port number 1-65535 (grpc) or a port number or declared port name (tcpSocket).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (Handlers.Handler handler : Handlers.allHandlers(context)) {
      String first = handler.firstAction();
      if ("tcpSocket".equals(first)) {
        IntOrString port = handler.tcpSocket().getPort();
        Optional<String> problem = Handlers.portProblem(port);
        if (problem.isPresent()) {
          sink.report(
              handler.path().child("tcpSocket").child("port"),
              Handlers.render(port),
              "tcpSocket port "
                  + Handlers.render(port)
                  + " of the "
                  + handler.describe()
                  + " "
                  + problem.get());
        }
      } else if ("grpc".equals(first)) {
        Integer port = handler.grpc().getPort();
        if (port == null || !KubeIdentifiers.isPortNumber(port)) {
          sink.report(
              handler.path().child("grpc").child("port"),
              port,
              "grpc port "
                  + port
                  + " of the "
                  + handler.describe()
                  + " must be between 1 and 65535, inclusive");
        }
      }
    }
  }
}
