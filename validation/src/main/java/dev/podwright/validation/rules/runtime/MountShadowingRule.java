package dev.podwright.validation.rules.runtime;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A mount nested inside another mount of the same container ({@code /etc/app} and {@code
 * /etc/app/conf}): the inner mount hides what the outer volume holds at that path. Only a note:
 * injectors nest on purpose (Istio mounts its CRL inside its CA certificate directory). Linear:
 * each mount looks up its ancestors in a map.
 */
public final class MountShadowingRule implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RT_MOUNT_SHADOWING",
          Severity.INFO,
          Hazards.SECTION,
          "A volume mount lies inside another volume mount of the same container (`/a` and"
              + " `/a/b`).",
          "The kubelet mounts the outer volume first and the inner one over it: whatever the"
              + " outer volume holds at that path is hidden, and writes there go to the inner"
              + " volume.",
          "Mount the volumes at sibling paths, or use subPath if the nesting is intended.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      List<V1VolumeMount> mounts = Hazards.list(ref.container().getVolumeMounts());
      Map<String, Integer> byPath = new HashMap<>();
      for (int i = 0; i < mounts.size(); i++) {
        V1VolumeMount mount = mounts.get(i);
        String raw = mount == null ? null : mount.getMountPath();
        if (MountPaths.isAbsolute(raw)) {
          byPath.putIfAbsent(MountPaths.normalize(raw), i);
        }
      }
      for (int i = 0; i < mounts.size(); i++) {
        V1VolumeMount mount = mounts.get(i);
        String raw = mount == null ? null : mount.getMountPath();
        if (!MountPaths.isAbsolute(raw)) {
          continue;
        }
        String normal = MountPaths.normalize(raw);
        for (String up = MountPaths.parent(normal); up != null; up = MountPaths.parent(up)) {
          Integer outer = up.equals("/") ? null : byPath.get(up);
          if (outer != null) {
            V1VolumeMount outerMount = mounts.get(outer);
            sink.report(
                ref.path().child("volumeMounts").index(i).child("mountPath"),
                raw,
                "container "
                    + Hazards.quote(ref.displayName())
                    + " mounts volume "
                    + Hazards.quote(mount.getName())
                    + " at "
                    + Hazards.quote(raw)
                    + ", inside its mount of volume "
                    + Hazards.quote(outerMount.getName())
                    + " at "
                    + Hazards.quote(outerMount.getMountPath())
                    + "; the inner mount hides that part of the outer volume.");
            break;
          }
        }
      }
    }
  }
}
