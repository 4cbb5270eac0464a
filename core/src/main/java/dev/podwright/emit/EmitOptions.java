package dev.podwright.emit;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.model.Precedence;
import dev.podwright.model.SidecarMode;
import java.util.Objects;

/**
 * How a composition is emitted. Immutable; build with {@link #builder()}. Nothing is read from the
 * environment: the target Kubernetes version is the caller's to give.
 *
 * @param sidecarMode the sidecar mode, or null to derive it from the Kubernetes version
 * @param kubernetesVersion the target cluster's version
 * @param placement where the composition's init containers go relative to the host's
 * @param precedence which side wins a collision with the base spec
 */
public record EmitOptions(
    SidecarMode sidecarMode,
    KubernetesVersion kubernetesVersion,
    SidecarPlacement placement,
    Precedence precedence) {

  /** Native sidecars where supported, for the newest Kubernetes, failing on conflicts. */
  public static final EmitOptions DEFAULTS = builder().build();

  /** Fills in defaults for null parts (except the mode, which null derives). */
  public EmitOptions {
    kubernetesVersion = Objects.requireNonNullElse(kubernetesVersion, KubernetesVersion.LATEST);
    placement = Objects.requireNonNullElse(placement, SidecarPlacement.AFTER_HOST_INIT_CONTAINERS);
    precedence = Objects.requireNonNullElse(precedence, Precedence.FAIL);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options, to change some of them. */
  public Builder toBuilder() {
    return builder()
        .sidecarMode(sidecarMode)
        .kubernetesVersion(kubernetesVersion)
        .placement(placement)
        .precedence(precedence);
  }

  /**
   * The mode in effect: the explicit one, else {@link SidecarMode#NATIVE} from Kubernetes 1.29 on
   * and {@link SidecarMode#CLASSIC} before.
   */
  public SidecarMode effectiveSidecarMode() {
    if (sidecarMode != null) {
      return sidecarMode;
    }
    return kubernetesVersion.supportsNativeSidecars() ? SidecarMode.NATIVE : SidecarMode.CLASSIC;
  }

  /** Builds {@link EmitOptions}. */
  public static final class Builder {
    private SidecarMode sidecarMode;
    private KubernetesVersion kubernetesVersion = KubernetesVersion.LATEST;
    private SidecarPlacement placement = SidecarPlacement.AFTER_HOST_INIT_CONTAINERS;
    private Precedence precedence = Precedence.FAIL;

    private Builder() {}

    /** Chooses the sidecar mode explicitly, whatever the version. */
    public Builder sidecarMode(SidecarMode mode) {
      this.sidecarMode = mode;
      return this;
    }

    /** The target cluster's Kubernetes version (default: the newest supported). */
    public Builder kubernetesVersion(KubernetesVersion version) {
      this.kubernetesVersion = version;
      return this;
    }

    /**
     * The target cluster's Kubernetes version, e.g. {@code "1.29"}.
     *
     * @throws IllegalArgumentException when it is not a version
     */
    public Builder kubernetesVersion(String version) {
      return kubernetesVersion(KubernetesVersion.parse(version));
    }

    /** Where the composition's init containers and native sidecars go. */
    public Builder placement(SidecarPlacement where) {
      this.placement = where;
      return this;
    }

    /** Which side wins a collision with the base spec (default {@link Precedence#FAIL}). */
    public Builder precedence(Precedence policy) {
      this.precedence = policy;
      return this;
    }

    /** The options. */
    public EmitOptions build() {
      return new EmitOptions(sidecarMode, kubernetesVersion, placement, precedence);
    }
  }
}
