package dev.podwright.validation.rules.volumes;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.rules.support.LocalPaths;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1DownwardAPIVolumeFile;
import io.kubernetes.client.openapi.models.V1KeyToPath;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1ResourceFieldSelector;
import io.kubernetes.client.openapi.models.V1ServiceAccountTokenProjection;
import io.kubernetes.client.openapi.models.V1VolumeProjection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks behind {@link VolumeRule}, one static method per rule, and their helpers: {@code
 * PROJECTED_ONE_KIND_PER_SOURCE}, {@code PROJECTED_DUPLICATE_PATH}, {@code
 * PROJECTED_SOURCE_NAME_REQUIRED}, {@code PROJECTED_SA_TOKEN}, {@code DOWNWARDAPI_VOL_ITEM_SOURCE},
 * {@code DOWNWARDAPI_VOL_FIELDPATHS}, {@code DOWNWARDAPI_VOL_RESOURCEFIELDREF}.
 */
final class ProjectedVolumeChecks {

  private static final long MIN_EXPIRATION = 600;

  private static final long MAX_EXPIRATION = 1L << 32;

  private static final List<String> DOWNWARDAPI_VOL_FIELDPATHS_SUPPORTED =
      List.of(
          "metadata.annotations",
          "metadata.labels",
          "metadata.name",
          "metadata.namespace",
          "metadata.uid");

  private static final String LABELS_SUBSCRIPT = "metadata.labels['";

  private static final String ANNOTATIONS_SUBSCRIPT = "metadata.annotations['";

  private static final List<String> DOWNWARDAPI_VOL_RESOURCEFIELDREF_SUPPORTED =
      List.of(
          "limits.cpu",
          "limits.ephemeral-storage",
          "limits.memory",
          "requests.cpu",
          "requests.ephemeral-storage",
          "requests.memory");

  private ProjectedVolumeChecks() {}

  /** Checks {@link VolumeRule#PROJECTED_ONE_KIND_PER_SOURCE}. */
  static void projectedOneKindPerSource(PodSpecContext context, ViolationSink sink) {
    for (VolumeEntries.At at : VolumeEntries.volumes(context)) {
      for (VolumeEntries.Source source : VolumeEntries.projectedSources(at)) {
        if (count(source.source()) > 1) {
          List<String> kinds = kinds(source.source());
          sink.report(
              source.path(),
              null,
              "Forbidden: may not specify more than 1 volume type per source; this entry sets "
                  + String.join(", ", kinds)
                  + ".");
        }
      }
    }
  }

  /** Checks {@link VolumeRule#PROJECTED_DUPLICATE_PATH}. */
  static void projectedDuplicatePath(PodSpecContext context, ViolationSink sink) {
    for (VolumeEntries.At at : VolumeEntries.volumes(context)) {
      List<VolumeEntries.Source> sources = VolumeEntries.projectedSources(at);
      if (sources.isEmpty()) {
        continue;
      }
      Set<String> seen = new LinkedHashSet<>();
      for (VolumeEntries.Source source : sources) {
        for (String path : paths(source.source())) {
          if (!seen.add(path)) {
            sink.report(
                at.path().child("projected"),
                path,
                "Invalid value: \"" + path + "\": conflicting duplicate paths.");
          }
        }
      }
    }
  }

  /** Checks {@link VolumeRule#PROJECTED_SOURCE_NAME_REQUIRED}. */
  static void projectedSourceNameRequired(PodSpecContext context, ViolationSink sink) {
    for (VolumeEntries.At at : VolumeEntries.volumes(context)) {
      for (VolumeEntries.Source source : VolumeEntries.projectedSources(at)) {
        if (source.source().getSecret() != null
            && VolumeEntries.isEmpty(source.source().getSecret().getName())) {
          sink.report(
              source.path().child("secret").child("name"),
              null,
              "Required value: projected secret source names no Secret.");
        }
        if (source.source().getConfigMap() != null
            && VolumeEntries.isEmpty(source.source().getConfigMap().getName())) {
          sink.report(
              source.path().child("configMap").child("name"),
              null,
              "Required value: projected configMap source names no ConfigMap.");
        }
      }
    }
  }

