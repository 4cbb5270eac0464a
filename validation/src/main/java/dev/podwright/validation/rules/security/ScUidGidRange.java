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
      FieldPath root = context.root();
      check(root, "runAsUser", -1, pod.getRunAsUser(), "runAsUser", sink);
      check(root, "runAsGroup", -1, pod.getRunAsGroup(), "runAsGroup", sink);
      check(root, "fsGroup", -1, pod.getFsGroup(), "fsGroup", sink);
      List<Long> groups = pod.getSupplementalGroups();
      if (groups != null) {
        for (int i = 0; i < groups.size(); i++) {
          check(root, "supplementalGroups", i, groups.get(i), "supplemental group", sink);
        }
      }
    }
    for (ContainerRef ref : context.containers()) {
      V1SecurityContext sc = ref.container().getSecurityContext();
      if (sc != null) {
        check(ref.path(), "runAsUser", -1, sc.getRunAsUser(), "runAsUser", sink);
        check(ref.path(), "runAsGroup", -1, sc.getRunAsGroup(), "runAsGroup", sink);
      }
    }
  }

  /**
   * Checks {@code owner.securityContext.field}, or its entry {@code index} when that is not
   * negative.
   */
  private static void check(
      FieldPath owner, String field, int index, Long id, String what, ViolationSink sink) {
    if (id != null && !KubeIdentifiers.isUserId(id)) {
      FieldPath path = owner.child("securityContext").child(field);
      sink.report(
          index < 0 ? path : path.index(index),
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
