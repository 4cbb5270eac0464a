package dev.podwright.validation.rules.env;

import dev.podwright.kubernetes.Quantities;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.rules.support.DnsNames;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.rules.support.LocalPaths;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ConfigMapKeySelector;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1FileKeySelector;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1ResourceFieldSelector;
import io.kubernetes.client.openapi.models.V1SecretKeySelector;
import io.kubernetes.client.openapi.models.V1Volume;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The checks behind {@link EnvRule}, one static method per rule, and their helpers: {@code
 * ENV_FIELDREF}, {@code ENV_RESOURCEFIELDREF}, {@code ENV_RESOURCEFIELDREF_DIVISOR}, {@code
 * ENV_KEYREF_NAME_FORMAT}, {@code ENV_KEYREF_KEY}, {@code ENV_FILEKEYREF_FIELDS}, {@code
 * ENV_FILEKEYREF_EMPTYDIR}.
 */
final class EnvRefChecks {

  /** The field paths the API server exposes to env. */
  static final List<String> ENV_FIELDREF_SUPPORTED =
      List.of(
          "metadata.name",
          "metadata.namespace",
          "metadata.uid",
          "spec.nodeName",
          "spec.serviceAccountName",
          "status.hostIP",
          "status.hostIPs",
          "status.podIP",
          "status.podIPs");

  static final List<String> ENV_RESOURCEFIELDREF_SUPPORTED =
      List.of(
          "limits.cpu",
          "limits.memory",
          "limits.ephemeral-storage",
          "requests.cpu",
          "requests.memory",
          "requests.ephemeral-storage");

  private static final List<String> CPU_DIVISORS = List.of("1m", "1");

  private static final List<String> BYTE_DIVISORS =
      List.of("1", "1k", "1M", "1G", "1T", "1P", "1E", "1Ki", "1Mi", "1Gi", "1Ti", "1Pi", "1Ei");

  private EnvRefChecks() {}

  /** Checks {@link EnvRule#ENV_FIELDREF}. */
  static void envFieldRef(PodSpecContext context, ViolationSink sink) {
    for (EnvEntries.Env env : EnvEntries.env(context)) {
      V1EnvVarSource from = env.valueFrom();
      V1ObjectFieldSelector ref = from == null ? null : from.getFieldRef();
      if (ref == null) {
        continue;
      }
      String fieldPath = ref.getFieldPath();
      String apiVersion = ref.getApiVersion();
      if (EnvEntries.isEmpty(fieldPath)) {
        sink.report(
            envFieldRefPath(env),
            null,
            "fieldRef of env \"" + env.var().getName() + "\" has no fieldPath");
        continue;
      }
      if (!EnvEntries.isEmpty(apiVersion) && !"v1".equals(apiVersion)) {
        sink.report(
            envFieldRefPath(env),
            fieldPath,
            "error converting fieldPath \""
                + fieldPath
                + "\": unsupported pod version \""
                + apiVersion
                + "\" (only v1)");
        continue;
      }
      String problem = envFieldRefProblem(fieldPath);
      if (problem != null) {
        sink.report(
            envFieldRefPath(env),
            fieldPath,
            "fieldRef \"" + fieldPath + "\" of env \"" + env.var().getName() + "\" " + problem);
      }
    }
  }

  /** Checks {@link EnvRule#ENV_RESOURCEFIELDREF}. */
  static void envResourceFieldRef(PodSpecContext context, ViolationSink sink) {
    for (EnvEntries.Env env : EnvEntries.env(context)) {
      V1EnvVarSource from = env.valueFrom();
      V1ResourceFieldSelector ref = from == null ? null : from.getResourceFieldRef();
      if (ref == null) {
        continue;
      }
      String resource = ref.getResource();
      if (EnvEntries.isEmpty(resource)) {
        sink.report(
            envResourceFieldRefPath(env),
            null,
            "resourceFieldRef of env \"" + env.var().getName() + "\" names no resource");
      } else if (!isSupported(resource)) {
        sink.report(
            envResourceFieldRefPath(env),
            resource,
            "resource \""
                + resource
                + "\" of env \""
                + env.var().getName()
                + "\" is not supported; supported: "
                + String.join(", ", ENV_RESOURCEFIELDREF_SUPPORTED)
                + ", limits.hugepages-<size>, requests.hugepages-<size>");
      }
    }
  }

