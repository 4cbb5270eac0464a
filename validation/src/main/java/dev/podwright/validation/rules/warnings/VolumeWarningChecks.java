package dev.podwright.validation.rules.warnings;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1DownwardAPIVolumeFile;
import io.kubernetes.client.openapi.models.V1KeyToPath;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeProjection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks behind {@link WarningRule}, one static method per rule, and their helpers: {@code
 * W_VOLUME_OVERLAPPING_PATHS}, {@code W_PROJECTED_EMPTY_SOURCE}, {@code
 * W_DEPRECATED_VOLUME_PLUGIN}.
 */
final class VolumeWarningChecks {

  /** The gitRepo volume driver is disabled by default from this release. */
  static final KubernetesVersion GIT_REPO_OFF = KubernetesVersion.of(1, 33);

  private VolumeWarningChecks() {}

  /** Checks {@link WarningRule#W_VOLUME_OVERLAPPING_PATHS}. */
  static void warnVolumeOverlappingPaths(PodSpecContext context, ViolationSink sink) {
    List<V1Volume> volumes = context.spec().getVolumes();
    if (volumes == null) {
      return;
    }
    FieldPath root = context.root();
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume v = volumes.get(i);
      if (v == null) {
        continue;
      }
      String name = v.getName();
      if (v.getConfigMap() != null && v.getConfigMap().getItems() != null) {
        overlap(
            keyPaths(v.getConfigMap().getItems()),
            root,
            i,
            name,
            "ConfigMap",
            true,
            v.getConfigMap().getName(),
            sink);
      }
      if (v.getSecret() != null && v.getSecret().getItems() != null) {
        overlap(
            keyPaths(v.getSecret().getItems()),
            root,
            i,
            name,
            "Secret",
            true,
            v.getSecret().getSecretName(),
            sink);
      }
      if (v.getDownwardAPI() != null && v.getDownwardAPI().getItems() != null) {
        overlap(
            filePaths(v.getDownwardAPI().getItems()),
            root,
            i,
            name,
            "DownwardAPI",
            false,
            null,
            sink);
      }
      if (v.getProjected() != null && v.getProjected().getSources() != null) {
        projected(name, v.getProjected().getSources(), root, i, sink);
      }
    }
  }

  /** Checks {@link WarningRule#W_PROJECTED_EMPTY_SOURCE}. */
  static void warnProjectedEmptySource(PodSpecContext context, ViolationSink sink) {
    List<V1Volume> volumes = context.spec().getVolumes();
    if (volumes == null) {
      return;
    }
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume volume = volumes.get(i);
      if (volume == null || volume.getProjected() == null) {
        continue;
      }
      List<V1VolumeProjection> sources = volume.getProjected().getSources();
      if (sources == null) {
        continue;
      }
      for (int j = 0; j < sources.size(); j++) {
        if (sources.get(j) == null || isEmpty(sources.get(j))) {
          sink.report(
              context.root().child("volumes").index(i).child("projected").child("sources").index(j),
              null,
              "volume \"" + volume.getName() + "\" (Projected) has no sources provided");
        }
      }
    }
  }

  /** Checks {@link WarningRule#W_DEPRECATED_VOLUME_PLUGIN}. */
  static void warnDeprecatedVolumePlugin(PodSpecContext context, ViolationSink sink) {
    List<V1Volume> volumes = context.spec().getVolumes();
    if (volumes == null) {
      return;
    }
    boolean gitRepoOff = context.version().isAtLeast(GIT_REPO_OFF);
    FieldPath root = context.root();
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume v = volumes.get(i);
      if (v == null) {
        continue;
      }
      warn(
          sink,
          root,
          i,
          "photonPersistentDisk",
          v.getPhotonPersistentDisk(),
          "deprecated in v1.11, non-functional in v1.16+");
      warn(
          sink,
          root,
          i,
          "gitRepo",
          v.getGitRepo(),
          gitRepoOff
              ? "deprecated in v1.11, and disabled by default in v1.33+"
              : "deprecated in v1.11");
      warn(
          sink,
          root,
          i,
          "scaleIO",
          v.getScaleIO(),
          "deprecated in v1.16, non-functional in v1.22+");
      warn(
          sink,
          root,
          i,
          "flocker",
          v.getFlocker(),
          "deprecated in v1.22, non-functional in v1.25+");
      warn(
          sink,
          root,
          i,
          "storageOS",
          v.getStorageos(),
          "deprecated in v1.22, non-functional in v1.25+");
      warn(
          sink,
          root,
          i,
          "quobyte",
          v.getQuobyte(),
          "deprecated in v1.22, non-functional in v1.25+");
      warn(
          sink,
          root,
          i,
          "glusterfs",
          v.getGlusterfs(),
          "deprecated in v1.25, non-functional in v1.26+");
      warn(sink, root, i, "cephfs", v.getCephfs(), "deprecated in v1.28, non-functional in v1.31+");
      warn(sink, root, i, "rbd", v.getRbd(), "deprecated in v1.28, non-functional in v1.31+");
    }
  }

  private static void projected(
      String name,
      List<V1VolumeProjection> sources,
      FieldPath root,
      int index,
      ViolationSink sink) {
    Set<String> all = new LinkedHashSet<>();
    for (V1VolumeProjection source : sources) {
      if (source == null) {
        continue;
      }
      List<String> paths;
      String kind;
      boolean named;
      String object;
      if (source.getConfigMap() != null && source.getConfigMap().getItems() != null) {
        paths = keyPaths(source.getConfigMap().getItems());
        kind = "Projected ConfigMap";
        named = true;
        object = source.getConfigMap().getName();
      } else if (source.getSecret() != null && source.getSecret().getItems() != null) {
        paths = keyPaths(source.getSecret().getItems());
        kind = "Projected Secret";
        named = true;
        object = source.getSecret().getName();
      } else if (source.getDownwardAPI() != null && source.getDownwardAPI().getItems() != null) {
        paths = filePaths(source.getDownwardAPI().getItems());
        kind = "Projected DownwardAPI";
        named = false;
        object = null;
      } else if (source.getServiceAccountToken() != null) {
        paths = nonNull(source.getServiceAccountToken().getPath());
        kind = "Projected ServiceAccountToken";
        named = false;
        object = null;
      } else if (source.getClusterTrustBundle() != null) {
        paths = nonNull(source.getClusterTrustBundle().getPath());
        kind = "Projected ClusterTrustBundle";
        named = true;
        object =
            source.getClusterTrustBundle().getName() != null
                ? source.getClusterTrustBundle().getName()
                : source.getClusterTrustBundle().getSignerName();
      } else {
        continue;
      }
      if (paths.isEmpty()) {
        continue;
      }
      overlap(paths, root, index, name, kind, named, object, sink);
      Set<String> unique = new LinkedHashSet<>(paths);
      List<String> ordered = new ArrayList<>(unique);
      ordered.addAll(all);
      ordered.sort(null);
      overlap(ordered, root, index, name, kind, named, object, sink);
      all.addAll(unique);
    }
  }

  /**
   * Reports every path that collides with an earlier one, at {@code root.volumes[index]}, with the
   * message {@code volume "name" (kind "object"): overlapping paths: ...} ({@code "object"} only
   * when {@code named}).
   */
  private static void overlap(
      List<String> paths,
      FieldPath root,
      int index,
      String name,
      String kind,
      boolean named,
      String object,
      ViolationSink sink) {
    Set<String> seen = new LinkedHashSet<>();
    for (String raw : paths) {
      String normalized = trimSlashes(raw);
      String collision = collision(seen, normalized);
      if (collision != null) {
        sink.report(
            root.child("volumes").index(index),
            normalized,
            "volume "
                + q(name)
                + " ("
                + kind
                + (named ? " " + q(object) : "")
                + "): overlapping paths: "
                + q(normalized)
                + " with "
                + q(collision));
      }
      seen.add(normalized);
    }
  }

  private static String collision(Set<String> seen, String path) {
    for (String item : seen) {
      if (item.isEmpty() || path.isEmpty()) {
        return null;
      }
      if (item.equals(path) || prefixOfSlashed(path, item) || prefixOfSlashed(item, path)) {
        return item;
      }
    }
    return null;
  }

  /** {@code (base + "/").startsWith(prefix)}, without building the string. */
  static boolean prefixOfSlashed(String prefix, String base) {
    int length = prefix.length();
    if (length <= base.length()) {
      return base.startsWith(prefix);
    }
    return length == base.length() + 1
        && prefix.startsWith(base)
        && prefix.charAt(length - 1) == '/';
  }

  private static String trimSlashes(String path) {
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(0, end);
  }

  private static List<String> keyPaths(List<V1KeyToPath> items) {
    List<String> paths = new ArrayList<>();
    for (V1KeyToPath item : items) {
      if (item != null) {
        paths.add(item.getPath() == null ? "" : item.getPath());
      }
    }
    return paths;
  }

  private static List<String> filePaths(List<V1DownwardAPIVolumeFile> items) {
    List<String> paths = new ArrayList<>();
    for (V1DownwardAPIVolumeFile item : items) {
      if (item != null) {
        paths.add(item.getPath() == null ? "" : item.getPath());
      }
    }
    return paths;
  }

  private static List<String> nonNull(String path) {
    return List.of(path == null ? "" : path);
  }

  private static String q(String text) {
    return "\"" + (text == null ? "" : text) + "\"";
  }

  static boolean isEmpty(V1VolumeProjection source) {
    return source.getSecret() == null
        && source.getConfigMap() == null
        && source.getDownwardAPI() == null
        && source.getServiceAccountToken() == null
        && source.getClusterTrustBundle() == null
        && source.getPodCertificate() == null;
  }

  /** Warns about {@code plugin} of {@code root.volumes[index]} when it is set. */
  private static void warn(
      ViolationSink sink, FieldPath root, int index, String plugin, Object source, String message) {
    if (source != null) {
      sink.report(
          root.child("volumes").index(index).child(plugin),
          plugin,
          plugin + " volumes are " + message);
    }
  }
}
