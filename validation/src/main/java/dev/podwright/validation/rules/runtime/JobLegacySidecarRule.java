package dev.podwright.validation.rules.runtime;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.ContainerType;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.List;

/**
 * A pod that must run to completion (Job, CronJob) with more than one regular container: a
 * long-running helper among them (a classic sidecar) keeps the pod from ever completing.
 */
public final class JobLegacySidecarRule implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RT_JOB_LEGACY_SIDECAR",
          Severity.WARNING,
          Hazards.SECTION,
          "A Job-like pod has more than one regular container.",
          "A Job's pod completes only when every regular container has exited; a sidecar that"
              + " runs as a regular container (proxy, log shipper) never exits, so the Job never"
              + " completes.",
          "Make the helper a native sidecar (an init container with `restartPolicy: Always`,"
              + " Kubernetes 1.29+): it is stopped once the main containers finish.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    if (!context.runsToCompletion()) {
      return;
    }
    List<ContainerRef> regular = context.containers(ContainerType.CONTAINER);
    if (regular.size() < 2) {
      return;
    }
    String main = regular.get(0).displayName();
    for (ContainerRef ref : regular.subList(1, regular.size())) {
      sink.report(
          ref.path(),
          ref.displayName(),
          "container "
              + Hazards.quote(ref.displayName())
              + " runs next to "
              + Hazards.quote(main)
              + " in a pod that must complete; if it does not exit on its"
              + " own, the pod never completes.");
    }
  }
}