  /** Checks {@link EnvRule#ENV_RESOURCEFIELDREF_DIVISOR}. */
  static void envResourceFieldRefDivisor(PodSpecContext context, ViolationSink sink) {
    for (EnvEntries.Env env : EnvEntries.env(context)) {
      V1EnvVarSource from = env.valueFrom();
      V1ResourceFieldSelector ref = from == null ? null : from.getResourceFieldRef();
      if (ref == null) {
        continue;
      }
      Optional<String> problem =
          envResourceFieldRefDivisorProblem(ref.getResource(), ref.getDivisor());
      if (problem.isPresent()) {
        sink.report(
            env.valueFromPath().child("resourceFieldRef").child("divisor"),
            render(ref.getDivisor()),
            "divisor "
                + render(ref.getDivisor())
                + " of env \""
                + env.var().getName()
                + "\": "
                + problem.get());
      }
    }
  }

  /** Checks {@link EnvRule#ENV_KEYREF_NAME_FORMAT}. */
  static void envKeyRefNameFormat(PodSpecContext context, ViolationSink sink) {
    for (EnvEntries.Env env : EnvEntries.env(context)) {
      V1EnvVarSource from = env.valueFrom();
      if (from == null) {
        continue;
      }
      V1ConfigMapKeySelector configMap = from.getConfigMapKeyRef();
      if (configMap != null) {
        envKeyRefNameFormatCheck(env, "configMapKeyRef", "ConfigMap", configMap.getName(), sink);
      }
      V1SecretKeySelector secret = from.getSecretKeyRef();
      if (secret != null) {
        envKeyRefNameFormatCheck(env, "secretKeyRef", "Secret", secret.getName(), sink);
      }
    }
  }

  /** Checks {@link EnvRule#ENV_KEYREF_KEY}. */
  static void envKeyRefKey(PodSpecContext context, ViolationSink sink) {
    for (EnvEntries.Env env : EnvEntries.env(context)) {
      V1EnvVarSource from = env.valueFrom();
      if (from == null) {
        continue;
      }
      V1ConfigMapKeySelector configMap = from.getConfigMapKeyRef();
      if (configMap != null) {
        envKeyRefKeyCheck(env, "configMapKeyRef", configMap.getKey(), sink);
      }
      V1SecretKeySelector secret = from.getSecretKeyRef();
      if (secret != null) {
        envKeyRefKeyCheck(env, "secretKeyRef", secret.getKey(), sink);
      }
    }
  }

  /** Checks {@link EnvRule#ENV_FILEKEYREF_FIELDS}. */
  static void envFileKeyRefFields(PodSpecContext context, ViolationSink sink) {
    if (!context.version().isAtLeast(EnvEntries.ENV_FILES)) {
      return;
    }
    for (EnvEntries.Env env : EnvEntries.env(context)) {
      V1EnvVarSource from = env.valueFrom();
      V1FileKeySelector ref = from == null ? null : from.getFileKeyRef();
      if (ref == null) {
        continue;
      }
      String envName = env.var().getName();
      String key = ref.getKey();
      if (EnvEntries.isEmpty(key)) {
        sink.report(
            envFileKeyRefFieldsPath(env, "key"),
            null,
            "fileKeyRef of env \"" + envName + "\" has no key");
      } else {
        Optional<String> problem = KubeIdentifiers.envVarName(key, true);
        if (problem.isPresent()) {
          sink.report(
              envFileKeyRefFieldsPath(env, "key"),
              key,
              "fileKeyRef key \"" + key + "\" of env \"" + envName + "\" " + problem.get());
        }
      }
      String volume = ref.getVolumeName();
      if (EnvEntries.isEmpty(volume)) {
        sink.report(
            envFileKeyRefFieldsPath(env, "volumeName"),
            null,
            "fileKeyRef of env \"" + envName + "\" names no volume");
      } else if (!DnsNames.isDns1123Label(volume)) {
        sink.report(
            envFileKeyRefFieldsPath(env, "volumeName"),
            volume,
            "fileKeyRef volumeName \""
                + volume
                + "\" of env \""
                + envName
                + "\" is not a lowercase DNS-1123 label");
      }
      String file = ref.getPath();
      if (EnvEntries.isEmpty(file)) {
        sink.report(
            envFileKeyRefFieldsPath(env, "path"),
            null,
            "fileKeyRef of env \"" + envName + "\" has no path");
      } else if (LocalPaths.hasBackstep(file)) {
        sink.report(
            envFileKeyRefFieldsPath(env, "path"),
            file,
            "fileKeyRef path \"" + file + "\" of env \"" + envName + "\" must not contain '..'");
      }
    }
  }

