package dev.podwright.validation.rules.containers;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.ContainerType;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * A native sidecar on a Kubernetes version without native sidecars ({@code
 * SIDECAR_FIELD_SILENTLY_DROPPED}). Before 1.29 the {@code SidecarContainers} gate is off by
 * default (1.28) or absent, and the API server silently drops {@code restartPolicy: Always}: the
 * sidecar becomes a run-to-completion init container that never completes, and the pod never
 * starts. The API server accepts the spec, but it can never work, so this is an error.
 */
public final class SidecarFieldSilentlyDropped implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "SIDECAR_FIELD_SILENTLY_DROPPED",
          Severity.ERROR,
          ContainerRules.SECTION,
          "Native sidecars (init containers with restartPolicy: Always) target Kubernetes 1.29 or"
              + " later.",
          "Before 1.29 the API server silently drops restartPolicy: Always; the long-running"
              + " sidecar then blocks as an init container and the pod stays in Init forever.",
          "Target Kubernetes 1.29 or later, or run the sidecar as a regular container in"
              + " spec.containers on older clusters.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    KubernetesVersion version = context.version();
    if (version.supportsNativeSidecars()) {
      return;
    }
    for (ContainerRef ref : context.containers(ContainerType.INIT_CONTAINER)) {
      if (ref.isNativeSidecar()) {
        sink.report(
            ref.path().child("restartPolicy"),
            "Always",
            "Kubernetes "
                + version
                + " drops restartPolicy: Always (native sidecars need "
                + KubernetesVersion.NATIVE_SIDECARS
                + "); init container \""
                + ref.displayName()
                + "\" would run as a blocking init container and the pod would never start.");
      }
    }
  }
}
