package dev.podwright.examples.feldera;

import dev.podwright.io.ReadLimits;
import dev.podwright.io.declaration.DeclarationReadException;
import dev.podwright.io.declaration.KubernetesFragments;
import dev.podwright.io.declaration.Node;
import dev.podwright.io.declaration.SourceDocument;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.InitContainer;
import dev.podwright.model.Resources;
import dev.podwright.model.RestartPolicy;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a Feldera pipeline's {@code runtime_config} (JSON, or YAML) into a composition: each entry
 * of {@code init_containers} (a Kubernetes {@code PodSpec.initContainers} array) with {@code
 * restartPolicy: Always} is a sidecar, every other one an init container; {@code resources} ({@code
 * cpu_cores_min}/{@code cpu_cores_max}, {@code memory_mb_min}/{@code memory_mb_max}, as
 * requests/limits, memory in megabytes) go to the main container {@code pipeline}, which Feldera's
 * own pod spec provides (emit the composition over it).
 *
 * <p>The other runtime settings (workers, storage, fault_tolerance…) are ignored; one spelt almost
 * like {@code init_containers} or {@code resources} fails with "did you mean". Immutable and
 * thread-safe.
 */
public final class FelderaRuntimeConfigReader {

  /** The name of the pipeline's container in Feldera's pod. */
  public static final String MAIN_CONTAINER = "pipeline";

  private static final List<String> FIELDS = List.of("init_containers", "resources");

  private static final Set<String> IGNORED_FIELDS =
      Set.of(
          "workers",
          "hosts",
          "storage",
          "fault_tolerance",
          "cpu_profiler",
          "tracing",
          "tracing_endpoint_jaeger",
          "min_batch_size_records",
          "max_buffering_delay_usecs",
          "clock_resolution_usecs",
          "pin_cpus",
          "provisioning_timeout_secs",
          "max_parallel_connector_init",
          "checkpoint_during_suspend",
          "dev_tweaks",
          "logging",
          "http_workers",
          "io_workers",
          "env");

  private static final List<String> RESOURCE_FIELDS =
      List.of("cpu_cores_min", "cpu_cores_max", "memory_mb_min", "memory_mb_max");

  private static final Set<String> IGNORED_RESOURCE_FIELDS =
      Set.of("storage_mb_max", "storage_class", "service_account_name", "namespace");

  private final SourceDocument.Parsers parsers;

  /** A reader with the default {@link ReadLimits}. */
  public FelderaRuntimeConfigReader() {
    this(ReadLimits.defaults());
  }

  /** A reader with the given limits. */
  public FelderaRuntimeConfigReader(ReadLimits limits) {
    this.parsers = new SourceDocument.Parsers(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Reads a runtime configuration file.
   *
   * @throws DeclarationReadException when it cannot be read, located in the file
   */
  public Composition read(Path file) {
    return read(parsers.read(file));
  }

  /**
   * Reads a runtime configuration from text.
   *
   * @param fileName the name to report in errors, or null
   * @throws DeclarationReadException when it cannot be read
   */
  public Composition read(String content, String fileName) {
    return read(parsers.read(content, fileName));
  }

  /**
   * Reads a runtime configuration from a stream (not closed).
   *
   * @throws DeclarationReadException when it cannot be read
   */
  public Composition read(InputStream in, String fileName) {
    return read(parsers.read(in, fileName));
  }

  private Composition read(SourceDocument document) {
    Node top = document.top().object();
    top.rejectNearMisses(FIELDS, IGNORED_FIELDS);
    Composition.Builder composition = Composition.builder();
    Node resources = top.field("resources");
    if (!resources.isAbsent()) {
      Resources main = resources(resources.object());
      if (!main.isEmpty()) {
        composition.mainContainer(ContainerSpec.builder(MAIN_CONTAINER).resources(main).build());
      }
    }
    for (Node entry : top.field("init_containers").elements()) {
      V1Container container = KubernetesFragments.container(entry);
      if (RestartPolicy.ALWAYS.value().equals(container.getRestartPolicy())) {
        composition.sidecar(KubernetesFragments.sidecar(container));
      } else {
        composition.initContainer(new InitContainer(KubernetesFragments.containerSpec(container)));
      }
    }
    return composition.build();
  }

  private static Resources resources(Node node) {
    node.rejectNearMisses(RESOURCE_FIELDS, IGNORED_RESOURCE_FIELDS);
    Map<String, Quantity> requests = new LinkedHashMap<>();
    Map<String, Quantity> limits = new LinkedHashMap<>();
    put(requests, "cpu", node.field("cpu_cores_min"), "");
    put(limits, "cpu", node.field("cpu_cores_max"), "");
    put(requests, "memory", node.field("memory_mb_min"), "M");
    put(limits, "memory", node.field("memory_mb_max"), "M");
    return new Resources(requests, limits);
  }

  private static void put(Map<String, Quantity> into, String resource, Node value, String suffix) {
    if (value.isAbsent()) {
      return;
    }
    java.math.BigDecimal written = value.decimal();
    if (written.signum() < 0) {
      throw value.invalid("must not be negative", List.of());
    }
    java.math.BigDecimal number = written.stripTrailingZeros();
    if (number.precision() - number.scale() > 18 || number.scale() > 9) {
      throw value.invalid("is not a resource amount Kubernetes can hold", List.of());
    }
    String text = number.toPlainString() + suffix;
    into.put(resource, KubernetesFragments.quantity(value, text));
  }
}
