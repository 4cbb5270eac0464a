package dev.podwright.validation.rules.runtime;

import dev.podwright.kubernetes.Quantities;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1EphemeralContainer;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeDevice;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checks behind {@link RuntimeHazardRule}, one static method per rule, and their helpers:
 * {@code RT_MOUNTPATH_RELATIVE_OR_ODD}, {@code RT_MOUNTPATH_TWIN}, {@code RT_MOUNT_SHADOWING},
 * {@code RT_SUBPATH_NO_UPDATES}, {@code RT_EMPTYDIR_MEDIUM}, {@code RT_VOLUME_UNUSED}.
 */
final class StorageHazardChecks {

  private static final List<String> KNOWN = List.of("Memory", "HugePages", "HugePages-2Mi");

  private StorageHazardChecks() {}

  /** Checks {@link RuntimeHazardRule#RT_MOUNTPATH_RELATIVE_OR_ODD}. */
  static void mountPathRelative(PodSpecContext context, ViolationSink sink) {
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

  /** Checks {@link RuntimeHazardRule#RT_MOUNTPATH_TWIN}. */
  static void mountPathTwin(PodSpecContext context, ViolationSink sink) {
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

  /** Checks {@link RuntimeHazardRule#RT_MOUNT_SHADOWING}. */
  static void mountShadowing(PodSpecContext context, ViolationSink sink) {
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

  /** Checks {@link RuntimeHazardRule#RT_SUBPATH_NO_UPDATES}. */
  static void subPathNoUpdates(PodSpecContext context, ViolationSink sink) {
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

  /** Checks {@link RuntimeHazardRule#RT_EMPTYDIR_MEDIUM}. */
  static void emptyDirMedium(PodSpecContext context, ViolationSink sink) {
    List<V1Volume> volumes = Hazards.list(context.spec().getVolumes());
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume volume = volumes.get(i);
      if (volume == null || volume.getEmptyDir() == null) {
        continue;
      }
      String medium = volume.getEmptyDir().getMedium();
      if (medium == null || valid(medium)) {
        continue;
      }
      sink.report(
          context.root().child("volumes").index(i).child("emptyDir").child("medium"),
          medium,
          "volume "
              + Hazards.quote(volume.getName())
              + " asks for emptyDir medium "
              + Hazards.quote(medium)
              + ", which the kubelet does not know; did you mean "
              + Hazards.quote(suggest(medium))
              + "?");
    }
  }

  /** Checks {@link RuntimeHazardRule#RT_VOLUME_UNUSED}. */
  static void unusedVolume(PodSpecContext context, ViolationSink sink) {
    List<V1Volume> volumes = Hazards.list(context.spec().getVolumes());
    if (volumes.isEmpty()) {
      return;
    }
    Set<String> used = new HashSet<>();
    for (ContainerRef ref : context.containers()) {
      addMounts(used, ref.container().getVolumeMounts(), ref.container().getVolumeDevices());
    }
    for (V1EphemeralContainer e : Hazards.list(context.spec().getEphemeralContainers())) {
      if (e != null) {
        addMounts(used, e.getVolumeMounts(), e.getVolumeDevices());
      }
    }
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume volume = volumes.get(i);
      if (volume == null || volume.getName() == null || used.contains(volume.getName())) {
        continue;
      }
      sink.report(
          context.root().child("volumes").index(i),
          volume.getName(),
          "volume " + Hazards.quote(volume.getName()) + " is declared but no container mounts it.");
    }
  }

  static boolean valid(String medium) {
    if (medium.isEmpty() || medium.equals("Memory") || medium.equals("HugePages")) {
      return true;
    }
    return medium.startsWith("HugePages-")
        && Quantities.parse(medium.substring("HugePages-".length())).isPresent();
  }

  /** The nearest known medium. */
  static String suggest(String medium) {
    String lower = medium.trim().toLowerCase(Locale.ROOT);
    if (lower.startsWith("hugepages-") || lower.startsWith("hugepage-")) {
      String size = medium.trim().substring(medium.trim().indexOf('-') + 1);
      return Quantities.parse(size).isPresent() ? "HugePages-" + size : "HugePages-2Mi";
    }
    String best = KNOWN.get(0);
    int bestDistance = Integer.MAX_VALUE;
    for (String known : KNOWN) {
      int d = distance(lower, known.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = known;
      }
    }
    return best;
  }

  /** Levenshtein distance, capped input length so absurd values stay cheap. */
  static int distance(String a, String b) {
    String s = a.length() > 64 ? a.substring(0, 64) : a;
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= s.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = s.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[b.length()];
  }

  private static void addMounts(
      Set<String> used, List<V1VolumeMount> mounts, List<V1VolumeDevice> devices) {
    for (V1VolumeMount m : Hazards.list(mounts)) {
      if (m != null && m.getName() != null) {
        used.add(m.getName());
      }
    }
    for (V1VolumeDevice d : Hazards.list(devices)) {
      if (d != null && d.getName() != null) {
        used.add(d.getName());
      }
    }
  }
}
