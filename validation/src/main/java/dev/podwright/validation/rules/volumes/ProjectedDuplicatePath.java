package dev.podwright.validation.rules.volumes;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1DownwardAPIVolumeFile;
import io.kubernetes.client.openapi.models.V1KeyToPath;
import io.kubernetes.client.openapi.models.V1VolumeProjection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * No two sources of a projected volume project the exact same path ({@code
 * PROJECTED_DUPLICATE_PATH}); reported at the {@code projected} field, as the API server does.
 * Overlapping prefixes are only a warning.
 */
public final class ProjectedDuplicatePath implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "PROJECTED_DUPLICATE_PATH",
          Severity.ERROR,
          VolumeRules.SECTION,
          "The item paths of a projected volume's sources are distinct.",
          "The API server rejects two sources projecting the same file (Invalid value:"
              + " conflicting duplicate paths).",
          "Give each projected item its own path, or drop the duplicate.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (VolumeRules.At at : VolumeRules.volumes(context)) {
      List<VolumeRules.Source> sources = VolumeRules.projectedSources(at);
      if (sources.isEmpty()) {
        continue;
      }
      Set<String> seen = new LinkedHashSet<>();
      for (VolumeRules.Source source : sources) {
        for (String path : paths(source.source())) {
          if (!seen.add(path)) {
            sink.report(
                at.path().child("projected"),
                path,
                "Invalid value: \"" + path + "\": conflicting duplicate paths.");
          }
        }
      }
    }
  }

  private static List<String> paths(V1VolumeProjection p) {
    List<String> paths = new ArrayList<>();
    if (p.getSecret() != null && p.getSecret().getItems() != null) {
      for (V1KeyToPath item : p.getSecret().getItems()) {
        add(paths, item == null ? null : item.getPath());
      }
    }
    if (p.getConfigMap() != null && p.getConfigMap().getItems() != null) {
      for (V1KeyToPath item : p.getConfigMap().getItems()) {
        add(paths, item == null ? null : item.getPath());
      }
    }
    if (p.getDownwardAPI() != null && p.getDownwardAPI().getItems() != null) {
      for (V1DownwardAPIVolumeFile file : p.getDownwardAPI().getItems()) {
        add(paths, file == null ? null : file.getPath());
      }
    }
    if (p.getClusterTrustBundle() != null) {
      add(paths, p.getClusterTrustBundle().getPath());
    }
    return paths;
  }

  private static void add(List<String> paths, String path) {
    if (path != null && !path.isEmpty()) {
      paths.add(path);
    }
  }
}
