package dev.podwright.validation.rules.resources;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1ContainerResizePolicy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code resizePolicy} entries name cpu or memory once each with a supported restart policy ({@code
 * RESIZE_POLICY}); from Kubernetes 1.33, when in-place resize is on by default. Non-sidecar init
 * containers are left to the container rules.
 */
public final class ResizePolicy implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RESIZE_POLICY",
          Severity.ERROR,
          "G. Resources and quantities",
          "resizePolicy entries name cpu or memory once each, with restartPolicy NotRequired or RestartContainer (NotRequired when the pod never restarts).",
          "From 1.33 the API server rejects unknown, repeated or empty resize policies (Unsupported, Duplicate, Required or Invalid value).",
          "Use one entry per resource (cpu, memory) with restartPolicy NotRequired or RestartContainer.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    if (!context.version().isAtLeast(IN_PLACE_RESIZE)) {
      return;
    }
    boolean podNever = "Never".equals(context.spec().getRestartPolicy());
    for (ContainerRef ref : context.containers()) {
      List<V1ContainerResizePolicy> policies = ref.container().getResizePolicy();
      if (policies == null || ref.isRunToCompletionInit()) {
        continue;
      }
      Set<String> seen = new LinkedHashSet<>();
      for (int i = 0; i < policies.size(); i++) {
        V1ContainerResizePolicy policy = policies.get(i);
        if (policy == null) {
          continue;
        }
        String resource = policy.getResourceName();
        if (resource == null || resource.isEmpty()) {
          sink.report(
              path(ref, i, "resourceName"),
              null,
              "resize policy "
                  + i
                  + " of container \""
                  + ref.displayName()
                  + "\" names no resource");
        } else if (!RESOURCES.contains(resource)) {
          sink.report(
              path(ref, i, "resourceName"),
              resource,
              "resize policy resource \""
                  + resource
                  + "\" of container \""
                  + ref.displayName()
                  + "\" is not supported; supported values: cpu, memory");
        } else if (!seen.add(resource)) {
          sink.report(
              path(ref, i, "resourceName"),
              resource,
              "resize policy for \""
                  + resource
                  + "\" is given twice in container \""
                  + ref.displayName()
                  + "\"");
        }
        String restart = policy.getRestartPolicy();
        if (restart == null || restart.isEmpty()) {
          sink.report(
              path(ref, i, "restartPolicy"),
              null,
              "resize policy "
                  + i
                  + " of container \""
                  + ref.displayName()
                  + "\" has no restartPolicy");
        } else if (!POLICIES.contains(restart)) {
          sink.report(
              path(ref, i, "restartPolicy"),
              restart,
              "resize restartPolicy \""
                  + restart
                  + "\" of container \""
                  + ref.displayName()
                  + "\" is not supported; supported values: NotRequired, RestartContainer");
        } else if (podNever && restart.equals("RestartContainer")) {
          sink.report(
              path(ref, i, "restartPolicy"),
              restart,
              "resize restartPolicy of container \""
                  + ref.displayName()
                  + "\" must be 'NotRequired' when `restartPolicy` is 'Never'");
        }
      }
    }
  }

  /** The path of a field of one of a container's resize policies. */
  private static FieldPath path(ContainerRef ref, int index, String field) {
    return ref.path().child("resizePolicy").index(index).child(field);
  }

  /**
   * InPlacePodVerticalScaling is on by default from this release; before it the field is dropped.
   */
  static final KubernetesVersion IN_PLACE_RESIZE = KubernetesVersion.of(1, 33);

  private static final List<String> RESOURCES = List.of("cpu", "memory");
  private static final List<String> POLICIES = List.of("NotRequired", "RestartContainer");
}
