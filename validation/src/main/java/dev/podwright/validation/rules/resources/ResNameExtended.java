package dev.podwright.validation.rules.resources;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * Prefixed, non-native container resource names follow the extended resource name standard ({@code
 * RES_NAME_EXTENDED}).
 */
public final class ResNameExtended implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RES_NAME_EXTENDED",
          Severity.ERROR,
          "G. Resources and quantities",
          "Prefixed container resource names outside kubernetes.io are valid extended resource names.",
          "The API server rejects a malformed extended resource name (Invalid value).",
          "Use the form <domain>/<name>, e.g. example.com/foo, exactly as the device plugin advertises it.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
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
}
