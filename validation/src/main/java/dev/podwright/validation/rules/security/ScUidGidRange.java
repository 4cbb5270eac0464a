package dev.podwright.validation.rules.security;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import java.util.List;

/**
 * User and group ids in pod and container security contexts are between 0 and 2147483647 ({@code
 * SC_UID_GID_RANGE}).
 */
public final class ScUidGidRange implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "SC_UID_GID_RANGE",
          Severity.ERROR,
          "I. Security context",
          "runAsUser, runAsGroup, fsGroup and supplementalGroups are between 0 and 2147483647.",
          "The API server rejects ids outside that range (Invalid value).",
          "Use a user or group id between 0 and 2147483647 (non-root ids are usually 1000 or above).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    V1PodSecurityContext pod = context.spec().getSecurityContext();
    if (pod != null) {
      FieldPath path = context.root().child("securityContext");
      check(path.child("runAsUser"), pod.getRunAsUser(), "runAsUser", sink);
      check(path.child("runAsGroup"), pod.getRunAsGroup(), "runAsGroup", sink);
      check(path.child("fsGroup"), pod.getFsGroup(), "fsGroup", sink);
      List<Long> groups = pod.getSupplementalGroups();
      if (groups != null) {
        for (int i = 0; i < groups.size(); i++) {
          check(
              path.child("supplementalGroups").index(i), groups.get(i), "supplemental group", sink);
        }
      }
    }
    for (ContainerRef ref : context.containers()) {
      V1SecurityContext sc = ref.container().getSecurityContext();
      if (sc != null) {
        FieldPath path = ref.path().child("securityContext");
        check(path.child("runAsUser"), sc.getRunAsUser(), "runAsUser", sink);
        check(path.child("runAsGroup"), sc.getRunAsGroup(), "runAsGroup", sink);
      }
    }
  }

  private static void check(FieldPath path, Long id, String what, ViolationSink sink) {
    if (id != null && !KubeIdentifiers.isUserId(id)) {
      sink.report(
          path,
          id,
          what
              + " "
              + id
              + " must be between 0 and "
              + KubeIdentifiers.MAX_USER_ID
              + ", inclusive");
    }
  }
}
