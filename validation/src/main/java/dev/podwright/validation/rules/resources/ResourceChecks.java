package dev.podwright.validation.rules.resources;

import dev.podwright.kubernetes.Quantities;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.custom.Quantity;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The checks behind {@link ResourceRule}, one static method per rule, and their helpers: {@code
 * RES_NAME_QUALIFIED}, {@code RES_NAME_STANDARD}, {@code RES_NAME_EXTENDED}, {@code
 * RES_QUANTITY_NONNEGATIVE}, {@code RES_QUANTITY_INTEGER}, {@code RES_REQUEST_LE_LIMIT}, {@code
 * RES_NON_OVERCOMMIT_EQUAL}, {@code RES_HUGEPAGES_NEED_CPU_OR_MEMORY}, {@code
 * RES_HUGEPAGES_MULTIPLE}.
 */
final class ResourceChecks {

  private ResourceChecks() {}

  /** Checks {@link ResourceRule#RES_NAME_QUALIFIED}. */
  static void resNameQualified(PodSpecContext context, ViolationSink sink) {
    for (Resources.Requirements requirements : Resources.of(context)) {
      for (Resources.Entry entry : requirements.entries()) {
        Optional<String> problem = KubeIdentifiers.qualifiedName(entry.name());
        if (problem.isPresent()) {
          sink.report(
              entry.path(),
              entry.name(),
              "resource name \""
                  + entry.name()
                  + "\" of container \""
                  + entry.container().displayName()
                  + "\" "
                  + problem.get());
        }
      }
    }
  }

  /** Checks {@link ResourceRule#RES_NAME_STANDARD}. */
  static void resNameStandard(PodSpecContext context, ViolationSink sink) {
    for (Resources.Requirements requirements : Resources.of(context)) {
      for (Resources.Entry entry : requirements.entries()) {
        String name = entry.name();
        if (!name.contains("/") && !Resources.isStandardContainerResource(name)) {
          sink.report(
              entry.path(),
              name,
              "resource \""
                  + name
                  + "\" of container \""
                  + entry.container().displayName()
                  + "\" must be a standard resource for containers (cpu, memory,"
                  + " ephemeral-storage, hugepages-<size>)");
        }
      }
    }
  }

  /** Checks {@link ResourceRule#RES_NAME_EXTENDED}. */
  static void resNameExtended(PodSpecContext context, ViolationSink sink) {
    for (Resources.Requirements requirements : Resources.of(context)) {
      for (Resources.Entry entry : requirements.entries()) {
        String name = entry.name();
        if (name.contains("/") && !Resources.isNative(name) && !Resources.isExtended(name)) {
          sink.report(
              entry.path(),
              name,
              "resource \""
                  + name
                  + "\" of container \""
                  + entry.container().displayName()
                  + "\" doesn't follow extended resource name standard");
        }
      }
    }
  }

  /** Checks {@link ResourceRule#RES_QUANTITY_NONNEGATIVE}. */
  static void resQuantityNonNegative(PodSpecContext context, ViolationSink sink) {
    for (Resources.Requirements requirements : Resources.of(context)) {
      for (Resources.Entry entry : requirements.entries()) {
        Optional<BigDecimal> value = entry.value();
        if (value.isPresent() && value.get().signum() < 0) {
          sink.report(
              entry.path(),
              Resources.render(entry.quantity()),
              entry.name()
                  + " "
                  + Resources.render(entry.quantity())
                  + " of container \""
                  + entry.container().displayName()
                  + "\" must be greater than or equal to 0");
        }
      }
    }
  }

  /** Checks {@link ResourceRule#RES_QUANTITY_INTEGER}. */
  static void resQuantityInteger(PodSpecContext context, ViolationSink sink) {
    for (Resources.Requirements requirements : Resources.of(context)) {
      for (Resources.Entry entry : requirements.entries()) {
        if (!Resources.isExtended(entry.name())) {
          continue;
        }
        Optional<BigDecimal> value = entry.value();
        if (value.isPresent() && !Resources.isInteger(value.get())) {
          sink.report(
              entry.path(),
              Resources.render(entry.quantity()),
              entry.name()
                  + " "
                  + Resources.render(entry.quantity())
                  + " of container \""
                  + entry.container().displayName()
                  + "\" must be an integer");
        }
      }
    }
  }

