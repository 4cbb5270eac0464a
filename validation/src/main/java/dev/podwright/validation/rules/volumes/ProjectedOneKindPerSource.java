package dev.podwright.validation.rules.volumes;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1VolumeProjection;
import java.util.ArrayList;
import java.util.List;

/**
 * Each {@code projected.sources[*]} entry sets at most one of secret, configMap, downwardAPI,
 * serviceAccountToken, clusterTrustBundle, podCertificate ({@code PROJECTED_ONE_KIND_PER_SOURCE}).
 * An empty entry is only a warning.
 */
public final class ProjectedOneKindPerSource implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "PROJECTED_ONE_KIND_PER_SOURCE",
          Severity.ERROR,
          VolumeRules.SECTION,
          "Each projected source entry sets one kind of source.",
          "The API server rejects an entry with two kinds (Forbidden: may not specify more than 1"
              + " volume type).",
          "Split the entry: one list item per secret, configMap, downwardAPI or"
              + " serviceAccountToken.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (VolumeRules.At at : VolumeRules.volumes(context)) {
      for (VolumeRules.Source source : VolumeRules.projectedSources(at)) {
        if (count(source.source()) > 1) {
          List<String> kinds = kinds(source.source());
          sink.report(
              source.path(),
              null,
              "Forbidden: may not specify more than 1 volume type per source; this entry sets "
                  + String.join(", ", kinds)
                  + ".");
        }
      }
    }
  }

  /** How many of the kinds {@link #kinds} names are set. */
  private static int count(V1VolumeProjection p) {
    int set = 0;
    if (p.getSecret() != null) {
      set++;
    }
    if (p.getConfigMap() != null) {
      set++;
    }
    if (p.getDownwardAPI() != null) {
      set++;
    }
    if (p.getServiceAccountToken() != null) {
      set++;
    }
    if (p.getClusterTrustBundle() != null) {
      set++;
    }
    if (p.getPodCertificate() != null) {
      set++;
    }
    return set;
  }

  private static List<String> kinds(V1VolumeProjection p) {
    List<String> kinds = new ArrayList<>();
    if (p.getSecret() != null) {
      kinds.add("secret");
    }
    if (p.getConfigMap() != null) {
      kinds.add("configMap");
    }
    if (p.getDownwardAPI() != null) {
      kinds.add("downwardAPI");
    }
    if (p.getServiceAccountToken() != null) {
      kinds.add("serviceAccountToken");
    }
    if (p.getClusterTrustBundle() != null) {
      kinds.add("clusterTrustBundle");
    }
    if (p.getPodCertificate() != null) {
      kinds.add("podCertificate");
    }
    return kinds;
  }
}