  /** Checks {@link EnvRule#ENV_FILEKEYREF_EMPTYDIR}. */
  static void envFileKeyRefEmptyDir(PodSpecContext context, ViolationSink sink) {
    if (!context.version().isAtLeast(EnvEntries.ENV_FILES)) {
      return;
    }
    List<V1Volume> volumes = context.spec().getVolumes();
    for (EnvEntries.Env env : EnvEntries.env(context)) {
      V1EnvVarSource from = env.valueFrom();
      V1FileKeySelector ref = from == null ? null : from.getFileKeyRef();
      if (ref == null || EnvEntries.isEmpty(ref.getVolumeName())) {
        continue;
      }
      String name = ref.getVolumeName();
      V1Volume volume = find(volumes, name);
      if (volume == null) {
        sink.report(
            env.valueFromPath().child("fileKeyRef").child("volumeName"),
            name,
            "fileKeyRef of env \""
                + env.var().getName()
                + "\" names volume \""
                + name
                + "\", which is not in spec.volumes");
      } else if (!isEmptyDir(volume)) {
        sink.report(
            env.valueFromPath().child("fileKeyRef").child("volumeName"),
            name,
            "fileKeyRef of env \""
                + env.var().getName()
                + "\" names volume \""
                + name
                + "\", which is not an emptyDir; the referenced volume must be of type emptyDir");
      }
    }
  }

  private static FieldPath envFieldRefPath(EnvEntries.Env env) {
    return env.valueFromPath().child("fieldRef").child("fieldPath");
  }

