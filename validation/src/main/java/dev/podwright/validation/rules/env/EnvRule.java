package dev.podwright.validation.rules.env;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.Section;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1EnvVarSource;

/**
 * The built-in rules for environment variables ({@code env} and {@code envFrom}): one constant per
 * rule, named by its rule id, in catalog order. Hosts pick rules by constant, e.g. {@code
 * EnvRule.ENV_NAME_REQUIRED}.
 */
public enum EnvRule implements PodSpecRule {
  /** Every {@code env} entry needs a name ({@code ENV_NAME_REQUIRED}). */
  ENV_NAME_REQUIRED(
      Severity.ERROR,
      Section.ENV,
      "Every env entry has a name.",
      "The API server rejects an env entry without a name (Required value).",
      "Give the env entry a name."),

  /**
   * Env names must be valid: C-identifier-like before Kubernetes 1.32, any printable ASCII but
   * {@code =} from 1.32 ({@code ENV_NAME_FORMAT}).
   */
  ENV_NAME_FORMAT(
      Severity.ERROR,
      Section.ENV,
      "Env names follow the rules of the target version: [-._a-zA-Z][-._a-zA-Z0-9]* before 1.32, printable ASCII without '=' from 1.32.",
      "The API server rejects an invalid env name (Invalid value); relaxed names are only accepted from 1.32 (RelaxedEnvironmentVariableValidation).",
      "Rename the variable to letters, digits and '_' (start with a letter or '_'), which every version and every shell accepts."),

  /**
   * A {@code valueFrom} names exactly one source ({@code ENV_VALUEFROM_EXACTLY_ONE}); {@code
   * fileKeyRef} counts from 1.35 (EnvFiles).
   */
  ENV_VALUEFROM_EXACTLY_ONE(
      Severity.ERROR,
      Section.ENV,
      "An env valueFrom sets exactly one of fieldRef, resourceFieldRef, configMapKeyRef, secretKeyRef (fileKeyRef from 1.35).",
      "The API server rejects a valueFrom with no source or with several (Invalid value).",
      "Keep exactly one source in valueFrom; use separate env entries for separate values."),

  /**
   * An env entry may not set both a non-empty {@code value} and a {@code valueFrom} ({@code
   * ENV_VALUE_AND_VALUEFROM}).
   */
  ENV_VALUE_AND_VALUEFROM(
      Severity.ERROR,
      Section.ENV,
      "An env entry sets a literal value or a valueFrom, not both.",
      "The API server rejects valueFrom when value is not empty (Invalid value).",
      "Remove either value or valueFrom from the env entry."),

  /**
   * A downward-API {@code fieldRef} in env names a field the API server can expose to env ({@code
   * ENV_FIELDREF}).
   */
  ENV_FIELDREF(
      Severity.ERROR,
      Section.ENV,
      "An env fieldRef names a supported pod field (metadata.name, status.podIP, metadata.labels['k'], ...).",
      "The API server rejects unsupported or malformed fieldRef paths (Required, Invalid or Unsupported value).",
      "Use one of the supported field paths, e.g. metadata.name, metadata.namespace, spec.nodeName, status.podIP, or metadata.labels['key']."),

  /**
   * A {@code resourceFieldRef} in env names a container resource the downward API can expose
   * ({@code ENV_RESOURCEFIELDREF}).
   */
  ENV_RESOURCEFIELDREF(
      Severity.ERROR,
      Section.ENV,
      "An env resourceFieldRef names limits/requests of cpu, memory, ephemeral-storage or hugepages-<size>.",
      "The API server rejects a missing (Required) or unknown (Unsupported value) resource.",
      "Use e.g. limits.cpu, requests.memory or limits.ephemeral-storage as the resource."),

  /**
   * The {@code divisor} of an env {@code resourceFieldRef} is one the API server supports for that
   * resource ({@code ENV_RESOURCEFIELDREF_DIVISOR}).
   */
  ENV_RESOURCEFIELDREF_DIVISOR(
      Severity.ERROR,
      Section.ENV,
      "An env resourceFieldRef divisor is 1m or 1 for cpu, and 1, 1k..1E or 1Ki..1Ei for memory, ephemeral-storage and hugepages.",
      "The API server compares the divisor with a fixed list and rejects anything else (Invalid value).",
      "Use a supported divisor, e.g. 1m for cpu or 1Mi for memory, or leave divisor unset."),

  /**
   * The object a {@code configMapKeyRef} or {@code secretKeyRef} names has a valid name ({@code
   * ENV_KEYREF_NAME_FORMAT}); an empty name is Invalid, not Required.
   */
  ENV_KEYREF_NAME_FORMAT(
      Severity.ERROR,
      Section.ENV,
      "configMapKeyRef.name and secretKeyRef.name are lowercase DNS-1123 subdomains.",
      "The API server rejects an empty or malformed ConfigMap/Secret name in an env key reference (Invalid value).",
      "Name the ConfigMap or Secret with lowercase letters, digits, '-' and '.' (e.g. app-config)."),

  /**
   * The key a {@code configMapKeyRef} or {@code secretKeyRef} names is present and a valid key
   * ({@code ENV_KEYREF_KEY}).
   */
  ENV_KEYREF_KEY(
      Severity.ERROR,
      Section.ENV,
      "configMapKeyRef.key and secretKeyRef.key are set and valid keys ([-._a-zA-Z0-9]+).",
      "The API server rejects a missing key (Required value) or a malformed one (Invalid value).",
      "Set key to the name of an entry in the ConfigMap or Secret."),

