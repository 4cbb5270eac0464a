package dev.podwright.validation.rules.security;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * A pod with {@code spec.os.name: linux} sets no {@code windowsOptions} ({@code
 * SC_OS_LINUX_NO_WINDOWS_OPTIONS}).
 */
public final class ScOsLinuxNoWindowsOptions implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "SC_OS_LINUX_NO_WINDOWS_OPTIONS",
          Severity.ERROR,
          "I. Security context",
          "A Linux pod (spec.os.name: linux) sets no windowsOptions.",
          "The API server forbids windowsOptions on pods declared as Linux (Forbidden).",
          "Remove securityContext.windowsOptions, or do not declare the pod as Linux.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    if (context.spec().getOs() == null || !"linux".equals(context.spec().getOs().getName())) {
      return;
    }
    if (context.spec().getSecurityContext() != null
        && context.spec().getSecurityContext().getWindowsOptions() != null) {
      sink.report(
          context.root().child("securityContext").child("windowsOptions"),
          null,
          "windowsOptions cannot be set for a linux pod");
    }
    for (ContainerRef ref : context.containers()) {
      if (ref.container().getSecurityContext() != null
          && ref.container().getSecurityContext().getWindowsOptions() != null) {
        sink.report(
            ref.path().child("securityContext").child("windowsOptions"),
            null,
            "windowsOptions of container \""
                + ref.displayName()
                + "\" cannot be set for a linux pod");
      }
    }
  }
}
