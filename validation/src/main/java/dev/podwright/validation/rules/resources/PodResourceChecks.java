package dev.podwright.validation.rules.resources;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.kubernetes.Quantities;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.rules.support.DnsNames;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.ContainerType;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.CoreV1ResourceClaim;
import io.kubernetes.client.openapi.models.V1ContainerResizePolicy;
import io.kubernetes.client.openapi.models.V1PodResourceClaim;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The checks behind {@link ResourceRule}, one static method per rule, and their helpers: {@code
 * RES_CLAIMS_REFERENCE}, {@code RESIZE_POLICY}, {@code POD_LEVEL_RESOURCES}, {@code POD_OVERHEAD}.
 */
final class PodResourceChecks {

  /**
   * InPlacePodVerticalScaling is on by default from this release; before it the field is dropped.
   */
  static final KubernetesVersion IN_PLACE_RESIZE = KubernetesVersion.of(1, 33);

  private static final List<String> RESOURCES = List.of("cpu", "memory");

  private static final List<String> POLICIES = List.of("NotRequired", "RestartContainer");

  /** PodLevelResources is on by default from this release. */
  static final KubernetesVersion POD_LEVEL = KubernetesVersion.of(1, 34);

  /** Pod-level resources are forbidden on Windows pods from this release. */
  static final KubernetesVersion WINDOWS_CHECK = KubernetesVersion.of(1, 35);

  private PodResourceChecks() {}

  /** Checks {@link ResourceRule#RES_CLAIMS_REFERENCE}. */
  static void resClaimsReference(PodSpecContext context, ViolationSink sink) {
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
              resClaimsReferencePath(ref, i),
              null,
              "resource claim " + i + " of container \"" + ref.displayName() + "\" has no name");
        } else {
          String key = request.isEmpty() ? name : name + "/" + request;
          if (!seen.add(key)) {
            sink.report(
                resClaimsReferencePath(ref, i),
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
                resClaimsReferencePath(ref, i),
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
              resClaimsReferencePath(ref, i).child("request"),
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

  /** Checks {@link ResourceRule#RESIZE_POLICY}. */
  static void resizePolicy(PodSpecContext context, ViolationSink sink) {
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
              resizePolicyPath(ref, i, "resourceName"),
              null,
              "resize policy "
                  + i
                  + " of container \""
                  + ref.displayName()
                  + "\" names no resource");
        } else if (!RESOURCES.contains(resource)) {
          sink.report(
              resizePolicyPath(ref, i, "resourceName"),
              resource,
              "resize policy resource \""
                  + resource
                  + "\" of container \""
                  + ref.displayName()
                  + "\" is not supported; supported values: cpu, memory");
        } else if (!seen.add(resource)) {
          sink.report(
              resizePolicyPath(ref, i, "resourceName"),
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
              resizePolicyPath(ref, i, "restartPolicy"),
              null,
              "resize policy "
                  + i
                  + " of container \""
                  + ref.displayName()
                  + "\" has no restartPolicy");
        } else if (!POLICIES.contains(restart)) {
          sink.report(
              resizePolicyPath(ref, i, "restartPolicy"),
              restart,
              "resize restartPolicy \""
                  + restart
                  + "\" of container \""
                  + ref.displayName()
                  + "\" is not supported; supported values: NotRequired, RestartContainer");
        } else if (podNever && restart.equals("RestartContainer")) {
          sink.report(
              resizePolicyPath(ref, i, "restartPolicy"),
              restart,
              "resize restartPolicy of container \""
                  + ref.displayName()
                  + "\" must be 'NotRequired' when `restartPolicy` is 'Never'");
        }
      }
    }
  }

  /** Checks {@link ResourceRule#POD_LEVEL_RESOURCES}. */
  static void podLevelResources(PodSpecContext context, ViolationSink sink) {
    V1ResourceRequirements pod = context.spec().getResources();
    if (pod == null || !context.version().isAtLeast(POD_LEVEL)) {
      return;
    }
    if (context.version().isAtLeast(WINDOWS_CHECK)
        && context.spec().getOs() != null
        && "windows".equals(context.spec().getOs().getName())) {
      sink.report(
          podLevelResourcesPath(context),
          null,
          "pod-level resources cannot be set for a windows pod");
    }
    if (pod.getClaims() != null && !pod.getClaims().isEmpty()) {
      sink.report(
          podLevelResourcesPath(context).child("claims"),
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
            podLevelResourcesPath(context).child("requests"),
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
              podLevelResourcesPath(context).child("requests"),
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

  /** Checks {@link ResourceRule#POD_OVERHEAD}. */
  static void podOverhead(PodSpecContext context, ViolationSink sink) {
    Map<String, Quantity> overhead = context.spec().getOverhead();
    if (overhead == null || overhead.isEmpty()) {
      return;
    }
    for (Map.Entry<String, Quantity> entry : Resources.sorted(overhead).entrySet()) {
      String name = entry.getKey();
      Quantity quantity = entry.getValue();
      String problem = KubeIdentifiers.qualifiedName(name).orElse(null);
      if (problem == null && !name.contains("/") && !Resources.isStandardContainerResource(name)) {
        problem = "must be a standard resource (cpu, memory, ephemeral-storage, hugepages-<size>)";
      }
      if (problem == null
          && name.contains("/")
          && !Resources.isNative(name)
          && !Resources.isExtended(name)) {
        problem = "doesn't follow extended resource name standard";
      }
      if (problem != null) {
        sink.report(
            podOverheadPath(context, name), name, "overhead resource \"" + name + "\" " + problem);
        continue;
      }
      Optional<BigDecimal> value = Quantities.value(quantity);
      if (value.isEmpty()) {
        continue;
      }
      if (value.get().signum() < 0) {
        sink.report(
            podOverheadPath(context, name),
            Resources.render(quantity),
            "overhead "
                + name
                + " "
                + Resources.render(quantity)
                + " must be greater than or equal to 0");
      } else if (Resources.isExtended(name) && !Resources.isInteger(value.get())) {
        sink.report(
            podOverheadPath(context, name),
            Resources.render(quantity),
            "overhead " + name + " " + Resources.render(quantity) + " must be an integer");
      }
    }
  }

  /** The path of one of a container's resource claims. */
  private static FieldPath resClaimsReferencePath(ContainerRef ref, int index) {
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

  /** The path of a field of one of a container's resize policies. */
  private static FieldPath resizePolicyPath(ContainerRef ref, int index, String field) {
    return ref.path().child("resizePolicy").index(index).child(field);
  }

  /** The path of {@code spec.resources}. */
  private static FieldPath podLevelResourcesPath(PodSpecContext context) {
    return context.root().child("resources");
  }

  private static void names(
      PodSpecContext context, Map<String, Quantity> values, String field, ViolationSink sink) {
    for (Map.Entry<String, Quantity> entry : values.entrySet()) {
      String name = entry.getKey();
      Quantity quantity = entry.getValue();
      if (!name.equals("cpu") && !name.equals("memory") && !Resources.isHugePages(name)) {
        sink.report(
            podLevelResourcesPath(context).child(field).key(name),
            name,
            "resource \""
                + name
                + "\" is not supported at pod level; supported: cpu, memory,"
                + " hugepages-<size>");
      } else {
        Optional<BigDecimal> value = Quantities.value(quantity);
        if (value.isPresent() && value.get().signum() < 0) {
          sink.report(
              podLevelResourcesPath(context).child(field).key(name),
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

  /** The path of one entry of {@code spec.overhead}. */
  private static FieldPath podOverheadPath(PodSpecContext context, String name) {
    return context.root().child("overhead").key(name);
  }
}
