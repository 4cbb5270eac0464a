package dev.podwright.validation.rules.volumes;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.DnsNames;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * A CSI volume's {@code nodePublishSecretRef}, when set, names a Secret by a DNS-1123 subdomain
 * ({@code CSI_NODE_PUBLISH_SECRET}).
 */
public final class CsiNodePublishSecret implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "CSI_NODE_PUBLISH_SECRET",
          Severity.ERROR,
          VolumeRules.SECTION,
          "csi.nodePublishSecretRef, when set, has a name that is a DNS-1123 subdomain.",
          "The API server rejects a missing (Required value) or malformed (Invalid value) Secret"
              + " name.",
          "Set nodePublishSecretRef.name to the Secret's name, or drop nodePublishSecretRef.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (VolumeRules.At at : VolumeRules.volumes(context)) {
      if (at.volume().getCsi() == null || at.volume().getCsi().getNodePublishSecretRef() == null) {
        continue;
      }
      String name = at.volume().getCsi().getNodePublishSecretRef().getName();
      if (VolumeRules.isEmpty(name)) {
        sink.report(path(at), null, "Required value: nodePublishSecretRef names no Secret.");
        continue;
      }
      for (String error : DnsNames.dns1123SubdomainErrors(name)) {
        sink.report(path(at), name, "Invalid value: \"" + name + "\": " + error + ".");
      }
    }
  }

  private static FieldPath path(VolumeRules.At at) {
    return at.path().child("csi").child("nodePublishSecretRef").child("name");
  }
}
