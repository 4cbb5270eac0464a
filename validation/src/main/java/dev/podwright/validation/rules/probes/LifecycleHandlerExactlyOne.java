package dev.podwright.validation.rules.probes;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.List;

/**
 * Every {@code postStart} and {@code preStop} hook sets exactly one of {@code exec}, {@code
 * httpGet}, {@code tcpSocket} and {@code sleep} ({@code LIFECYCLE_HANDLER_EXACTLY_ONE}); {@code
 * sleep} counts from Kubernetes 1.30, before which it is dropped.
 */
public final class LifecycleHandlerExactlyOne implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "LIFECYCLE_HANDLER_EXACTLY_ONE",
          Severity.ERROR,
          "H. Probes and lifecycle hooks",
          "Every lifecycle hook sets exactly one of exec, httpGet, tcpSocket, sleep.",
          "The API server rejects a hook with no handler (Required) or several (Forbidden); sleep is dropped before 1.30.",
          "Keep exactly one handler in the hook.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (Handlers.Handler handler : Handlers.lifecycleHandlers(context)) {
      int count = handler.count();
      if (count == 0) {
        sink.report(
            handler.path(),
            null,
            "the "
                + handler.describe()
                + " must specify a handler type: exec, httpGet, tcpSocket"
                + (context.version().isAtLeast(Handlers.SLEEP_ACTION)
                    ? " or sleep"
                    : " (sleep only from Kubernetes " + Handlers.SLEEP_ACTION + ")"));
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
