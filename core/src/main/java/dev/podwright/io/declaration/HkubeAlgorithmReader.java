package dev.podwright.io.declaration;

import dev.podwright.io.ReadLimits;
import dev.podwright.io.SourcePosition;
import dev.podwright.model.Composition;
import dev.podwright.model.Resources;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads an HKube algorithm (JSON, or YAML) into a composition named after the algorithm: the main
 * container {@code algorunner} runs {@code algorithmImage} and mounts the algorithm-level {@code
 * volumeMounts}; {@code volumes} are the pod's; each entry of {@code sideCars} is a sidecar made of
 * its {@code container} (Kubernetes fields), its {@code volumeMounts} and its {@code environments}
 * ({@code KEY: value}, added as env in written order). Sidecars that set no resources get HKube's
 * defaults ({@code config.resources}: CPU 0.1, memory 128Mi, as requests) through the composition's
 * sidecar resource defaults.
 *
 * <p>Other algorithm fields (cpu, mem, minHotWorkers, env…) are ignored; one spelt almost like a
 * field that is read ({@code sidecars}, {@code volumeMount}) fails with "did you mean". Immutable
 * and thread-safe.
 */
public final class HkubeAlgorithmReader {

  /** HKube's default sidecar resources: requests of CPU 0.1 and memory 128Mi. */
  public static final Resources DEFAULT_SIDECAR_RESOURCES =
      Resources.builder().requestCpu("0.1").requestMemory("128Mi").build();

  /** The name HKube gives the algorithm's container. */
  public static final String MAIN_CONTAINER = "algorunner";

  private static final List<String> FIELDS =
      List.of("name", "algorithmImage", "volumes", "volumeMounts", "sideCars");

  private static final List<String> SIDECAR_FIELDS =
      List.of("container", "volumeMounts", "environments");

  private static final Set<String> IGNORED_FIELDS =
      Set.of(
          "cpu",
          "mem",
          "gpu",
          "env",
          "algorithmEnv",
          "workerEnv",
          "minHotWorkers",
          "maxWorkers",
          "reservedMemory",
          "nodeSelector",
          "options",
          "type",
          "kind",
          "version",
          "entryPoint",
          "baseImage",
          "gitRepository",
          "fileInfo",
          "userInfo",
          "workerCustomResources",
          "mounts",
          "labels",
          "annotations",
          "tag",
          "created",
          "modified",
          "quotaGuarantee",
          "devMode",
          "devFolder",
          "streamKind",
          "codeApi");

  private final SourceDocument.Parsers parsers;
  private final Resources sidecarDefaults;

  /** A reader with HKube's default sidecar resources and the default limits. */
  public HkubeAlgorithmReader() {
    this(DEFAULT_SIDECAR_RESOURCES, ReadLimits.defaults());
  }

  /**
   * A reader with the cluster's own sidecar defaults ({@code config.resources}).
   *
   * @param sidecarDefaults requests and limits for sidecars that set none; null or empty for none
   * @param limits the read limits
   */
  public HkubeAlgorithmReader(Resources sidecarDefaults, ReadLimits limits) {
    this.sidecarDefaults =
        sidecarDefaults == null || sidecarDefaults.isEmpty() ? null : sidecarDefaults;
    this.parsers = new SourceDocument.Parsers(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Reads an algorithm file.
   *
   * @throws DeclarationReadException when it cannot be read, located in the file
   */
  public NamedComposition read(Path file) {
    return read(parsers.read(file));
  }

  /**
   * Reads an algorithm from text.
   *
   * @param fileName the name to report in errors, or null
   * @throws DeclarationReadException when it cannot be read
   */
  public NamedComposition read(String content, String fileName) {
    return read(parsers.read(content, fileName));
  }

  /**
   * Reads an algorithm from a stream (not closed).
   *
   * @throws DeclarationReadException when it cannot be read
   */
  public NamedComposition read(InputStream in, String fileName) {
    return read(parsers.read(in, fileName));
  }

  private NamedComposition read(SourceDocument document) {
    Node top = document.top().object();
    Models.rejectNearMisses(top, FIELDS, IGNORED_FIELDS);
    String name = top.field("name").requiredText();
    Map<String, SourcePosition> extra = new LinkedHashMap<>();
    Composition.Builder composition =
        Composition.builder().sidecarResourceDefaults(sidecarDefaults);
    V1Container main =
        new V1Container().name(MAIN_CONTAINER).image(top.field("algorithmImage").text());
    main.setVolumeMounts(mounts(top.field("volumeMounts")));
    composition.mainContainer(Models.spec(main));
    for (Node volume : top.field("volumes").elements()) {
      composition.volume(Models.toModel(Models.volume(volume)));
    }
    for (Node entry : top.field("sideCars").elements()) {
      Node sidecar = entry.object().allowOnly(SIDECAR_FIELDS);
      Node containerNode = sidecar.field("container");
      if (containerNode.isAbsent()) {
        throw containerNode.missing();
      }
      V1Container container = Models.container(containerNode, extra);
      List<V1VolumeMount> mounts = new ArrayList<>(container.getVolumeMounts());
      mounts.addAll(mounts(sidecar.field("volumeMounts")));
      container.setVolumeMounts(mounts);
      Node environments = sidecar.field("environments");
      if (!environments.isAbsent()) {
        List<V1EnvVar> env = new ArrayList<>(container.getEnv());
        env.addAll(Models.envMap(environments, extra));
        container.setEnv(env);
      }
      composition.sidecar(DeclarationReader.sidecar(container));
    }
    return new NamedComposition(name, composition.build());
  }

  private static List<V1VolumeMount> mounts(Node node) {
    List<V1VolumeMount> mounts = new ArrayList<>();
    for (Node mount : node.elements()) {
      mounts.add(Models.read(mount, V1VolumeMount.class));
    }
    return mounts;
  }
}
