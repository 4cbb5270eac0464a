package dev.podwright.validation.rules.resources;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.kubernetes.Quantities;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.ContainerType;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Pod-level {@code spec.resources} (PodLevelResources, on by default from Kubernetes 1.34; dropped
 * before) is consistent ({@code POD_LEVEL_RESOURCES}): no claims, only cpu, memory and hugepages,
 * non-negative, requests at most limits, pod requests at least the containers' requests and
 * container limits at most the pod limits; not on Windows pods from 1.35.
 *
 * <p>The aggregate check sums the explicit requests of regular containers and native sidecars,
 * which never exceeds what the API server computes, so it finds no false positives (it may miss
 * cases where a run-to-completion init container dominates).
 */
public final class PodLevelResources implements PodSpecRule {

  /** PodLevelResources is on by default from this release. */
  static final KubernetesVersion POD_LEVEL = KubernetesVersion.of(1, 34);

  /** Pod-level resources are forbidden on Windows pods from this release. */
  static final KubernetesVersion WINDOWS_CHECK = KubernetesVersion.of(1, 35);

  private static final RuleInfo INFO =
      new RuleInfo(
          "POD_LEVEL_RESOURCES",
          Severity.ERROR,
          "G. Resources and quantities",
          "spec.resources sets only cpu, memory and hugepages, no claims, requests <= limits,"
              + " covers the containers' requests and bounds their limits.",
          "From 1.34 the API server validates pod-level resources and rejects inconsistent ones"
              + " (Forbidden, Unsupported or Invalid value).",
          "Make the pod-level requests at least the sum of the container requests and the pod"
              + " limits at least every container limit, or drop spec.resources.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    V1ResourceRequirements pod = context.spec().getResources();
    if (pod == null || !context.version().isAtLeast(POD_LEVEL)) {
      return;
    }
    if (context.version().isAtLeast(WINDOWS_CHECK)
        && context.spec().getOs() != null
        && "windows".equals(context.spec().getOs().getName())) {
      sink.report(path(context), null, "pod-level resources cannot be set for a windows pod");
    }
    if (pod.getClaims() != null && !pod.getClaims().isEmpty()) {
      sink.report(
          path(context).child("claims"),
          null,
          "resource claims cannot be set in pod-level resources");
    }
    Map<String, Quantity> requests = Resources.sorted(pod.getRequests());
    Map<String, Quantity> limits = Resources.sorted(pod.getLimits());
    names(context, requests, "requests", sink);
    names(context, limits, "limits", sink);
    for (Map.Entry<String, Quantity> entry : requests.entrySet()) {
      String name = entry.getKey();
      Quantity request = entry.getValue();
      Quantity limit = limits.get(name);
      if (greater(request, limit)) {
        sink.report(
            path(context).child("requests"),
            Resources.render(request),
            "pod-level "
                + name
                + " request "
                + Resources.render(request)
                + " must be less than or equal to the pod-level "
                + name
                + " limit of "
                + Resources.render(limit));
      }
    }
    if (!requests.isEmpty()) {
      Map<String, BigDecimal> sums = containerRequests(context);
      for (Map.Entry<String, Quantity> entry : requests.entrySet()) {
        String name = entry.getKey();
        Quantity request = entry.getValue();
        BigDecimal sum = sums.get(name);
        if (sum == null) {
          continue;
        }
        Optional<BigDecimal> value = Quantities.value(request);
        if (value.isPresent() && value.get().compareTo(sum) < 0) {
          sink.report(
              path(context).child("requests"),
              Resources.render(request),
              "pod-level "
                  + name
                  + " request "
                  + Resources.render(request)
                  + " must be greater than or equal to the containers' total "
                  + name
                  + " request of "
                  + sum.stripTrailingZeros().toPlainString());
        }
      }
    }
    if (limits.isEmpty()) {
      return;
    }
    for (Resources.Requirements requirements : Resources.of(context)) {
      ContainerRef ref = requirements.container();
      for (Map.Entry<String, Quantity> entry : requirements.limits().entrySet()) {
        String name = entry.getKey();
        Quantity limit = entry.getValue();
        Quantity podLimit = limits.get(name);
        if (greater(limit, podLimit)) {
          sink.report(
              requirements.path().child("limits").key(name),
              Resources.render(limit),
              name
                  + " limit "
                  + Resources.render(limit)
                  + " of container \""
                  + ref.displayName()
                  + "\" must be less than or equal to the pod-level "
                  + name
                  + " limit of "
                  + Resources.render(podLimit));
        }
      }
    }
  }

  /** The path of {@code spec.resources}. */
  private static FieldPath path(PodSpecContext context) {
    return context.root().child("resources");
  }

  private static void names(
      PodSpecContext context, Map<String, Quantity> values, String field, ViolationSink sink) {
    for (Map.Entry<String, Quantity> entry : values.entrySet()) {
      String name = entry.getKey();
      Quantity quantity = entry.getValue();
      if (!name.equals("cpu") && !name.equals("memory") && !Resources.isHugePages(name)) {
        sink.report(
            path(context).child(field).key(name),
            name,
            "resource \""
                + name
                + "\" is not supported at pod level; supported: cpu, memory,"
                + " hugepages-<size>");
      } else {
        Optional<BigDecimal> value = Quantities.value(quantity);
        if (value.isPresent() && value.get().signum() < 0) {
          sink.report(
              path(context).child(field).key(name),
              Resources.render(quantity),
              "pod-level "
                  + name
                  + " "
                  + Resources.render(quantity)
                  + " must be greater than or equal to 0");
        }
      }
    }
  }

  private static boolean greater(Quantity a, Quantity b) {
    Optional<BigDecimal> left = Quantities.value(a);
    Optional<BigDecimal> right = Quantities.value(b);
    return left.isPresent() && right.isPresent() && left.get().compareTo(right.get()) > 0;
  }

  /** Sum of the explicit requests of regular containers and native sidecars, by resource. */
  private static Map<String, BigDecimal> containerRequests(PodSpecContext context) {
    Map<String, BigDecimal> sums = new TreeMap<>();
    for (Resources.Requirements requirements : Resources.of(context)) {
      ContainerRef ref = requirements.container();
      if (ref.type() != ContainerType.CONTAINER && !ref.isNativeSidecar()) {
        continue;
      }
      for (Map.Entry<String, Quantity> entry : requirements.requests().entrySet()) {
        Optional<BigDecimal> value = Quantities.value(entry.getValue());
        if (value.isPresent()) {
          String name = entry.getKey();
          BigDecimal sum = sums.get(name);
          sums.put(name, sum == null ? value.get() : sum.add(value.get()));
        }
      }
    }
    return sums;
  }
}
