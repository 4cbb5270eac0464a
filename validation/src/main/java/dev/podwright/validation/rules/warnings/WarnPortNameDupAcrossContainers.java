package dev.podwright.validation.rules.warnings;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The same port name is used by two containers (regular containers and native sidecars) ({@code
 * W_PORT_NAME_DUP_ACROSS_CONTAINERS}); Services and probes that select ports by name use the first.
 * From Kubernetes 1.33; repeats within one container are the error {@code
 * PORT_NAME_UNIQUE_IN_CONTAINER}.
 */
public final class WarnPortNameDupAcrossContainers implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "W_PORT_NAME_DUP_ACROSS_CONTAINERS",
          Severity.WARNING,
          "K. Warnings returned by the API server",
          "A port name is used by only one container of the pod.",
          "The API server warns: Services and probes that select ports by name resolve to the first container's port.",
          "Give each container's ports distinct names, e.g. app-metrics and proxy-metrics.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    if (!context.version().isAtLeast(SINCE)) {
      return;
    }
    Map<String, PortPairs.Port> first = new LinkedHashMap<>();
    for (PortPairs.Port port : PortPairs.ports(context)) {
      ContainerRef ref = port.container();
      String name = port.port().getName();
      if (name == null || name.isEmpty() || ref.isRunToCompletionInit()) {
        continue;
      }
      PortPairs.Port earlier = first.putIfAbsent(name, port);
      if (earlier != null && earlier.container() != ref) {
        FieldPath other = earlier.path();
        sink.report(
            port.path(),
            name,
            "duplicate port name \""
                + name
                + "\" with "
                + other
                + ", services and probes that select ports by name will use "
                + other);
      }
    }
  }

  /** The first release assumed to emit this warning (it is in the v1.33-era warnings). */
  static final KubernetesVersion SINCE = KubernetesVersion.of(1, 33);
}
