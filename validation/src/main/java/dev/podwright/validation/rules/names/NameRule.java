package dev.podwright.validation.rules.names;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.Section;
import dev.podwright.validation.spi.ViolationSink;

/**
 * The built-in rules for container, volume and pod-level names: one constant per rule, named by its
 * rule id, in catalog order. Hosts pick rules by constant, e.g. {@code
 * NameRule.CONTAINER_NAME_REQUIRED}.
 */
public enum NameRule implements PodSpecRule {
  /** Every container and init container must have a name ({@code CONTAINER_NAME_REQUIRED}). */
  CONTAINER_NAME_REQUIRED(
      Severity.ERROR,
      Section.NAMES,
      "Every container and init container has a non-empty name.",
      "The API server rejects a container without a name (Required value).",
      "Give the container a DNS-1123 label name, e.g. \"log-shipper\"."),

  /** A container name must be a DNS-1123 label ({@code CONTAINER_NAME_DNS1123}). */
  CONTAINER_NAME_DNS1123(
      Severity.ERROR,
      Section.NAMES,
      "Container and init container names are DNS-1123 labels (lowercase letters, digits and"
          + " '-', at most 63 characters, alphanumeric at both ends).",
      "The API server rejects any other container name (Invalid value).",
      "Use lowercase letters, digits and '-' only, e.g. \"log-shipper\" instead of"
          + " \"Log_Shipper\"."),

  /**
   * Names of regular containers are unique among {@code spec.containers} ({@code
   * CONTAINER_NAME_UNIQUE_REGULAR}); the later duplicate is reported, as the API server does.
   * Collisions with init containers are {@code CONTAINER_NAME_UNIQUE_INIT}'s.
   */
  CONTAINER_NAME_UNIQUE_REGULAR(
      Severity.ERROR,
      Section.NAMES,
      "No two entries of spec.containers share a name.",
      "The API server rejects a repeated container name (Duplicate value); kubelet, logs and"
          + " probes address containers by name.",
      "Rename one of the containers, e.g. suffix the injected sidecar with its purpose."),

  /**
   * An init container's name (native sidecars included) differs from every regular container's name
   * and from every earlier init container's name ({@code CONTAINER_NAME_UNIQUE_INIT}).
   */
  CONTAINER_NAME_UNIQUE_INIT(
      Severity.ERROR,
      Section.NAMES,
      "Init container names (native sidecars included) are unique across init containers and"
          + " regular containers.",
      "The API server rejects an init container whose name is already taken (Duplicate"
          + " value).",
      "Rename the init container so that no container or init container shares its name."),

  /** Every volume must have a name ({@code VOLUME_NAME_REQUIRED}). */
  VOLUME_NAME_REQUIRED(
      Severity.ERROR,
      Section.NAMES,
      "Every entry of spec.volumes has a non-empty name.",
      "The API server rejects a volume without a name (Required value), and no mount can"
          + " refer to it.",
      "Give the volume a DNS-1123 label name, e.g. \"shared-data\"."),

  /** A volume name must be a DNS-1123 label ({@code VOLUME_NAME_DNS1123}). */
  VOLUME_NAME_DNS1123(
      Severity.ERROR,
      Section.NAMES,
      "Volume names are DNS-1123 labels (lowercase letters, digits and '-', at most 63"
          + " characters, alphanumeric at both ends).",
      "The API server rejects any other volume name (Invalid value), and then also every mount"
          + " of that volume (Not found).",
      "Use lowercase letters, digits and '-' only, e.g. \"app-config\" instead of"
          + " \"app.config\"."),

  /** No two volumes share a name ({@code VOLUME_NAME_UNIQUE}); the later one is reported. */
  VOLUME_NAME_UNIQUE(
      Severity.ERROR,
      Section.NAMES,
      "No two entries of spec.volumes share a name.",
      "The API server rejects a repeated volume name (Duplicate value); a mount could not tell"
          + " which volume it means.",
      "Rename one of the volumes, or drop the copy if both describe the same source."),

  /**
   * {@code spec.hostname} and {@code spec.subdomain} are DNS-1123 labels ({@code
   * POD_HOSTNAME_SUBDOMAIN_LABEL}).
   */
  POD_HOSTNAME_SUBDOMAIN_LABEL(
      Severity.ERROR,
      Section.NAMES,
      "spec.hostname and spec.subdomain, when set, are DNS-1123 labels.",
      "The API server rejects other values (Invalid value).",
      "Use lowercase letters, digits and '-', at most 63 characters, e.g. \"db-0\"."),

  /**
   * {@code spec.serviceAccountName} is a DNS-1123 subdomain ({@code
   * POD_SERVICEACCOUNTNAME_FORMAT}).
   */
  POD_SERVICEACCOUNTNAME_FORMAT(
      Severity.ERROR,
      Section.NAMES,
      "spec.serviceAccountName, when set, is a DNS-1123 subdomain.",
      "The API server rejects other service account names (Invalid value).",
      "Use the ServiceAccount's exact name: lowercase letters, digits, '-' and '.'.");

  private final RuleInfo info;

  NameRule(Severity severity, Section section, String what, String why, String fix) {
    this.info = new RuleInfo(name(), severity, section, what, why, fix);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    switch (this) {
      case CONTAINER_NAME_REQUIRED -> NameChecks.containerNameRequired(context, sink);
      case CONTAINER_NAME_DNS1123 -> NameChecks.containerNameDns1123(context, sink);
      case CONTAINER_NAME_UNIQUE_REGULAR -> NameChecks.containerNameUniqueRegular(context, sink);
      case CONTAINER_NAME_UNIQUE_INIT -> NameChecks.containerNameUniqueInit(context, sink);
      case VOLUME_NAME_REQUIRED -> NameChecks.volumeNameRequired(context, sink);
      case VOLUME_NAME_DNS1123 -> NameChecks.volumeNameDns1123(context, sink);
      case VOLUME_NAME_UNIQUE -> NameChecks.volumeNameUnique(context, sink);
      case POD_HOSTNAME_SUBDOMAIN_LABEL -> NameChecks.podHostnameSubdomainLabel(context, sink);
      case POD_SERVICEACCOUNTNAME_FORMAT -> NameChecks.podServiceAccountNameFormat(context, sink);
    }
  }
}
