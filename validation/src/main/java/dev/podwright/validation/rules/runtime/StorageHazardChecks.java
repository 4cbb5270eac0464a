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

  /**
   * Up to this many mounts per container, the twin and shadowing checks compare every pair (no map,
   * nothing allocated for a clean container); above it they index the paths in a hash map, so a
   * container with very many mounts stays linear.
   */
  private static final int PAIRWISE = 16;

  /** Checks {@link RuntimeHazardRule#RT_MOUNTPATH_TWIN}. */
  static void mountPathTwin(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      List<V1VolumeMount> mounts = Hazards.list(ref.container().getVolumeMounts());
      if (mounts.size() < 2) {
        continue;
      }
      String[] normals = normals(mounts);
      Map<String, String> rawByNormal = mounts.size() > PAIRWISE ? new HashMap<>() : null;
      for (int i = 0; i < normals.length; i++) {
        String normal = normals[i];
        if (normal == null) {
          continue;
        }
        String raw = mounts.get(i).getMountPath();
        String earlier =
            rawByNormal != null
                ? rawByNormal.putIfAbsent(normal, raw)
                : firstRawOf(normal, normals, mounts, i);
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

  /**
   * The normalised mount path of each mount, null where the mount or its path is missing or the
   * path is not absolute.
   */
  private static String[] normals(List<V1VolumeMount> mounts) {
    String[] normals = new String[mounts.size()];
    for (int i = 0; i < normals.length; i++) {
      V1VolumeMount mount = mounts.get(i);
      String raw = mount == null ? null : mount.getMountPath();
      normals[i] = MountPaths.isAbsolute(raw) ? MountPaths.normalize(raw) : null;
    }
    return normals;
  }

  /** The raw path of the first mount before {@code before} with this normal path, or null. */
  private static String firstRawOf(
      String normal, String[] normals, List<V1VolumeMount> mounts, int before) {
    for (int j = 0; j < before; j++) {
      if (normal.equals(normals[j])) {
        return mounts.get(j).getMountPath();
      }
    }
    return null;
  }

  /** Checks {@link RuntimeHazardRule#RT_MOUNT_SHADOWING}. */
  static void mountShadowing(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      List<V1VolumeMount> mounts = Hazards.list(ref.container().getVolumeMounts());
      if (mounts.size() < 2) {
        continue;
      }
      String[] normals = normals(mounts);
      Map<String, Integer> byPath = mounts.size() > PAIRWISE ? indexed(normals) : null;
      for (int i = 0; i < normals.length; i++) {
        if (normals[i] == null) {
          continue;
        }
        int outer = byPath != null ? nearestOuter(normals[i], byPath) : nearestOuter(normals, i);
        if (outer >= 0) {
          V1VolumeMount mount = mounts.get(i);
          V1VolumeMount outerMount = mounts.get(outer);
          sink.report(
              ref.path().child("volumeMounts").index(i).child("mountPath"),
              mount.getMountPath(),
              "container "
                  + Hazards.quote(ref.displayName())
                  + " mounts volume "
                  + Hazards.quote(mount.getName())
                  + " at "
                  + Hazards.quote(mount.getMountPath())
                  + ", inside its mount of volume "
                  + Hazards.quote(outerMount.getName())
                  + " at "
                  + Hazards.quote(outerMount.getMountPath())
                  + "; the inner mount hides that part of the outer volume.");
        }
      }
    }
  }

  /** The first index of each normal path. */
  private static Map<String, Integer> indexed(String[] normals) {
    Map<String, Integer> byPath = new HashMap<>();
    for (int i = 0; i < normals.length; i++) {
      if (normals[i] != null) {
        byPath.putIfAbsent(normals[i], i);
      }
    }
    return byPath;
  }

  /**
   * The first mount at the nearest ancestor directory of mount {@code inner} (the root excepted),
   * or -1: the longest normal path that is an ancestor, the earliest mount among equals.
   */
  private static int nearestOuter(String[] normals, int inner) {
    String path = normals[inner];
    int best = -1;
    for (int j = 0; j < normals.length; j++) {
      String candidate = normals[j];
      if (candidate != null
          && (best < 0 || candidate.length() > normals[best].length())
          && MountPaths.isAncestor(candidate, path)) {
        best = j;
      }
    }
    return best;
  }

  /** The same as {@link #nearestOuter(String[], int)}, walking up through an index. */
  private static int nearestOuter(String normal, Map<String, Integer> byPath) {
    for (String up = MountPaths.parent(normal); up != null; up = MountPaths.parent(up)) {
      Integer outer = up.equals("/") ? null : byPath.get(up);
      if (outer != null) {
        return outer;
      }
    }
    return -1;
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
