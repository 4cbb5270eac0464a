package dev.podwright.validation.rules.runtime;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code subPath} (or {@code subPathExpr}) mount of a configMap, secret, projected or downwardAPI
 * volume: the file is copied once and never sees later updates.
 */
public final class SubPathNoUpdatesRule implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RT_SUBPATH_NO_UPDATES",
          Severity.INFO,
          Hazards.SECTION,
          "A configMap, secret, projected or downwardAPI volume is mounted with `subPath`.",
          "The kubelet updates these volumes in place through a symlink swap, which a subPath"
              + " mount does not follow: the container keeps the content it started with.",
          "Mount the whole volume at a directory (optionally with `items`) if the container must"
              + " see updates, or restart the pod on change.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    Map<String, String> updating = new HashMap<>();
    for (V1Volume v : Hazards.list(context.spec().getVolumes())) {
      if (v == null || v.getName() == null) {
        continue;
      }
      String kind =
          v.getConfigMap() != null
              ? "configMap"
              : v.getSecret() != null
                  ? "secret"
                  : v.getProjected() != null
                      ? "projected"
                      : v.getDownwardAPI() != null ? "downwardAPI" : null;
      if (kind != null) {
        updating.putIfAbsent(v.getName(), kind);
      }
    }
    if (updating.isEmpty()) {
      return;
    }
    for (ContainerRef ref : context.containers()) {
      List<V1VolumeMount> mounts = Hazards.list(ref.container().getVolumeMounts());
      for (int i = 0; i < mounts.size(); i++) {
        V1VolumeMount m = mounts.get(i);
        if (m == null || m.getName() == null) {
          continue;
        }
        String kind = updating.get(m.getName());
        boolean sub = m.getSubPath() != null && !m.getSubPath().isEmpty();
        boolean expr = m.getSubPathExpr() != null && !m.getSubPathExpr().isEmpty();
        if (kind != null && (sub || expr)) {
          sink.report(
              ref.path().child("volumeMounts").index(i).child(sub ? "subPath" : "subPathExpr"),
              sub ? m.getSubPath() : m.getSubPathExpr(),
              "container "
                  + Hazards.quote(ref.displayName())
                  + " mounts "
                  + kind
                  + " volume "
                  + Hazards.quote(m.getName())
                  + " with a subPath: it will not see updates.");
        }
      }
    }
  }
}
