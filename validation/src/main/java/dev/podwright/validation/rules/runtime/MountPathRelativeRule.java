package dev.podwright.validation.rules.runtime;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.List;

/**
 * A relative {@code mountPath} ({@code data} instead of {@code /data}) in a Linux pod. The API
 * server does not check that a mount path is absolute; Windows paths are left alone.
 */
public final class MountPathRelativeRule implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RT_MOUNTPATH_RELATIVE_OR_ODD",
          Severity.WARNING,
          Hazards.SECTION,
          "A `mountPath` is not absolute.",
          "The API server accepts any non-empty mount path; container runtimes resolve a relative"
              + " one unexpectedly or refuse it (runc 1.2+ rejects relative mount destinations),"
              + " so the container fails to start or the volume lands elsewhere.",
          "Write the mount path as an absolute path, e.g. `/data`.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    boolean windows =
        context.spec().getOs() != null && "windows".equals(context.spec().getOs().getName());
    if (windows) {
      return;
    }
    for (ContainerRef ref : context.containers()) {
      List<V1VolumeMount> mounts = Hazards.list(ref.container().getVolumeMounts());
      for (int i = 0; i < mounts.size(); i++) {
        V1VolumeMount mount = mounts.get(i);
        String raw = mount == null ? null : mount.getMountPath();
        if (raw == null || raw.isEmpty() || MountPaths.isAbsolute(raw)) {
          continue;
        }
        if (MountPaths.looksWindows(raw)) {
          continue;
        }
        sink.report(
            ref.path().child("volumeMounts").index(i).child("mountPath"),
            raw,
            "container "
                + Hazards.quote(ref.displayName())
                + " mounts volume "
                + Hazards.quote(mount.getName())
                + " at the relative path "
                + Hazards.quote(raw)
                + "; mount paths must be absolute (did you mean "
                + Hazards.quote("/" + raw)
                + "?).");
      }
    }
  }
}
