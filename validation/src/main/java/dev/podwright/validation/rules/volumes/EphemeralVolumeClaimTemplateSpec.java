package dev.podwright.validation.rules.volumes;

import dev.podwright.kubernetes.Quantities;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.DnsNames;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimSpec;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ephemeral volume's claim template spec is a valid PersistentVolumeClaim spec ({@code
 * EPHEMERAL_VCT_SPEC}): at least one known access mode ({@code ReadWriteOncePod} alone), a positive
 * storage request, a known volume mode and a DNS-1123 subdomain storage class.
 */
public final class EphemeralVolumeClaimTemplateSpec implements PodSpecRule {

  private static final List<String> ACCESS_MODES =
      List.of("ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod");
  private static final List<String> VOLUME_MODES = List.of("Block", "Filesystem");

  private static final RuleInfo INFO =
      new RuleInfo(
          "EPHEMERAL_VCT_SPEC",
          Severity.ERROR,
          VolumeRules.SECTION,
          "volumeClaimTemplate.spec has access modes, a positive storage request, a known"
              + " volumeMode and a valid storageClassName.",
          "The API server validates the template like a PersistentVolumeClaim and rejects the pod"
              + " when it is incomplete or malformed.",
          "Set spec.accessModes (e.g. [ReadWriteOnce]) and spec.resources.requests.storage (e.g."
              + " 1Gi).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (VolumeRules.At at : VolumeRules.volumes(context)) {
      if (at.volume().getEphemeral() == null
          || at.volume().getEphemeral().getVolumeClaimTemplate() == null) {
        continue;
      }
      V1PersistentVolumeClaimSpec spec =
          at.volume().getEphemeral().getVolumeClaimTemplate().getSpec();
      check(sink, at, spec == null ? new V1PersistentVolumeClaimSpec() : spec);
    }
  }

  /** {@code field} of the claim template's spec, e.g. {@code ...volumeClaimTemplate.spec.x}. */
  private static FieldPath path(VolumeRules.At at, String field) {
    return at.path().child("ephemeral").child("volumeClaimTemplate").child("spec").child(field);
  }

  private static void check(
      ViolationSink sink, VolumeRules.At at, V1PersistentVolumeClaimSpec spec) {
    List<String> modes = spec.getAccessModes() == null ? List.of() : spec.getAccessModes();
    if (modes.isEmpty()) {
      sink.report(
          path(at, "accessModes"), null, "Required value: at least 1 access mode is required.");
    }
    for (String mode : modes) {
      if (mode == null || !ACCESS_MODES.contains(mode)) {
        sink.report(
            path(at, "accessModes"),
            mode,
            "Unsupported value: \""
                + mode
                + "\": supported values: "
                + VolumeRules.quoted(ACCESS_MODES)
                + ".");
      }
    }
    if (modes.contains("ReadWriteOncePod") && modes.size() > 1) {
      sink.report(
          path(at, "accessModes"),
          joined(modes),
          "Forbidden: may not use ReadWriteOncePod with other access modes.");
    }
    Map<String, Quantity> requests =
        spec.getResources() == null ? null : spec.getResources().getRequests();
    Quantity storage = requests == null ? null : requests.get("storage");
    if (storage == null) {
      sink.report(
          path(at, "resources").key("storage"),
          null,
          "Required value: resources.requests.storage is required.");
    } else if (isZeroOrLess(storage)) {
      sink.report(
          path(at, "resources").key("storage"),
          storage.toSuffixedString(),
          "Invalid value: \"" + storage.toSuffixedString() + "\": must be greater than zero.");
    }
    String volumeMode = spec.getVolumeMode();
    if (volumeMode != null && !VOLUME_MODES.contains(volumeMode)) {
      sink.report(
          path(at, "volumeMode"),
          volumeMode,
          "Unsupported value: \""
              + volumeMode
              + "\": supported values: "
              + VolumeRules.quoted(VOLUME_MODES)
              + ".");
    }
    String storageClass = spec.getStorageClassName();
    if (storageClass != null && !storageClass.isEmpty()) {
      for (String error : DnsNames.dns1123SubdomainErrors(storageClass)) {
        sink.report(
            path(at, "storageClassName"),
            storageClass,
            "Invalid value: \"" + storageClass + "\": " + error + ".");
      }
    }
  }

  private static boolean isZeroOrLess(Quantity quantity) {
    Optional<BigDecimal> value = Quantities.value(quantity);
    return value.isPresent() && value.get().compareTo(BigDecimal.ZERO) <= 0;
  }

  /** The modes, {@code String.valueOf} each, comma-separated. */
  private static String joined(List<String> modes) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < modes.size(); i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append(String.valueOf(modes.get(i)));
    }
    return text.toString();
  }
}
