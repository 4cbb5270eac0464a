package dev.podwright.validation.pss;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1SELinuxOptions;
import java.util.Set;

/**
 * Baseline: SELinux options may not set a custom user or role, and the type must be one of the
 * container types.
 */
public final class SeLinuxOptionsCheck extends PodSecurityCheck {

  private static final Set<String> TYPES =
      Set.of("", "container_t", "container_init_t", "container_kvm_t");

  /** Creates the check. */
  public SeLinuxOptionsCheck() {
    super(
        "seLinuxOptions",
        PodSecurityLevel.BASELINE,
        "PSS_SE_LINUX_OPTIONS",
        "`seLinuxOptions` (pod or container) may not set `user` or `role`; `type` must be empty,"
            + " container_t, container_init_t, container_kvm_t or (1.31+) container_engine_t.",
        "Remove `seLinuxOptions.user`/`role` and use an allowed container type.");
  }

  @Override
  void evaluate(PodView pod, ViolationSink sink) {
    boolean engine = pod.atLeast(1, 31);
    if (pod.podSecurityContext() != null) {
      check(
          pod.podSecurityContext().getSeLinuxOptions(),
          "pod",
          pod.podSecurityContextPath().child("seLinuxOptions"),
          engine,
          sink);
    }
    for (PodContainer c : pod.containers()) {
      if (c.securityContext() != null) {
        check(
            c.securityContext().getSeLinuxOptions(),
            c.quoted(),
            c.sc("seLinuxOptions"),
            engine,
            sink);
      }
    }
  }

  private static void check(
      V1SELinuxOptions options, String who, FieldPath path, boolean engine, ViolationSink sink) {
    if (options == null) {
      return;
    }
    String type = options.getType() == null ? "" : options.getType();
    if (!TYPES.contains(type) && !(engine && type.equals("container_engine_t"))) {
      sink.report(
          path.child("type"),
          type,
          "seLinuxOptions ("
              + who
              + " set forbidden securityContext.seLinuxOptions: type "
              + quote(type)
              + ")");
    }
    if (options.getUser() != null && !options.getUser().isEmpty()) {
      sink.report(
          path.child("user"),
          options.getUser(),
          "seLinuxOptions ("
              + who
              + " set forbidden securityContext.seLinuxOptions: user "
              + quote(options.getUser())
              + ")");
    }
    if (options.getRole() != null && !options.getRole().isEmpty()) {
      sink.report(
          path.child("role"),
          options.getRole(),
          "seLinuxOptions ("
              + who
              + " set forbidden securityContext.seLinuxOptions: role "
              + quote(options.getRole())
              + ")");
    }
  }
}