  /**
   * Splits {@code base['key']} into base and key, or null when the path has another shape: the base
   * is at least one character without brackets, the key has no line terminator (the expression
   * {@code ([^\[\]]+)\['(.*)'\]} without a regex, so a fresh JVM compiles none).
   */
  static String[] subscript(String fieldPath) {
    int open = fieldPath.indexOf('[');
    if (open <= 0
        || fieldPath.lastIndexOf(']', open) >= 0
        || !fieldPath.startsWith("'", open + 1)
        || fieldPath.length() < open + 4
        || !fieldPath.endsWith("']")) {
      return null;
    }
    String key = fieldPath.substring(open + 2, fieldPath.length() - 2);
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return null;
      }
    }
    return new String[] {fieldPath.substring(0, open), key};
  }

  /** What is wrong with a field path, or null. */
  private static String envFieldRefProblem(String fieldPath) {
    String[] subscripted = subscript(fieldPath);
    if (subscripted != null) {
      String base = subscripted[0];
      String key = subscripted[1];
      if (base.equals("metadata.labels") || base.equals("metadata.annotations")) {
        String checked =
            base.equals("metadata.annotations") ? key.toLowerCase(java.util.Locale.ROOT) : key;
        Optional<String> problem = KubeIdentifiers.qualifiedName(checked);
        return problem.isPresent() ? "has an invalid key \"" + key + "\": " + problem.get() : null;
      }
      return "does not support subscript: only metadata.labels and metadata.annotations do";
    }
    if (ENV_FIELDREF_SUPPORTED.contains(fieldPath)) {
      return null;
    }
    return "is not supported for env; supported: "
        + String.join(", ", ENV_FIELDREF_SUPPORTED)
        + ", metadata.labels['KEY'], metadata.annotations['KEY']";
  }

  private static FieldPath envResourceFieldRefPath(EnvEntries.Env env) {
    return env.valueFromPath().child("resourceFieldRef").child("resource");
  }

  static boolean isSupported(String resource) {
    return ENV_RESOURCEFIELDREF_SUPPORTED.contains(resource)
        || resource.startsWith("limits.hugepages-")
        || resource.startsWith("requests.hugepages-");
  }

  /**
   * What is wrong with a divisor for a resource, or empty. Shared with the downward-API volume
   * checks: an unset or zero divisor means the default and is fine.
   */
  public static Optional<String> envResourceFieldRefDivisorProblem(
      String resource, Quantity divisor) {
    Optional<BigDecimal> value = Quantities.value(divisor);
    if (resource == null || value.isEmpty() || value.get().signum() == 0) {
      return Optional.empty();
    }
    List<String> allowed;
    String kind;
    if (resource.endsWith("cpu")) {
      allowed = CPU_DIVISORS;
      kind = "cpu";
    } else if (resource.endsWith("memory")) {
      allowed = BYTE_DIVISORS;
      kind = "memory";
    } else if (resource.endsWith("ephemeral-storage")) {
      allowed = BYTE_DIVISORS;
      kind = "ephemeral-storage";
    } else if (resource.startsWith("limits.hugepages-")
        || resource.startsWith("requests.hugepages-")) {
      allowed = BYTE_DIVISORS;
      kind = "hugepages";
    } else {
      return Optional.empty();
    }
    for (String candidate : allowed) {
      if (Quantities.sameValue(divisor, Quantities.require(candidate))) {
        return Optional.empty();
      }
    }
    return Optional.of(
        "only divisor values "
            + String.join(", ", allowed)
            + " are supported with the "
            + kind
            + " resource");
  }

  /** The quantity as the API server prints it, or its number when that fails. */
  private static String canonical(Quantity quantity) {
    try {
      return quantity.toSuffixedString();
    } catch (RuntimeException unprintable) {
      return String.valueOf(quantity.getNumber());
    }
  }

  private static String render(Quantity quantity) {
    return quantity == null ? "null" : canonical(quantity);
  }

  private static void envKeyRefNameFormatCheck(
      EnvEntries.Env env, String field, String kind, String name, ViolationSink sink) {
    Optional<String> problem = KubeIdentifiers.objectName(name);
    if (problem.isPresent()) {
      sink.report(
          env.valueFromPath().child(field).child("name"),
          name,
          kind
              + " name \""
              + (name == null ? "" : name)
              + "\" of env \""
              + env.var().getName()
              + "\" "
              + problem.get());
    }
  }

  private static void envKeyRefKeyCheck(
      EnvEntries.Env env, String field, String key, ViolationSink sink) {
    if (EnvEntries.isEmpty(key)) {
      sink.report(
          envKeyRefKeyPath(env, field),
          null,
          "key reference of env \"" + env.var().getName() + "\" has no key");
      return;
    }
    Optional<String> problem = KubeIdentifiers.configMapKey(key);
    if (problem.isPresent()) {
      sink.report(
          envKeyRefKeyPath(env, field),
          key,
          "key \"" + key + "\" of env \"" + env.var().getName() + "\" " + problem.get());
    }
  }

  /** The path of the {@code key} of an env entry's {@code valueFrom.<field>}. */
  private static FieldPath envKeyRefKeyPath(EnvEntries.Env env, String field) {
    return env.valueFromPath().child(field).child("key");
  }

  /** The path of a field of an env entry's {@code valueFrom.fileKeyRef}. */
  private static FieldPath envFileKeyRefFieldsPath(EnvEntries.Env env, String field) {
    return env.valueFromPath().child("fileKeyRef").child(field);
  }

  private static V1Volume find(List<V1Volume> volumes, String name) {
    if (volumes == null) {
      return null;
    }
    for (V1Volume volume : volumes) {
      if (volume != null && name.equals(volume.getName())) {
        return volume;
      }
    }
    return null;
  }

  /** An emptyDir, or a volume with no source at all (which the API server defaults to one). */
  private static boolean isEmptyDir(V1Volume v) {
    if (v.getEmptyDir() != null) {
      return true;
    }
    Object[] sources = {
      v.getAwsElasticBlockStore(),
      v.getAzureDisk(),
      v.getAzureFile(),
      v.getCephfs(),
      v.getCinder(),
      v.getConfigMap(),
      v.getCsi(),
      v.getDownwardAPI(),
      v.getEphemeral(),
      v.getFc(),
      v.getFlexVolume(),
      v.getFlocker(),
      v.getGcePersistentDisk(),
      v.getGitRepo(),
      v.getGlusterfs(),
      v.getHostPath(),
      v.getImage(),
      v.getIscsi(),
      v.getNfs(),
      v.getPersistentVolumeClaim(),
      v.getPhotonPersistentDisk(),
      v.getPortworxVolume(),
      v.getProjected(),
      v.getQuobyte(),
      v.getRbd(),
      v.getScaleIO(),
      v.getSecret(),
      v.getStorageos(),
      v.getVsphereVolume()
    };
    for (Object source : sources) {
      if (source != null) {
        return false;
      }
    }
    return true;
  }
}
