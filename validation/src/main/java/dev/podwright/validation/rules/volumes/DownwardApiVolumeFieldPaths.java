package dev.podwright.validation.rules.volumes;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import java.util.List;

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

  private static final String LABELS_SUBSCRIPT = "metadata.labels['";
  private static final String ANNOTATIONS_SUBSCRIPT = "metadata.annotations['";

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
          check(sink, file.path(), ref);
        }
      }
    }
  }

  /**
   * Checks one fieldRef.
   *
   * @param file the path of the downwardAPI source the file belongs to (its fieldRef's parent)
   */
  private static void check(ViolationSink sink, FieldPath file, V1ObjectFieldSelector ref) {
    String apiVersion = ref.getApiVersion();
    String fieldPath = ref.getFieldPath();
    if (fieldPath == null || fieldPath.isEmpty()) {
      sink.report(path(file), null, "Required value: fieldRef has no fieldPath.");
      return;
    }
    if (apiVersion != null && !apiVersion.isEmpty() && !apiVersion.equals("v1")) {
      sink.report(
          path(file),
          fieldPath,
          "Invalid value: \""
              + fieldPath
              + "\": error converting fieldPath: unsupported pod version: "
              + apiVersion
              + ".");
      return;
    }
    if (isSubscript(fieldPath) || SUPPORTED.contains(fieldPath)) {
      return;
    }
    sink.report(
        path(file),
        fieldPath,
        "Unsupported value: \""
            + fieldPath
            + "\": supported values: "
            + VolumeRules.quoted(SUPPORTED)
            + " (or metadata.labels['key'] / metadata.annotations['key']).");
  }

  private static FieldPath path(FieldPath file) {
    return file.child("fieldRef").child("fieldPath");
  }

  /**
   * True for one label or annotation by key, as the regular expression {@code
   * (metadata\.(?:labels|annotations))\['([^']+)'\]} matches it: {@code metadata.labels['key']} or
   * {@code metadata.annotations['key']} with a key of one or more characters, none of them {@code
   * '}.
   */
  static boolean isSubscript(String fieldPath) {
    int open;
    if (fieldPath.startsWith(LABELS_SUBSCRIPT)) {
      open = LABELS_SUBSCRIPT.length();
    } else if (fieldPath.startsWith(ANNOTATIONS_SUBSCRIPT)) {
      open = ANNOTATIONS_SUBSCRIPT.length();
    } else {
      return false;
    }
    int close = fieldPath.length() - 2;
    return close > open && fieldPath.endsWith("']") && fieldPath.indexOf('\'', open) == close;
  }
}
