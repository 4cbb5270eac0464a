package dev.podwright.validation.rules.volumes;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A downward API volume {@code fieldRef} selects pod metadata the volume form supports ({@code
 * DOWNWARDAPI_VOL_FIELDPATHS}): {@code metadata.name}, {@code metadata.namespace}, {@code
 * metadata.uid}, {@code metadata.labels}, {@code metadata.annotations}, or one label or annotation
 * by key. Fields such as {@code spec.nodeName} and {@code status.podIP} work in env only. An unset
 * {@code apiVersion} is defaulted to {@code v1}.
 */
public final class DownwardApiVolumeFieldPaths implements PodSpecRule {

  private static final List<String> SUPPORTED =
      List.of(
          "metadata.annotations",
          "metadata.labels",
          "metadata.name",
          "metadata.namespace",
          "metadata.uid");

  private static final Pattern SUBSCRIPT =
      Pattern.compile("(metadata\\.(?:labels|annotations))\\['([^']+)'\\]");

  private static final RuleInfo INFO =
      new RuleInfo(
          "DOWNWARDAPI_VOL_FIELDPATHS",
          Severity.ERROR,
          VolumeRules.SECTION,
          "Downward API volume fieldRefs select metadata.name, metadata.namespace, metadata.uid,"
              + " metadata.labels, metadata.annotations or one label/annotation by key, with"
              + " apiVersion v1.",
          "The API server rejects a missing fieldPath (Required value), other field paths"
              + " (Unsupported value) and other API versions (Invalid value).",
          "Use one of the supported metadata paths, e.g. metadata.labels['app'];"
              + " expose spec.nodeName or status.podIP through env instead.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (VolumeRules.At at : VolumeRules.volumes(context)) {
      for (VolumeRules.DownwardFile file : VolumeRules.downwardFiles(at)) {
        V1ObjectFieldSelector ref = file.file().getFieldRef();
        if (ref != null) {
          check(sink, file.path().child("fieldRef"), ref);
        }
      }
    }
  }

  private static void check(ViolationSink sink, FieldPath path, V1ObjectFieldSelector ref) {
    String apiVersion = ref.getApiVersion();
    String fieldPath = ref.getFieldPath();
    if (fieldPath == null || fieldPath.isEmpty()) {
      sink.report(path.child("fieldPath"), null, "Required value: fieldRef has no fieldPath.");
      return;
    }
    if (apiVersion != null && !apiVersion.isEmpty() && !apiVersion.equals("v1")) {
      sink.report(
          path.child("fieldPath"),
          fieldPath,
          "Invalid value: \""
              + fieldPath
              + "\": error converting fieldPath: unsupported pod version: "
              + apiVersion
              + ".");
      return;
    }
    Matcher subscript = SUBSCRIPT.matcher(fieldPath);
    if (subscript.matches() || SUPPORTED.contains(fieldPath)) {
      return;
    }
    sink.report(
        path.child("fieldPath"),
        fieldPath,
        "Unsupported value: \""
            + fieldPath
            + "\": supported values: "
            + VolumeRules.quoted(SUPPORTED)
            + " (or metadata.labels['key'] / metadata.annotations['key']).");
  }
}
