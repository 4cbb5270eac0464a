package dev.podwright.validation.rules.containers;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.ContainerType;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.List;

/**
 * An init container's {@code restartPolicy} ({@code SIDECAR_RESTARTPOLICY_VALUE}).
 *
 * <p>By version: before 1.29 the {@code SidecarContainers} gate is off by default and the field is
 * silently dropped (a runtime hazard, not an error); from 1.29 to 1.33 only {@code Always} is
 * accepted; in 1.34 values other than {@code Always} are dropped; from 1.35 ({@code
 * ContainerRestartRules}) {@code Always}, {@code OnFailure} and {@code Never} are accepted.
 */
public final class SidecarRestartPolicyValue implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "SIDECAR_RESTARTPOLICY_VALUE",
          Severity.ERROR,
          ContainerRules.SECTION,
          "An init container's restartPolicy, when set, is Always (a native sidecar); from 1.35"
              + " also OnFailure or Never.",
          "The API server rejects any other value (Unsupported value).",
          "Set restartPolicy: Always to make the init container a native sidecar, or remove the"
              + " field for a run-to-completion init container.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    KubernetesVersion version = context.version();
    if (!version.supportsNativeSidecars()) {
      return;
    }
    boolean enumMode = version.isAtLeast(ContainerRules.RESTART_RULES_BETA);
    boolean dropped = !enumMode && version.isAtLeast(ContainerRules.RESTART_RULES_ALPHA);
    List<String> supported =
        enumMode ? ContainerRestartPolicyOnRegular.SUPPORTED : List.of("Always");
    for (ContainerRef ref : context.containers(ContainerType.INIT_CONTAINER)) {
      String policy = ref.container().getRestartPolicy();
      if (policy == null || supported.contains(policy) || dropped) {
        continue;
      }
      sink.report(
          ref.path().child("restartPolicy"),
          policy,
          "Unsupported value: \""
              + policy
              + "\": supported values: "
              + ContainerPullPolicyEnum.quoted(supported)
              + " (Kubernetes "
              + version
              + ").");
    }
  }
}