  /** Checks {@link VolumeRule#PROJECTED_SA_TOKEN}. */
  static void projectedServiceAccountToken(PodSpecContext context, ViolationSink sink) {
    for (VolumeEntries.At at : VolumeEntries.volumes(context)) {
      for (VolumeEntries.Source source : VolumeEntries.projectedSources(at)) {
        V1ServiceAccountTokenProjection token = source.source().getServiceAccountToken();
        if (token == null) {
          continue;
        }
        Long expiration = token.getExpirationSeconds();
        if (expiration != null && expiration < MIN_EXPIRATION) {
          sink.report(
              expirationPath(source),
              expiration,
              "Invalid value: "
                  + expiration
                  + ": may not specify a duration less than 10 minutes.");
        } else if (expiration != null && expiration > MAX_EXPIRATION) {
          sink.report(
              expirationPath(source),
              expiration,
              "Invalid value: "
                  + expiration
                  + ": may not specify a duration larger than 2^32 seconds.");
        }
        String path = token.getPath();
        if (path == null || path.isEmpty()) {
          sink.report(
              at.path().child("projected").child("path"),
              null,
              "Required value: the serviceAccountToken source at "
                  + source.path()
                  + " has no path.");
        } else {
          for (String error : LocalPaths.localNonReservedPathErrors(path)) {
            sink.report(
                at.path().child("projected").child("path"),
                path,
                "Invalid value: \"" + path + "\": " + error + ".");
          }
        }
      }
    }
  }

  /** Checks {@link VolumeRule#DOWNWARDAPI_VOL_ITEM_SOURCE}. */
  static void downwardApiVolumeItemSource(PodSpecContext context, ViolationSink sink) {
    for (VolumeEntries.At at : VolumeEntries.volumes(context)) {
      for (VolumeEntries.DownwardFile file : VolumeEntries.downwardFiles(at)) {
        boolean field = file.file().getFieldRef() != null;
        boolean resource = file.file().getResourceFieldRef() != null;
        if (field && resource) {
          sink.report(
              file.path(),
              null,
              "Invalid value: item #"
                  + file.index()
                  + ": fieldRef and resourceFieldRef can not be specified simultaneously.");
        } else if (!field && !resource) {
          sink.report(
              file.path(),
              null,
              "Required value: item #"
                  + file.index()
                  + ": one of fieldRef and resourceFieldRef is required.");
        }
      }
    }
  }

  /** Checks {@link VolumeRule#DOWNWARDAPI_VOL_FIELDPATHS}. */
  static void downwardApiVolumeFieldPaths(PodSpecContext context, ViolationSink sink) {
    for (VolumeEntries.At at : VolumeEntries.volumes(context)) {
      for (VolumeEntries.DownwardFile file : VolumeEntries.downwardFiles(at)) {
        V1ObjectFieldSelector ref = file.file().getFieldRef();
        if (ref != null) {
          downwardApiVolumeFieldPathsCheck(sink, file.path(), ref);
        }
      }
    }
  }

  /** Checks {@link VolumeRule#DOWNWARDAPI_VOL_RESOURCEFIELDREF}. */
  static void downwardApiVolumeResourceFieldRef(PodSpecContext context, ViolationSink sink) {
    for (VolumeEntries.At at : VolumeEntries.volumes(context)) {
      for (VolumeEntries.DownwardFile file : VolumeEntries.downwardFiles(at)) {
        V1ResourceFieldSelector ref = file.file().getResourceFieldRef();
        if (ref != null && file.file().getFieldRef() == null) {
          downwardApiVolumeResourceFieldRefCheck(sink, file.path(), ref);
        }
      }
    }
  }

  /** How many of the kinds {@link #kinds} names are set. */
  private static int count(V1VolumeProjection p) {
    int set = 0;
    if (p.getSecret() != null) {
      set++;
    }
    if (p.getConfigMap() != null) {
      set++;
    }
    if (p.getDownwardAPI() != null) {
      set++;
    }
    if (p.getServiceAccountToken() != null) {
      set++;
    }
    if (p.getClusterTrustBundle() != null) {
      set++;
    }
    if (p.getPodCertificate() != null) {
      set++;
    }
    return set;
  }