  /**
   * A {@code fileKeyRef} (EnvFiles, from Kubernetes 1.35) has a valid key, volume name and relative
   * path ({@code ENV_FILEKEYREF_FIELDS}). Before 1.35 the field is dropped, which {@code
   * ENV_VALUEFROM_EXACTLY_ONE} reports.
   */
  ENV_FILEKEYREF_FIELDS(
      Severity.ERROR,
      Section.ENV,
      "A fileKeyRef sets a key (a relaxed env name), a volumeName (DNS-1123 label) and a path without '..'.",
      "From 1.35 (EnvFiles) the API server rejects a fileKeyRef with missing or malformed fields (Required or Invalid value).",
      "Set key, volumeName and a relative path without '..' in the fileKeyRef."),

  /**
   * The volume a {@code fileKeyRef} reads from exists and is an {@code emptyDir} ({@code
   * ENV_FILEKEYREF_EMPTYDIR}); from Kubernetes 1.35.
   */
  ENV_FILEKEYREF_EMPTYDIR(
      Severity.ERROR,
      Section.ENV,
      "The volume of a fileKeyRef is declared in spec.volumes and is an emptyDir.",
      "From 1.35 the API server rejects a fileKeyRef to a missing volume (Not found) or to a non-emptyDir volume (Invalid value).",
      "Declare an emptyDir volume with that name and let an init container write the env file into it."),

  /**
   * Every {@code envFrom} entry sets exactly one of {@code configMapRef} and {@code secretRef}
   * ({@code ENVFROM_EXACTLY_ONE}). Like the API server, reports at the list path {@code
   * ...envFrom}, not the entry.
   */
  ENVFROM_EXACTLY_ONE(
      Severity.ERROR,
      Section.ENV,
      "Each envFrom entry sets exactly one of configMapRef and secretRef.",
      "The API server rejects an envFrom entry with no source or both (Invalid value, reported at ...envFrom).",
      "Split the entry in two, one for the ConfigMap and one for the Secret, or add the missing reference."),

  /**
   * An {@code envFrom} prefix is a valid env name for the target version ({@code
   * ENVFROM_PREFIX_FORMAT}).
   */
  ENVFROM_PREFIX_FORMAT(
      Severity.ERROR,
      Section.ENV,
      "An envFrom prefix follows the env name rules of the target version.",
      "The API server rejects a prefix that is not a valid env name (Invalid value); relaxed names only from 1.32.",
      "Use a prefix of letters, digits and '_' such as APP_."),

  /**
   * The ConfigMap or Secret an {@code envFrom} entry names has a valid name ({@code
   * ENVFROM_REF_NAME}); a trailing {@code -} is tolerated, as the API server validates these names
   * in generate-name mode.
   */
  ENVFROM_REF_NAME(
      Severity.ERROR,
      Section.ENV,
      "envFrom configMapRef.name and secretRef.name are set and lowercase DNS-1123 subdomains.",
      "The API server rejects a missing (Required value) or malformed (Invalid value) name.",
      "Name the ConfigMap or Secret with lowercase letters, digits, '-' and '.'.");

  private final RuleInfo info;

  EnvRule(Severity severity, Section section, String what, String why, String fix) {
    this.info = new RuleInfo(name(), severity, section, what, why, fix);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    switch (this) {
      case ENV_NAME_REQUIRED -> EnvChecks.envNameRequired(context, sink);
      case ENV_NAME_FORMAT -> EnvChecks.envNameFormat(context, sink);
      case ENV_VALUEFROM_EXACTLY_ONE -> EnvChecks.envValueFromExactlyOne(context, sink);
      case ENV_VALUE_AND_VALUEFROM -> EnvChecks.envValueAndValueFrom(context, sink);
      case ENV_FIELDREF -> EnvRefChecks.envFieldRef(context, sink);
      case ENV_RESOURCEFIELDREF -> {
        if (anyValueFrom(context, false)) {
          EnvResourceRefChecks.envResourceFieldRef(context, sink);
        }
      }
      case ENV_RESOURCEFIELDREF_DIVISOR -> {
        if (anyValueFrom(context, false)) {
          EnvResourceRefChecks.envResourceFieldRefDivisor(context, sink);
        }
      }
      case ENV_KEYREF_NAME_FORMAT -> EnvRefChecks.envKeyRefNameFormat(context, sink);
      case ENV_KEYREF_KEY -> EnvRefChecks.envKeyRefKey(context, sink);
      case ENV_FILEKEYREF_FIELDS -> {
        if (anyValueFrom(context, true)) {
          EnvFileRefChecks.envFileKeyRefFields(context, sink);
        }
      }
      case ENV_FILEKEYREF_EMPTYDIR -> {
        if (anyValueFrom(context, true)) {
          EnvFileRefChecks.envFileKeyRefEmptyDir(context, sink);
        }
      }
      case ENVFROM_EXACTLY_ONE -> EnvChecks.envFromExactlyOne(context, sink);
      case ENVFROM_PREFIX_FORMAT -> EnvChecks.envFromPrefixFormat(context, sink);
      case ENVFROM_REF_NAME -> EnvChecks.envFromRefName(context, sink);
    }
  }

  /**
   * Whether any env entry takes its value from a file key ({@code fileKeyRef}) or, when {@code
   * fileKey} is false, from a resource field ({@code resourceFieldRef}). The checks of those
   * sources report nothing without one; testing here keeps their classes unloaded for a pod that
   * uses neither (cold start).
   */
  private static boolean anyValueFrom(PodSpecContext context, boolean fileKey) {
    for (EnvEntries.Env env : EnvEntries.env(context)) {
      V1EnvVarSource from = env.valueFrom();
      if (from != null
          && (fileKey ? from.getFileKeyRef() != null : from.getResourceFieldRef() != null)) {
        return true;
      }
    }
    return false;
  }
}
