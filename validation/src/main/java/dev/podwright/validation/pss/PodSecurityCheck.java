package dev.podwright.validation.pss;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.Locale;

/**
 * One check of the Pod Security Standards, as pod-security-admission implements it. A check runs
 * only when the host policy's level includes it (baseline checks at baseline and restricted,
 * restricted checks at restricted) and the target Kubernetes version has it; a baseline check that
 * restricted replaces with a stricter one does not run at restricted.
 *
 * <p>Run as a {@link PodSpecRule} a check sees no pod metadata, so annotation-based controls
 * (AppArmor's beta annotations) are judged only through {@link PodSecurityStandards}.
 */
public abstract sealed class PodSecurityCheck implements PodSpecRule
    permits AllowPrivilegeEscalationCheck,
        AppArmorProfileCheck,
        CapabilitiesBaselineCheck,
        CapabilitiesRestrictedCheck,
        HostNamespacesCheck,
        HostPathVolumesCheck,
        HostPortsCheck,
        HostProbesAndHostLifecycleCheck,
        PrivilegedCheck,
        ProcMountCheck,
        ProcMountRestrictedCheck,
        RestrictedVolumesCheck,
        RunAsNonRootCheck,
        RunAsUserCheck,
        SeLinuxOptionsCheck,
        SeccompProfileBaselineCheck,
        SeccompProfileRestrictedCheck,
        SysctlsCheck,
        WindowsHostProcessCheck {

  /** The catalog section of every Pod Security check. */
  static final String SECTION = "L. Pod Security Standards";

  private final RuleInfo info;
  private final String checkId;
  private final PodSecurityLevel level;

  PodSecurityCheck(String checkId, PodSecurityLevel level, String id, String what, String fix) {
    this.checkId = checkId;
    this.level = level;
    this.info =
        new RuleInfo(
            id,
            Severity.ERROR,
            SECTION,
            what,
            "Pod Security Admission rejects the pod (HTTP 403) in a namespace enforcing the "
                + level.name().toLowerCase(Locale.ROOT)
                + " level (check `"
                + checkId
                + "`); workload objects are accepted but their pods are not.",
            fix);
  }

  @Override
  public final RuleInfo info() {
    return info;
  }

  /** The pod-security-admission check ID, e.g. {@code capabilities_restricted}. */
  public final String checkId() {
    return checkId;
  }

  /** The lowest level this check belongs to. */
  public final PodSecurityLevel level() {
    return level;
  }

  /** True when this check runs at the given level and policy version. */
  public boolean appliesTo(PodSecurityLevel enforced, KubernetesVersion version) {
    return enforced.compareTo(level) >= 0;
  }

  @Override
  public final void check(PodSpecContext context, ViolationSink sink) {
    if (!appliesTo(context.policy().podSecurityLevel(), context.version())) {
      return;
    }
    evaluate(context.derived(VIEW), sink);
  }

  /** The pod view of a context, built once per validation and shared by every check. */
  private static final PodSpecContext.Derived<PodView> VIEW = new View();

  private static final class View implements PodSpecContext.Derived<PodView> {
    @Override
    public PodView compute(PodSpecContext context) {
      return PodView.of(
          context.podAnnotations(),
          context.metadataPath(),
          context.spec(),
          context.root(),
          context.version());
    }
  }

  /** Checks a pod already known to be in scope. Total: never throws. */
  abstract void evaluate(PodView pod, ViolationSink sink);

  static String quote(String value) {
    return "\"" + value + "\"";
  }
}
