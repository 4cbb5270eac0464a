package dev.podwright.validation.rules.env;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.DnsNames;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1FileKeySelector;
import java.util.Optional;

/**
 * A {@code fileKeyRef} (EnvFiles, from Kubernetes 1.35) has a valid key, volume name and relative
 * path ({@code ENV_FILEKEYREF_FIELDS}). Before 1.35 the field is dropped, which {@link
 * EnvValueFromExactlyOne} reports.
 */
public final class EnvFileKeyRefFields implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "ENV_FILEKEYREF_FIELDS",
          Severity.ERROR,
          "E. Environment variables",
          "A fileKeyRef sets a key (a relaxed env name), a volumeName (DNS-1123 label) and a path without '..'.",
          "From 1.35 (EnvFiles) the API server rejects a fileKeyRef with missing or malformed fields (Required or Invalid value).",
          "Set key, volumeName and a relative path without '..' in the fileKeyRef.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
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
        sink.report(path(env, "key"), null, "fileKeyRef of env \"" + envName + "\" has no key");
      } else {
        Optional<String> problem = KubeIdentifiers.envVarName(key, true);
        if (problem.isPresent()) {
          sink.report(
              path(env, "key"),
              key,
              "fileKeyRef key \"" + key + "\" of env \"" + envName + "\" " + problem.get());
        }
      }
      String volume = ref.getVolumeName();
      if (EnvEntries.isEmpty(volume)) {
        sink.report(
            path(env, "volumeName"), null, "fileKeyRef of env \"" + envName + "\" names no volume");
      } else if (!DnsNames.isDns1123Label(volume)) {
        sink.report(
            path(env, "volumeName"),
            volume,
            "fileKeyRef volumeName \""
                + volume
                + "\" of env \""
                + envName
                + "\" is not a lowercase DNS-1123 label");
      }
      String file = ref.getPath();
      if (EnvEntries.isEmpty(file)) {
        sink.report(path(env, "path"), null, "fileKeyRef of env \"" + envName + "\" has no path");
      } else if (hasBacksteps(file)) {
        sink.report(
            path(env, "path"),
            file,
            "fileKeyRef path \"" + file + "\" of env \"" + envName + "\" must not contain '..'");
      }
    }
  }

  /** The path of a field of an env entry's {@code valueFrom.fileKeyRef}. */
  private static FieldPath path(EnvEntries.Env env, String field) {
    return env.valueFromPath().child("fileKeyRef").child(field);
  }

  private static boolean hasBacksteps(String path) {
    for (String part : path.split("[/\\\\]", -1)) {
      if (part.equals("..")) {
        return true;
      }
    }
    return false;
  }
}
