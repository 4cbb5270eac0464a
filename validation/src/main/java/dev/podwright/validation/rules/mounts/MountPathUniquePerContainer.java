package dev.podwright.validation.rules.mounts;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mount paths are unique within one container, compared as exact strings ({@code
 * MOUNT_PATH_UNIQUE_PER_CONTAINER}); the same path in different containers is fine.
 */
public final class MountPathUniquePerContainer implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "MOUNT_PATH_UNIQUE_PER_CONTAINER",
          Severity.ERROR,
          MountRules.SECTION,
          "No two volumeMounts of one container share a mountPath.",
          "The API server rejects a repeated mount path in a container (Invalid value: must be"
              + " unique).",
          "Mount the second volume elsewhere, or use subPath mounts at distinct paths.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      List<MountRules.Mount> mounts = MountRules.mounts(context, ref);
      if (mounts.size() < 2) {
        continue;
      }
      Map<String, FieldPath> seen = new HashMap<>();
      for (MountRules.Mount mount : mounts) {
        String path = mount.mount().getMountPath();
        if (MountRules.isEmpty(path)) {
          continue;
        }
        FieldPath first = seen.putIfAbsent(path, mount.path());
        if (first != null) {
          sink.report(
              mount.path().child("mountPath"),
              path,
              "Invalid value: \""
                  + path
                  + "\": must be unique; "
                  + first
                  + " already mounts there.");
        }
      }
    }
  }
}
