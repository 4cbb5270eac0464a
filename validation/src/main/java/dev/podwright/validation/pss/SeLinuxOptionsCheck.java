package dev.podwright.validation.pss;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1SELinuxOptions;
import java.util.Set;

/**
 * Baseline: SELinux options may not set a custom user or role, and the type must be one of the
 * container types.
 */
final class SeLinuxOptionsCheck {

  private SeLinuxOptionsCheck() {}

  private static final Set<String> TYPES =
      Set.of("", "container_t", "container_init_t", "container_kvm_t");

  /** Checks a pod already known to be in scope. Total: never throws. */
  static void evaluate(PodView pod, ViolationSink sink) {
    boolean engine = pod.atLeast(1, 31);
    if (pod.podSecurityContext() != null) {
      check(pod.podSecurityContext().getSeLinuxOptions(), pod, null, engine, sink);
    }
    for (PodContainer c : pod.containers()) {
      if (c.securityContext() != null) {
        check(c.securityContext().getSeLinuxOptions(), pod, c, engine, sink);
      }
    }
  }

  /** {@code field} of the seLinuxOptions of the pod ({@code c} null) or of a container. */
  private static FieldPath path(PodView pod, PodContainer c, String field) {
    return (c == null
            ? pod.podSecurityContextPath().child("seLinuxOptions")
            : c.sc("seLinuxOptions"))
        .child(field);
  }

  private static String who(PodContainer c) {
    return c == null ? "pod" : c.quoted();
  }

  private static void check(
      V1SELinuxOptions options, PodView pod, PodContainer c, boolean engine, ViolationSink sink) {
    if (options == null) {
      return;
    }
    String type = options.getType() == null ? "" : options.getType();
    if (!TYPES.contains(type) && !(engine && type.equals("container_engine_t"))) {
      sink.report(
          path(pod, c, "type"),
          type,
          "seLinuxOptions ("
              + who(c)
              + " set forbidden securityContext.seLinuxOptions: type "
              + PodView.quote(type)
              + ")");
    }
    if (options.getUser() != null && !options.getUser().isEmpty()) {
      sink.report(
          path(pod, c, "user"),
          options.getUser(),
          "seLinuxOptions ("
              + who(c)
              + " set forbidden securityContext.seLinuxOptions: user "
              + PodView.quote(options.getUser())
              + ")");
    }
    if (options.getRole() != null && !options.getRole().isEmpty()) {
      sink.report(
          path(pod, c, "role"),
          options.getRole(),
          "seLinuxOptions ("
              + who(c)
              + " set forbidden securityContext.seLinuxOptions: role "
              + PodView.quote(options.getRole())
              + ")");
    }
  }
}
