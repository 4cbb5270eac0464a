package dev.podwright.validation.rules.policy;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1EphemeralContainer;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An image from a registry the host policy does not allow. References are judged fully qualified,
 * with Docker's defaults: {@code busybox} is {@code docker.io/library/busybox}, {@code acme/app} is
 * {@code docker.io/acme/app}. An allowed entry is a registry ({@code ghcr.io}) or a registry and a
 * path prefix ({@code ghcr.io/acme}).
 */
public final class RegistryNotAllowedRule implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "POLICY_REGISTRY_NOT_ALLOWED",
          Severity.ERROR,
          Policies.SECTION,
          "An image (container, ephemeral container or image volume) comes from a registry the"
              + " host policy does not allow.",
          "The platform only runs images from its allowed registries (supply-chain policy, pull"
              + " credentials, air-gapped mirrors); an admission controller rejects the pod.",
          "Pull the image from an allowed registry (mirror it there) and reference it by its"
              + " full name.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
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
}
