package dev.podwright.validation.rules.volumes;

import dev.podwright.kubernetes.Quantities;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.rules.support.DnsNames;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimSpec;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The checks behind {@link VolumeRule}, one static method per rule, and their helpers: {@code
 * CSI_DRIVER_NAME}, {@code CSI_NODE_PUBLISH_SECRET}, {@code EPHEMERAL_VCT_REQUIRED}, {@code
 * EPHEMERAL_VCT_METADATA}, {@code EPHEMERAL_VCT_SPEC}.
 */
final class DriverVolumeChecks {

  private static final int MAX_LENGTH = 63;

  private static final List<String> ACCESS_MODES =
      List.of("ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod");

  private static final List<String> VOLUME_MODES = List.of("Block", "Filesystem");

  private DriverVolumeChecks() {}

  /** Checks {@link VolumeRule#CSI_DRIVER_NAME}. */
  static void csiDriverName(PodSpecContext context, ViolationSink sink) {
    for (VolumeEntries.At at : VolumeEntries.volumes(context)) {
      if (at.volume().getCsi() == null) {
        continue;
      }
      String driver = at.volume().getCsi().getDriver();
      if (VolumeEntries.isEmpty(driver)) {
        sink.report(
            csiDriverNamePath(at),
            null,
            "Required value: CSI volume \"" + at.volume().getName() + "\" names no driver.");
        continue;
      }
      if (driver.length() > MAX_LENGTH) {
        sink.report(
            csiDriverNamePath(at),
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
        sink.report(
            csiDriverNamePath(at), driver, "Invalid value: \"" + driver + "\": " + error + ".");
      }
    }
  }

  /** Checks {@link VolumeRule#CSI_NODE_PUBLISH_SECRET}. */
  static void csiNodePublishSecret(PodSpecContext context, ViolationSink sink) {
    for (VolumeEntries.At at : VolumeEntries.volumes(context)) {
      if (at.volume().getCsi() == null || at.volume().getCsi().getNodePublishSecretRef() == null) {
        continue;
      }
      String name = at.volume().getCsi().getNodePublishSecretRef().getName();
      if (VolumeEntries.isEmpty(name)) {
        sink.report(
            csiNodePublishSecretPath(at),
            null,
            "Required value: nodePublishSecretRef names no Secret.");
        continue;
      }
      for (String error : DnsNames.dns1123SubdomainErrors(name)) {
        sink.report(
            csiNodePublishSecretPath(at), name, "Invalid value: \"" + name + "\": " + error + ".");
      }
    }
  }

  /** Checks {@link VolumeRule#EPHEMERAL_VCT_REQUIRED}. */
  static void ephemeralVolumeClaimTemplateRequired(PodSpecContext context, ViolationSink sink) {
    for (VolumeEntries.At at : VolumeEntries.volumes(context)) {
      if (at.volume().getEphemeral() != null
          && at.volume().getEphemeral().getVolumeClaimTemplate() == null) {
        sink.report(
            at.path().child("ephemeral").child("volumeClaimTemplate"),
            null,
            "Required value: ephemeral volume \""
                + at.volume().getName()
                + "\" has no volumeClaimTemplate.");
      }
    }
  }

  /** Checks {@link VolumeRule#EPHEMERAL_VCT_METADATA}. */
  static void ephemeralVolumeClaimTemplateMetadata(PodSpecContext context, ViolationSink sink) {
    for (VolumeEntries.At at : VolumeEntries.volumes(context)) {
      if (at.volume().getEphemeral() == null
          || at.volume().getEphemeral().getVolumeClaimTemplate() == null
          || at.volume().getEphemeral().getVolumeClaimTemplate().getMetadata() == null) {
        continue;
      }
      FieldPath path = null;
      for (Map.Entry<String, Object> field :
          setFields(at.volume().getEphemeral().getVolumeClaimTemplate().getMetadata()).entrySet()) {
        if (path == null) {
          path = at.path().child("ephemeral").child("volumeClaimTemplate").child("metadata");
        }
        sink.report(
            path.child(field.getKey()),
            field.getValue(),
            "Forbidden: cannot be set for an ephemeral volume's claim template (only labels and"
                + " annotations may be).");
      }
    }
  }

  /** Checks {@link VolumeRule#EPHEMERAL_VCT_SPEC}. */
  static void ephemeralVolumeClaimTemplateSpec(PodSpecContext context, ViolationSink sink) {
    for (VolumeEntries.At at : VolumeEntries.volumes(context)) {
      if (at.volume().getEphemeral() == null
          || at.volume().getEphemeral().getVolumeClaimTemplate() == null) {
        continue;
      }
      V1PersistentVolumeClaimSpec spec =
          at.volume().getEphemeral().getVolumeClaimTemplate().getSpec();
      check(sink, at, spec == null ? new V1PersistentVolumeClaimSpec() : spec);
    }
  }

  private static FieldPath csiDriverNamePath(VolumeEntries.At at) {
    return at.path().child("csi").child("driver");
  }

  private static FieldPath csiNodePublishSecretPath(VolumeEntries.At at) {
    return at.path().child("csi").child("nodePublishSecretRef").child("name");
  }

  private static Map<String, Object> setFields(V1ObjectMeta meta) {
    Map<String, Object> set = new LinkedHashMap<>();
    put(set, "name", meta.getName());
    put(set, "generateName", meta.getGenerateName());
    put(set, "namespace", meta.getNamespace());
    put(set, "selfLink", meta.getSelfLink());
    put(set, "uID", meta.getUid());
    put(set, "resourceVersion", meta.getResourceVersion());
    put(set, "generation", meta.getGeneration());
    put(set, "creationTimestamp", meta.getCreationTimestamp());
    put(set, "deletionTimestamp", meta.getDeletionTimestamp());
    put(set, "deletionGracePeriodSeconds", meta.getDeletionGracePeriodSeconds());
    put(set, "ownerReferences", meta.getOwnerReferences());
    put(set, "finalizers", meta.getFinalizers());
    put(set, "managedFields", meta.getManagedFields());
    return set;
  }

  private static void put(Map<String, Object> set, String name, Object value) {
    boolean empty =
        value == null
            || (value instanceof String text && text.isEmpty())
            || (value instanceof Collection<?> list && list.isEmpty())
            || (value instanceof Long number && number == 0L);
    if (!empty) {
      set.put(name, value);
    }
  }

  /** {@code field} of the claim template's spec, e.g. {@code ...volumeClaimTemplate.spec.x}. */
  private static FieldPath ephemeralVolumeClaimTemplateSpecPath(VolumeEntries.At at, String field) {
    return at.path().child("ephemeral").child("volumeClaimTemplate").child("spec").child(field);
  }

  private static void check(
      ViolationSink sink, VolumeEntries.At at, V1PersistentVolumeClaimSpec spec) {
    List<String> modes = spec.getAccessModes() == null ? List.of() : spec.getAccessModes();
    if (modes.isEmpty()) {
      sink.report(
          ephemeralVolumeClaimTemplateSpecPath(at, "accessModes"),
          null,
          "Required value: at least 1 access mode is required.");
    }
    for (String mode : modes) {
      if (mode == null || !ACCESS_MODES.contains(mode)) {
        sink.report(
            ephemeralVolumeClaimTemplateSpecPath(at, "accessModes"),
            mode,
            "Unsupported value: \""
                + mode
                + "\": supported values: "
                + VolumeEntries.quoted(ACCESS_MODES)
                + ".");
      }
    }
    if (modes.contains("ReadWriteOncePod") && modes.size() > 1) {
      sink.report(
          ephemeralVolumeClaimTemplateSpecPath(at, "accessModes"),
          joined(modes),
          "Forbidden: may not use ReadWriteOncePod with other access modes.");
    }
    Map<String, Quantity> requests =
        spec.getResources() == null ? null : spec.getResources().getRequests();
    Quantity storage = requests == null ? null : requests.get("storage");
    if (storage == null) {
      sink.report(
          ephemeralVolumeClaimTemplateSpecPath(at, "resources").key("storage"),
          null,
          "Required value: resources.requests.storage is required.");
    } else if (isZeroOrLess(storage)) {
      sink.report(
          ephemeralVolumeClaimTemplateSpecPath(at, "resources").key("storage"),
          storage.toSuffixedString(),
          "Invalid value: \"" + storage.toSuffixedString() + "\": must be greater than zero.");
    }
    String volumeMode = spec.getVolumeMode();
    if (volumeMode != null && !VOLUME_MODES.contains(volumeMode)) {
      sink.report(
          ephemeralVolumeClaimTemplateSpecPath(at, "volumeMode"),
          volumeMode,
          "Unsupported value: \""
              + volumeMode
              + "\": supported values: "
              + VolumeEntries.quoted(VOLUME_MODES)
              + ".");
    }
    String storageClass = spec.getStorageClassName();
    if (storageClass != null && !storageClass.isEmpty()) {
      for (String error : DnsNames.dns1123SubdomainErrors(storageClass)) {
        sink.report(
            ephemeralVolumeClaimTemplateSpecPath(at, "storageClassName"),
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
