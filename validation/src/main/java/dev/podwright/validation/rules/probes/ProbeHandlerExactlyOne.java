package dev.podwright.validation.rules.probes;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.List;

/**
 * Every probe sets exactly one of {@code exec}, {@code httpGet}, {@code tcpSocket} and {@code grpc}
 * ({@code PROBE_HANDLER_EXACTLY_ONE}).
 */
public final class ProbeHandlerExactlyOne implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "PROBE_HANDLER_EXACTLY_ONE",
          Severity.ERROR,
          "H. Probes and lifecycle hooks",
          "Every probe sets exactly one of exec, httpGet, tcpSocket, grpc.",
          "The API server rejects a probe with no handler (Required) or several (Forbidden).",
          "Keep exactly one handler in the probe.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (Handlers.Handler handler : Handlers.probeHandlers(context)) {
      int count = handler.count();
      if (count == 0) {
        sink.report(
            handler.path(),
            null,
            "the "
                + handler.describe()
                + " must specify a handler type: exec, httpGet, tcpSocket or grpc");
      }
      if (count < 2) {
        continue;
      }
      List<String> actions = handler.actions();
      for (int i = 1; i < actions.size(); i++) {
        sink.report(
            handler.path().child(actions.get(i)),
            null,
            "the "
                + handler.describe()
                + " sets "
                + String.join(" and ", actions)
                + "; it may not specify more than 1 handler type");
      }
    }
  }
}
