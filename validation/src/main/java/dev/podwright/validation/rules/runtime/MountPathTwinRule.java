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
 * Two mounts of one container whose paths differ as text but name the same directory ({@code /data}
 * and {@code /data/}). Exact duplicates are the API server's business (it rejects them); these slip
 * through its string comparison.
 */
public final class MountPathTwinRule implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RT_MOUNTPATH_TWIN",
          Severity.WARNING,
          Hazards.SECTION,
          "Two volume mounts of one container name the same directory in different spellings"
              + " (`/data` and `/data/`, `/a//b`).",
          "The API server compares mount paths as strings and accepts them; the runtime mounts"
              + " both over the same directory, so one volume hides the other (or the runtime"
              + " refuses a duplicate mount point).",
          "Keep one mount per directory; mount the other volume elsewhere or use subPath.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      List<V1VolumeMount> mounts = Hazards.list(ref.container().getVolumeMounts());
      Map<String, String> rawByNormal = new HashMap<>();
      for (int i = 0; i < mounts.size(); i++) {
        V1VolumeMount mount = mounts.get(i);
        String raw = mount == null ? null : mount.getMountPath();
        if (!MountPaths.isAbsolute(raw)) {
          continue;
        }
        String normal = MountPaths.normalize(raw);
        String earlier = rawByNormal.putIfAbsent(normal, raw);
        if (earlier != null && !earlier.equals(raw)) {
          sink.report(
              ref.path().child("volumeMounts").index(i).child("mountPath"),
              raw,
              "container "
                  + Hazards.quote(ref.displayName())
                  + " mounts "
                  + Hazards.quote(raw)
                  + " and "
                  + Hazards.quote(earlier)
                  + ", the same directory "
                  + Hazards.quote(normal)
                  + " spelled twice; one mount hides the other.");
        }
      }
    }
  }
}
