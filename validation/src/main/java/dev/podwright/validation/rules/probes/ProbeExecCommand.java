package dev.podwright.validation.rules.probes;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * An {@code exec} action of a probe or hook has a command ({@code PROBE_EXEC_COMMAND}). Only the
 * first action of a handler is validated, as on the API server.
 */
public final class ProbeExecCommand implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "PROBE_EXEC_COMMAND",
          Severity.ERROR,
          "H. Probes and lifecycle hooks",
          "An exec action of a probe or lifecycle hook has a non-empty command.",
          "The API server rejects an exec action without command (Required value).",
          "Give the exec action a command, e.g. [\"sh\", \"-c\", \"test -f /tmp/ready\"].");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (Handlers.Handler handler : Handlers.allHandlers(context)) {
      if (!"exec".equals(handler.firstAction())) {
        continue;
      }
      if (handler.exec().getCommand() == null || handler.exec().getCommand().isEmpty()) {
        sink.report(
            handler.path().child("exec").child("command"),
            null,
            "the exec action of the " + handler.describe() + " has no command");
      }
    }
  }
}
