package dev.podwright.validation.rules.policy;

import dev.podwright.kubernetes.Quantities;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.ContainerType;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1EphemeralContainer;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1Volume;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checks behind {@link PolicyRule}, one static method per rule, and their helpers: {@code
 * POLICY_INIT_CONTAINERS_FORBIDDEN}, {@code POLICY_SIDECARS_FORBIDDEN}, {@code
 * POLICY_TOO_MANY_SIDECARS}, {@code POLICY_REGISTRY_NOT_ALLOWED}, {@code POLICY_REQUESTS_REQUIRED},
 * {@code POLICY_LIMITS_REQUIRED}, {@code POLICY_POD_RESOURCES_EXCEEDED}.
 */
final class PolicyChecks {

  private PolicyChecks() {}

  /** Checks {@link PolicyRule#POLICY_INIT_CONTAINERS_FORBIDDEN}. */
  static void initContainersForbidden(PodSpecContext context, ViolationSink sink) {
    if (context.policy().allowInitContainers()) {
      return;
    }
    for (ContainerRef ref : context.containers(ContainerType.INIT_CONTAINER)) {
      sink.report(
          ref.path(),
          ref.displayName(),
          (ref.isNativeSidecar() ? "native sidecar " : "init container ")
              + Policies.quote(ref.displayName())
              + " is not allowed: the operator disabled init containers"
              + " (allowInitContainers: false).");
    }
  }

  /** Checks {@link PolicyRule#POLICY_SIDECARS_FORBIDDEN}. */
  static void sidecarsForbidden(PodSpecContext context, ViolationSink sink) {
    if (context.policy().allowSidecars() || !context.policy().allowInitContainers()) {
      return;
    }
    for (ContainerRef ref : context.containers()) {
      if (ref.isNativeSidecar()) {
        sink.report(
            ref.path().child("restartPolicy"),
            "Always",
            "native sidecar "
                + Policies.quote(ref.displayName())
                + " is not allowed: the operator disabled sidecars (allowSidecars: false).");
      }
    }
  }

  /** Checks {@link PolicyRule#POLICY_TOO_MANY_SIDECARS}. */
  static void tooManySidecars(PodSpecContext context, ViolationSink sink) {
    int max = context.policy().maxSidecars();
    if (max < 0) {
      return;
    }
    int sidecars = 0;
    ContainerRef first = null;
    for (ContainerRef ref : context.containers()) {
      if (ref.isNativeSidecar()) {
        if (sidecars == max) {
          first = ref;
        }
        sidecars++;
      }
    }
    if (sidecars > max) {
      sink.report(
          first.path(),
          sidecars,
          "the pod has "
              + sidecars
              + " native sidecars; the host allows at most "
              + max
              + " (first one over the limit: "
              + Policies.quote(first.displayName())
              + ").");
    }
  }

  /** Checks {@link PolicyRule#POLICY_REGISTRY_NOT_ALLOWED}. */
  static void registryNotAllowed(PodSpecContext context, ViolationSink sink) {
    List<String> registries = context.policy().allowedRegistries();
    if (registries.isEmpty()) {
      return;
    }
    List<String> allowed = new ArrayList<>(registries.size());
    for (String registry : registries) {
      allowed.add(entry(registry));
    }
    for (ContainerRef ref : context.containers()) {
      String image = ref.container().getImage();
      String repository = refused(image, allowed);
      if (repository != null) {
        report(ref.path().child("image"), image, repository, allowed, sink);
      }
    }
    List<V1EphemeralContainer> ephemeral = context.spec().getEphemeralContainers();
    if (ephemeral != null) {
      for (int i = 0; i < ephemeral.size(); i++) {
        V1EphemeralContainer e = ephemeral.get(i);
        String repository = e == null ? null : refused(e.getImage(), allowed);
        if (repository != null) {
          report(
              context.root().child("ephemeralContainers").index(i).child("image"),
              e.getImage(),
              repository,
              allowed,
              sink);
        }
      }
    }
    List<V1Volume> volumes = context.spec().getVolumes();
    if (volumes != null) {
      for (int i = 0; i < volumes.size(); i++) {
        V1Volume v = volumes.get(i);
        if (v != null && v.getImage() != null) {
          String image = v.getImage().getReference();
          String repository = refused(image, allowed);
          if (repository != null) {
            report(
                context.root().child("volumes").index(i).child("image").child("reference"),
                image,
                repository,
                allowed,
                sink);
          }
        }
      }
    }
  }

  /** Checks {@link PolicyRule#POLICY_REQUESTS_REQUIRED}. */
  static void requiredRequests(PodSpecContext context, ViolationSink sink) {
    for (String resource : context.policy().requireRequests()) {
      for (ContainerRef ref : context.containers()) {
        if (Policies.request(ref.container().getResources(), resource) == null) {
          sink.report(
              ref.path().child("resources").child("requests").key(resource),
              null,
              "container "
                  + Policies.quote(ref.displayName())
                  + " does not request "
                  + resource
                  + "; the host requires every container to.");
        }
      }
    }
  }