  /** Checks {@link ResourceRule#RES_REQUEST_LE_LIMIT}. */
  static void resRequestLeLimit(PodSpecContext context, ViolationSink sink) {
    for (Resources.Requirements requirements : Resources.of(context)) {
      Map<String, Quantity> limits = requirements.limits();
      for (Map.Entry<String, Quantity> entry : requirements.requests().entrySet()) {
        String name = entry.getKey();
        Quantity request = entry.getValue();
        Quantity limit = limits.get(name);
        if (limit == null) {
          continue;
        }
        Optional<BigDecimal> r = Quantities.value(request);
        Optional<BigDecimal> l = Quantities.value(limit);
        if (r.isPresent() && l.isPresent() && r.get().compareTo(l.get()) > 0) {
          sink.report(
              requirements.path().child("requests"),
              Resources.render(request),
              name
                  + " request "
                  + Resources.render(request)
                  + " of container \""
                  + requirements.container().displayName()
                  + "\" must be less than or equal to "
                  + name
                  + " limit of "
                  + Resources.render(limit));
        }
      }
    }
  }

  /** Checks {@link ResourceRule#RES_NON_OVERCOMMIT_EQUAL}. */
  static void resNonOvercommitEqual(PodSpecContext context, ViolationSink sink) {
    for (Resources.Requirements requirements : Resources.of(context)) {
      Map<String, Quantity> limits = requirements.limits();
      for (Map.Entry<String, Quantity> entry : requirements.requests().entrySet()) {
        String name = entry.getKey();
        if (Resources.isOvercommitAllowed(name)) {
          continue;
        }
        Quantity request = entry.getValue();
        Quantity limit = limits.get(name);
        if (limit == null) {
          sink.report(
              requirements.path().child("limits"),
              null,
              name
                  + " is requested by container \""
                  + requirements.container().displayName()
                  + "\" without a limit; a limit must be set for non overcommitable"
                  + " resources");
        } else if (Quantities.value(request).isPresent()
            && Quantities.value(limit).isPresent()
            && !Quantities.sameValue(request, limit)) {
          sink.report(
              requirements.path().child("requests"),
              Resources.render(request),
              name
                  + " request "
                  + Resources.render(request)
                  + " of container \""
                  + requirements.container().displayName()
                  + "\" must be equal to "
                  + name
                  + " limit of "
                  + Resources.render(limit));
        }
      }
    }
  }

  /** Checks {@link ResourceRule#RES_HUGEPAGES_NEED_CPU_OR_MEMORY}. */
  static void resHugePagesNeedCpuOrMemory(PodSpecContext context, ViolationSink sink) {
    for (Resources.Requirements requirements : Resources.of(context)) {
      boolean hugePages = false;
      boolean cpuOrMemory = false;
      for (Resources.Entry entry : requirements.entries()) {
        hugePages |= Resources.isHugePages(entry.name());
        cpuOrMemory |= entry.name().equals("cpu") || entry.name().equals("memory");
      }
      if (hugePages && !cpuOrMemory) {
        sink.report(
            requirements.path(),
            null,
            "container \""
                + requirements.container().displayName()
                + "\" asks for hugepages without cpu or memory; HugePages require cpu or memory");
      }
    }
  }

  /** Checks {@link ResourceRule#RES_HUGEPAGES_MULTIPLE}. */
  static void resHugePagesMultiple(PodSpecContext context, ViolationSink sink) {
    for (Resources.Requirements requirements : Resources.of(context)) {
      for (Resources.Entry entry : requirements.entries()) {
        if (!Resources.isHugePages(entry.name())) {
          continue;
        }
        Optional<BigDecimal> entryValue = entry.value();
        if (entryValue.isEmpty()) {
          continue;
        }
        Optional<Quantity> pageSize =
            Quantities.parse(entry.name().substring("hugepages-".length()));
        Optional<BigDecimal> page =
            pageSize.isPresent() ? Quantities.value(pageSize.get()) : Optional.empty();
        BigDecimal value = entryValue.get();
        boolean multiple =
            page.isPresent()
                && page.get().signum() > 0
                && isInteger(value)
                && value.remainder(page.get()).signum() == 0;
        if (!multiple) {
          sink.report(
              entry.path(),
              Resources.render(entry.quantity()),
              Resources.render(entry.quantity())
                  + " of container \""
                  + entry.container().displayName()
                  + "\" is not a positive integer multiple of "
                  + entry.name());
        }
      }
    }
  }

  private static boolean isInteger(BigDecimal value) {
    return Resources.isInteger(value);
  }
}
