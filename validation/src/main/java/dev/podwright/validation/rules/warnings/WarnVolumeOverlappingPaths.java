package dev.podwright.validation.rules.warnings;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
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
 * Items of a configMap, secret, downwardAPI or projected volume that write to the same path, or
 * where one path is a prefix of another ({@code W_VOLUME_OVERLAPPING_PATHS}). Like the API server,
 * the prefix test is textual ({@code "ab"} overlaps {@code "a"}).
 */
public final class WarnVolumeOverlappingPaths implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "W_VOLUME_OVERLAPPING_PATHS",
          Severity.WARNING,
          "K. Warnings returned by the API server",
          "The items of a configMap, secret, downwardAPI or projected volume do not write to the same or nested paths.",
          "The API server warns: one file overwrites another, or a file and a directory of the same name collide at mount time.",
          "Give every item its own path, none a prefix of another.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
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
}
