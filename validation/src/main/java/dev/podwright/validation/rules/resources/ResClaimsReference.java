package dev.podwright.validation.rules.resources;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.DnsNames;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.CoreV1ResourceClaim;
import io.kubernetes.client.openapi.models.V1PodResourceClaim;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Container {@code resources.claims} name claims of {@code spec.resourceClaims}, once each, with a
 * valid request name ({@code RES_CLAIMS_REFERENCE}).
 */
public final class ResClaimsReference implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RES_CLAIMS_REFERENCE",
          Severity.ERROR,
          "G. Resources and quantities",
          "Container resources.claims name a declared spec.resourceClaims entry, once each, with a valid request name.",
          "The API server rejects a missing (Required), repeated (Duplicate) or undeclared (Not found) claim, and a malformed request (Invalid value).",
          "Declare the claim in spec.resourceClaims and reference it once per container by that name.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    Set<String> podClaims = null;
    for (ContainerRef ref : context.containers()) {
      if (ref.container().getResources() == null) {
        continue;
      }
      List<CoreV1ResourceClaim> claims = ref.container().getResources().getClaims();
      if (claims == null) {
        continue;
      }
      Set<String> seen = new LinkedHashSet<>();
      for (int i = 0; i < claims.size(); i++) {
        CoreV1ResourceClaim claim = claims.get(i);
        if (claim == null) {
          continue;
        }
        String name = claim.getName();
        String request = claim.getRequest() == null ? "" : claim.getRequest();
        if (name == null || name.isEmpty()) {
          sink.report(
              path(ref, i),
              null,
              "resource claim " + i + " of container \"" + ref.displayName() + "\" has no name");
        } else {
          String key = request.isEmpty() ? name : name + "/" + request;
          if (!seen.add(key)) {
            sink.report(
                path(ref, i),
                name,
                "resource claim \""
                    + key
                    + "\" is listed twice in container \""
                    + ref.displayName()
                    + "\"");
          }
          if (podClaims == null) {
            podClaims = podClaims(context);
          }
          if (!podClaims.contains(name)) {
            sink.report(
                path(ref, i),
                name,
                "resource claim \""
                    + name
                    + "\" of container \""
                    + ref.displayName()
                    + "\" is not declared in spec.resourceClaims");
          }
        }
        if (!request.isEmpty() && !DnsNames.isDns1123Label(request)) {
          sink.report(
              path(ref, i).child("request"),
              request,
              "resource claim request \""
                  + request
                  + "\" of container \""
                  + ref.displayName()
                  + "\" is not a lowercase DNS-1123 label");
        }
      }
    }
  }

  /** The path of one of a container's resource claims. */
  private static FieldPath path(ContainerRef ref, int index) {
    return ref.path().child("resources").child("claims").index(index);
  }

  private static Set<String> podClaims(PodSpecContext context) {
    Set<String> names = new LinkedHashSet<>();
    List<V1PodResourceClaim> claims = context.spec().getResourceClaims();
    if (claims != null) {
      for (V1PodResourceClaim claim : claims) {
        if (claim != null && claim.getName() != null) {
          names.add(claim.getName());
        }
      }
    }
    return names;
  }
}