  private static List<String> kinds(V1VolumeProjection p) {
    List<String> kinds = new ArrayList<>();
    if (p.getSecret() != null) {
      kinds.add("secret");
    }
    if (p.getConfigMap() != null) {
      kinds.add("configMap");
    }
    if (p.getDownwardAPI() != null) {
      kinds.add("downwardAPI");
    }
    if (p.getServiceAccountToken() != null) {
      kinds.add("serviceAccountToken");
    }
    if (p.getClusterTrustBundle() != null) {
      kinds.add("clusterTrustBundle");
    }
    if (p.getPodCertificate() != null) {
      kinds.add("podCertificate");
    }
    return kinds;
  }

  private static List<String> paths(V1VolumeProjection p) {
    List<String> paths = new ArrayList<>();
    if (p.getSecret() != null && p.getSecret().getItems() != null) {
      for (V1KeyToPath item : p.getSecret().getItems()) {
        add(paths, item == null ? null : item.getPath());
      }
    }
    if (p.getConfigMap() != null && p.getConfigMap().getItems() != null) {
      for (V1KeyToPath item : p.getConfigMap().getItems()) {
        add(paths, item == null ? null : item.getPath());
      }
    }
    if (p.getDownwardAPI() != null && p.getDownwardAPI().getItems() != null) {
      for (V1DownwardAPIVolumeFile file : p.getDownwardAPI().getItems()) {
        add(paths, file == null ? null : file.getPath());
      }
    }
    if (p.getClusterTrustBundle() != null) {
      add(paths, p.getClusterTrustBundle().getPath());
    }
    return paths;
  }

  private static void add(List<String> paths, String path) {
    if (path != null && !path.isEmpty()) {
      paths.add(path);
    }
  }

  private static FieldPath expirationPath(VolumeEntries.Source source) {
    return source.path().child("serviceAccountToken").child("expirationSeconds");
  }

  /**
   * Checks one fieldRef.
   *
   * @param file the path of the downwardAPI source the file belongs to (its fieldRef's parent)
   */
  private static void downwardApiVolumeFieldPathsCheck(
      ViolationSink sink, FieldPath file, V1ObjectFieldSelector ref) {
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
    if (isSubscript(fieldPath) || DOWNWARDAPI_VOL_FIELDPATHS_SUPPORTED.contains(fieldPath)) {
      return;
    }
    sink.report(
        path(file),
        fieldPath,
        "Unsupported value: \""
            + fieldPath
            + "\": supported values: "
            + VolumeEntries.quoted(DOWNWARDAPI_VOL_FIELDPATHS_SUPPORTED)
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

  /**
   * Checks one resourceFieldRef.
   *
   * @param file the path of the downwardAPI source the file belongs to (its ref's parent)
   */
  private static void downwardApiVolumeResourceFieldRefCheck(
      ViolationSink sink, FieldPath file, V1ResourceFieldSelector ref) {
    String resource = ref.getResource();
    if (VolumeEntries.isEmpty(ref.getContainerName())) {
      sink.report(
          file.child("resourceFieldRef").child("containerName"),
          null,
          "Required value: a downward API volume must name the container whose resources it"
              + " exposes.");
    } else if (VolumeEntries.isEmpty(resource)) {
      sink.report(
          file.child("resourceFieldRef").child("resource"),
          null,
          "Required value: resourceFieldRef has no resource.");
    } else if (!DOWNWARDAPI_VOL_RESOURCEFIELDREF_SUPPORTED.contains(resource)
        && !resource.startsWith("limits.hugepages-")
        && !resource.startsWith("requests.hugepages-")) {
      sink.report(
          file.child("resourceFieldRef").child("resource"),
          resource,
          "Unsupported value: \""
              + resource
              + "\": supported values: "
              + VolumeEntries.quoted(DOWNWARDAPI_VOL_RESOURCEFIELDREF_SUPPORTED)
              + " (or limits/requests.hugepages-<size>).");
    }
  }
}
