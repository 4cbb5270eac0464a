package dev.podwright.validation.rules.volumes;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.LocalPaths;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1ServiceAccountTokenProjection;

/**
 * A projected service account token has an expiry between 10 minutes and 2^32 seconds and a local
 * path ({@code PROJECTED_SA_TOKEN}). Path errors are reported at {@code projected.path}, without
 * the source index, as the API server does. An unset expiry is defaulted to 3600.
 */
public final class ProjectedServiceAccountToken implements PodSpecRule {

  private static final long MIN_EXPIRATION = 600;
  private static final long MAX_EXPIRATION = 1L << 32;

  private static final RuleInfo INFO =
      new RuleInfo(
          "PROJECTED_SA_TOKEN",
          Severity.ERROR,
          VolumeRules.SECTION,
          "A projected serviceAccountToken has expirationSeconds between 600 and 2^32 and a"
              + " relative path without '..'.",
          "The API server rejects other expiries (Invalid value) and a missing (Required value) or"
              + " escaping (Invalid value) path.",
          "Set expirationSeconds to at least 600 (default 3600) and path to a relative file name"
              + " such as \"token\".");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (VolumeRules.At at : VolumeRules.volumes(context)) {
      for (VolumeRules.Source source : VolumeRules.projectedSources(at)) {
        V1ServiceAccountTokenProjection token = source.source().getServiceAccountToken();
        if (token == null) {
          continue;
        }
        Long expiration = token.getExpirationSeconds();
        if (expiration != null && expiration < MIN_EXPIRATION) {
          sink.report(
              expirationPath(source),
              expiration,
              "Invalid value: "
                  + expiration
                  + ": may not specify a duration less than 10 minutes.");
        } else if (expiration != null && expiration > MAX_EXPIRATION) {
          sink.report(
              expirationPath(source),
              expiration,
              "Invalid value: "
                  + expiration
                  + ": may not specify a duration larger than 2^32 seconds.");
        }
        String path = token.getPath();
        if (path == null || path.isEmpty()) {
          sink.report(
              at.path().child("projected").child("path"),
              null,
              "Required value: the serviceAccountToken source at "
                  + source.path()
                  + " has no path.");
        } else {
          for (String error : LocalPaths.localNonReservedPathErrors(path)) {
            sink.report(
                at.path().child("projected").child("path"),
                path,
                "Invalid value: \"" + path + "\": " + error + ".");
          }
        }
      }
    }
  }

  private static FieldPath expirationPath(VolumeRules.Source source) {
    return source.path().child("serviceAccountToken").child("expirationSeconds");
  }
}
