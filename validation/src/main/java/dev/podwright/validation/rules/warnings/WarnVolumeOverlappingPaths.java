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
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume v = volumes.get(i);
      if (v == null) {
        continue;
      }
      FieldPath path = context.root().child("volumes").index(i);
      String name = v.getName();
      if (v.getConfigMap() != null && v.getConfigMap().getItems() != null) {
        overlap(
            keyPaths(v.getConfigMap().getItems()),
            "volume "
                + q(name)
                + " (ConfigMap "
                + q(v.getConfigMap().getName())
                + "): overlapping paths",
            path,
            sink);
      }
      if (v.getSecret() != null && v.getSecret().getItems() != null) {
        overlap(
            keyPaths(v.getSecret().getItems()),
            "volume "
                + q(name)
                + " (Secret "
                + q(v.getSecret().getSecretName())
                + "): overlapping paths",
            path,
            sink);
      }
      if (v.getDownwardAPI() != null && v.getDownwardAPI().getItems() != null) {
        overlap(
            filePaths(v.getDownwardAPI().getItems()),
            "volume " + q(name) + " (DownwardAPI): overlapping paths",
            path,
            sink);
      }
      if (v.getProjected() != null && v.getProjected().getSources() != null) {
        projected(name, v.getProjected().getSources(), path, sink);
      }
    }
  }

  private static void projected(
      String name, List<V1VolumeProjection> sources, FieldPath path, ViolationSink sink) {
    Set<String> all = new LinkedHashSet<>();
    for (V1VolumeProjection source : sources) {
      if (source == null) {
        continue;
      }
      List<String> paths;
      String message;
      if (source.getConfigMap() != null && source.getConfigMap().getItems() != null) {
        paths = keyPaths(source.getConfigMap().getItems());
        message =
            "volume "
                + q(name)
                + " (Projected ConfigMap "
                + q(source.getConfigMap().getName())
                + "): overlapping paths";
      } else if (source.getSecret() != null && source.getSecret().getItems() != null) {
        paths = keyPaths(source.getSecret().getItems());
        message =
            "volume "
                + q(name)
                + " (Projected Secret "
                + q(source.getSecret().getName())
                + "): overlapping paths";
      } else if (source.getDownwardAPI() != null && source.getDownwardAPI().getItems() != null) {
        paths = filePaths(source.getDownwardAPI().getItems());
        message = "volume " + q(name) + " (Projected DownwardAPI): overlapping paths";
      } else if (source.getServiceAccountToken() != null) {
        paths = nonNull(source.getServiceAccountToken().getPath());
        message = "volume " + q(name) + " (Projected ServiceAccountToken): overlapping paths";
      } else if (source.getClusterTrustBundle() != null) {
        String bundle =
            source.getClusterTrustBundle().getName() != null
                ? source.getClusterTrustBundle().getName()
                : source.getClusterTrustBundle().getSignerName();
        paths = nonNull(source.getClusterTrustBundle().getPath());
        message =
            "volume "
                + q(name)
                + " (Projected ClusterTrustBundle "
                + q(bundle)
                + "): overlapping paths";
      } else {
        continue;
      }
      if (paths.isEmpty()) {
        continue;
      }
      overlap(paths, message, path, sink);
      Set<String> unique = new LinkedHashSet<>(paths);
      List<String> ordered = new ArrayList<>(unique);
      ordered.addAll(all);
      ordered.sort(null);
      overlap(ordered, message, path, sink);
      all.addAll(unique);
    }
  }

  private static void overlap(
      List<String> paths, String message, FieldPath path, ViolationSink sink) {
    Set<String> seen = new LinkedHashSet<>();
    for (String raw : paths) {
      String normalized = trimSlashes(raw);
      String collision = collision(seen, normalized);
      if (collision != null) {
        sink.report(path, normalized, message + ": " + q(normalized) + " with " + q(collision));
      }
      seen.add(normalized);
    }
  }

  private static String collision(Set<String> seen, String path) {
    for (String item : seen) {
      if (item.isEmpty() || path.isEmpty()) {
        return null;
      }
      if (item.equals(path) || (item + "/").startsWith(path) || (path + "/").startsWith(item)) {
        return item;
      }
    }
    return null;
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