  /** Checks {@link PolicyRule#POLICY_LIMITS_REQUIRED}. */
  static void requiredLimits(PodSpecContext context, ViolationSink sink) {
    for (String resource : context.policy().requireLimits()) {
      for (ContainerRef ref : context.containers()) {
        V1ResourceRequirements r = ref.container().getResources();
        if (r == null || Policies.get(r.getLimits(), resource) == null) {
          sink.report(
              ref.path().child("resources").child("limits").key(resource),
              null,
              "container "
                  + Policies.quote(ref.displayName())
                  + " does not limit "
                  + resource
                  + "; the host requires every container to.");
        }
      }
    }
  }

  /** Checks {@link PolicyRule#POLICY_POD_RESOURCES_EXCEEDED}. */
  static void podResourcesExceeded(PodSpecContext context, ViolationSink sink) {
    for (Map.Entry<String, Quantity> max : context.policy().maxPodResources().entrySet()) {
      String resource = max.getKey();
      BigDecimal limit = Quantities.value(max.getValue()).orElse(null);
      if (limit == null) {
        continue;
      }
      BigDecimal total = effective(context, resource);
      if (total.compareTo(limit) > 0) {
        sink.report(
            context.root(),
            format(total, max.getValue()),
            "insufficient resources: the pod's effective "
                + resource
                + " request is "
                + format(total, max.getValue())
                + " (regular containers and native sidecars "
                + "summed, or the largest init phase), above the host's maximum of "
                + max.getValue().toSuffixedString()
                + ".");
      }
    }
  }

  /** The image's repository when no allowed entry covers it; null when allowed or blank. */
  private static String refused(String image, List<String> allowed) {
    if (image == null || image.isBlank()) {
      return null;
    }
    String repository = repository(image.trim());
    for (String entry : allowed) {
      if (repository.equals(entry)
          || (repository.length() > entry.length()
              && repository.startsWith(entry)
              && repository.charAt(entry.length()) == '/')) {
        return null;
      }
    }
    return repository;
  }

  private static void report(
      FieldPath path, String image, String repository, List<String> allowed, ViolationSink sink) {
    sink.report(
        path,
        image,
        "image "
            + Policies.quote(image)
            + " ("
            + repository
            + ") is not from an allowed"
            + " registry; allowed: "
            + String.join(", ", allowed)
            + ".");
  }

  /** The fully qualified repository of a reference, without tag or digest. */
  static String repository(String image) {
    String name = image;
    int at = name.indexOf('@');
    if (at >= 0) {
      name = name.substring(0, at);
    }
    int slash = name.lastIndexOf('/');
    int colon = name.lastIndexOf(':');
    if (colon > slash) {
      name = name.substring(0, colon);
    }
    int first = name.indexOf('/');
    String host = first < 0 ? null : name.substring(0, first);
    boolean hasRegistry =
        host != null && (host.contains(".") || host.contains(":") || host.equals("localhost"));
    if (!hasRegistry) {
      return "docker.io/" + (first < 0 ? "library/" + name : name);
    }
    String registry = canonicalRegistry(host);
    String path = name.substring(first + 1);
    if (registry.equals("docker.io") && !path.contains("/")) {
      path = "library/" + path;
    }
    return registry + "/" + path;
  }

  private static String canonicalRegistry(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    return lower.equals("index.docker.io") || lower.equals("registry-1.docker.io")
        ? "docker.io"
        : lower;
  }

  /** An allowed entry with a canonical registry and no trailing slash. */
  static String entry(String allowed) {
    String trimmed = allowed == null ? "" : allowed.trim();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    int slash = trimmed.indexOf('/');
    String host = slash < 0 ? trimmed : trimmed.substring(0, slash);
    return canonicalRegistry(host) + (slash < 0 ? "" : trimmed.substring(slash));
  }

  /** The effective pod request of one resource. */
  static BigDecimal effective(PodSpecContext context, String resource) {
    BigDecimal regular = BigDecimal.ZERO;
    BigDecimal sidecars = BigDecimal.ZERO;
    BigDecimal initMax = BigDecimal.ZERO;
    for (ContainerRef ref : context.containers()) {
      BigDecimal request = amount(ref, resource);
      if (ref.isNativeSidecar()) {
        sidecars = sidecars.add(request);
        initMax = initMax.max(sidecars);
      } else if (ref.isRunToCompletionInit()) {
        initMax = initMax.max(request.add(sidecars));
      } else {
        regular = regular.add(request);
      }
    }
    BigDecimal total = regular.add(sidecars).max(initMax);
    Map<String, Quantity> overhead = context.spec().getOverhead();
    Quantity extra = overhead == null ? null : overhead.get(resource);
    if (extra != null) {
      total = total.add(Quantities.value(extra).orElse(BigDecimal.ZERO));
    }
    return total;
  }

  private static BigDecimal amount(ContainerRef ref, String resource) {
    Quantity q = Policies.request(ref.container().getResources(), resource);
    return q == null ? BigDecimal.ZERO : Quantities.value(q).orElse(BigDecimal.ZERO);
  }

  private static String format(BigDecimal total, Quantity like) {
    try {
      return new Quantity(total, like.getFormat()).toSuffixedString();
    } catch (RuntimeException e) {
      return total.toPlainString();
    }
  }
}
