package dev.podwright.validation.rules.warnings;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeProjection;
import java.util.List;

/** A projected volume source entry that sets no source ({@code W_PROJECTED_EMPTY_SOURCE}). */
public final class WarnProjectedEmptySource implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "W_PROJECTED_EMPTY_SOURCE",
          Severity.WARNING,
          "K. Warnings returned by the API server",
          "Every projected volume source entry sets a source.",
          "The API server warns about projected source entries with nothing in them.",
          "Remove the empty entry, or set its secret, configMap, downwardAPI or serviceAccountToken.");

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

  static boolean isEmpty(V1VolumeProjection source) {
    return source.getSecret() == null
        && source.getConfigMap() == null
        && source.getDownwardAPI() == null
        && source.getServiceAccountToken() == null
        && source.getClusterTrustBundle() == null
        && source.getPodCertificate() == null;
  }
}
