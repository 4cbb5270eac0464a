package dev.podwright.validation.rules.volumes;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.DnsNames;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.Locale;

/**
 * A CSI volume names its driver: non-empty, at most 63 characters, a DNS-1123 subdomain once
 * lowercased ({@code CSI_DRIVER_NAME}).
 */
public final class CsiDriverName implements PodSpecRule {

  private static final int MAX_LENGTH = 63;

  private static final RuleInfo INFO =
      new RuleInfo(
          "CSI_DRIVER_NAME",
          Severity.ERROR,
          VolumeRules.SECTION,
          "csi.driver is set, at most 63 characters, and a DNS-1123 subdomain (case-insensitive).",
          "The API server rejects a missing (Required value), too long (Too long) or malformed"
              + " (Invalid value) driver name.",
          "Use the driver's registered name, e.g. secrets-store.csi.k8s.io.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (VolumeRules.At at : VolumeRules.volumes(context)) {
      if (at.volume().getCsi() == null) {
        continue;
      }
      String driver = at.volume().getCsi().getDriver();
      if (VolumeRules.isEmpty(driver)) {
        sink.report(
            path(at),
            null,
            "Required value: CSI volume \"" + at.volume().getName() + "\" names no driver.");
        continue;
      }
      if (driver.length() > MAX_LENGTH) {
        sink.report(
            path(at),
            driver,
            "Too long: may not be more than "
                + MAX_LENGTH
                + " bytes; \""
                + driver
                + "\" has "
                + driver.length()
                + ".");
      }
      for (String error : DnsNames.dns1123SubdomainErrors(driver.toLowerCase(Locale.ROOT))) {
        sink.report(path(at), driver, "Invalid value: \"" + driver + "\": " + error + ".");
      }
    }
  }

  private static FieldPath path(VolumeRules.At at) {
    return at.path().child("csi").child("driver");
  }
}
