package dev.podwright.validation.rules.security;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1SecurityContext;

/**
 * Windows {@code hostProcess}: pod and container values agree, all containers or none are
 * hostProcess, and hostProcess pods use {@code hostNetwork: true} ({@code SC_WINDOWS_HOSTPROCESS}).
 */
public final class ScWindowsHostProcess implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "SC_WINDOWS_HOSTPROCESS",
          Severity.ERROR,
          "I. Security context",
          "Windows hostProcess is set consistently: same pod and container value, all containers or none, with hostNetwork: true.",
          "The API server rejects mixed or inconsistent hostProcess settings and hostProcess pods without hostNetwork (Invalid value).",
          "Set windowsOptions.hostProcess: true at pod level for every container and spec.hostNetwork: true, or drop hostProcess.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    Boolean pod =
        context.spec().getSecurityContext() == null
                || context.spec().getSecurityContext().getWindowsOptions() == null
            ? null
            : context.spec().getSecurityContext().getWindowsOptions().getHostProcess();
    int containers = 0;
    int hostProcess = 0;
    for (ContainerRef ref : context.containers()) {
      containers++;
      V1SecurityContext sc = ref.container().getSecurityContext();
      Boolean own =
          sc == null || sc.getWindowsOptions() == null
              ? null
              : sc.getWindowsOptions().getHostProcess();
      if (pod != null && own != null && !pod.equals(own)) {
        sink.report(
            ref.path().child("securityContext").child("windowsOptions").child("hostProcess"),
            own,
            "hostProcess "
                + own
                + " of container \""
                + ref.displayName()
                + "\" differs from the pod value "
                + pod
                + "; pod hostProcess value must be identical if both are specified");
      }
      if (Boolean.TRUE.equals(own) || own == null && Boolean.TRUE.equals(pod)) {
        hostProcess++;
      }
    }
    if (hostProcess == 0) {
      return;
    }
    if (hostProcess != containers) {
      sink.report(
          context.root(),
          null,
          hostProcess
              + " of "
              + containers
              + " containers are hostProcess containers; if a pod"
              + " contains any hostProcess containers then all containers must be hostProcess");
    }
    if (!Boolean.TRUE.equals(context.spec().getHostNetwork())) {
      sink.report(
          context.root().child("hostNetwork"),
          context.spec().getHostNetwork(),
          "hostNetwork must be true if the pod contains any hostProcess containers");
    }
  }
}
