package dev.podwright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Locale;

/** The input formats the command line reads, and how it tells them apart by content. */
enum Format {
  /** A Kubernetes manifest: a bare pod spec, a Pod, a workload with a pod template. */
  KUBERNETES,
  /** The Podwright declaration format. */
  PODWRIGHT,
  /** A Numaflow {@code Pipeline}: one composition per vertex. */
  NUMAFLOW,
  /** An HKube algorithm (JSON with {@code sideCars}). */
  HKUBE,
  /** A Feldera pipeline's {@code runtime_config} (JSON with {@code init_containers}). */
  FELDERA;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new YAMLMapper();

  /** The {@code kind} shown for a document of this format in reports. */
  String kindName() {
    return switch (this) {
      case KUBERNETES -> "Manifest";
      case PODWRIGHT -> "PodwrightDeclaration";
      case NUMAFLOW -> "NumaflowVertex";
      case HKUBE -> "HKubeAlgorithm";
      case FELDERA -> "FelderaPipeline";
    };
  }

  /** The name used on the command line. */
  String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The declaration format of the text: numaflow for {@code kind: Pipeline} with a numaflow {@code
   * apiVersion}, hkube for JSON with {@code sideCars} or {@code algorithmImage}, feldera for JSON
   * with {@code init_containers} (at the top or in {@code runtime_config}), else podwright.
   */
  static Format detectDeclaration(String text) {
    JsonNode top = firstDocument(text);
    if (top == null || !top.isObject()) {
      return PODWRIGHT;
    }
    if ("Pipeline".equals(top.path("kind").asText())
        && top.path("apiVersion").asText().startsWith("numaflow")) {
      return NUMAFLOW;
    }
    if (isJson(text)) {
      if (top.has("sideCars") || top.has("algorithmImage")) {
        return HKUBE;
      }
      if (top.has("init_containers") || top.path("runtime_config").has("init_containers")) {
        return FELDERA;
      }
    }
    return PODWRIGHT;
  }

  /**
   * What {@code validate} reads the text as: a Kubernetes manifest unless it looks like a
   * declaration (Podwright fields such as {@code sidecars} or {@code mainContainer} without {@code
   * apiVersion} or {@code containers}, or a platform format).
   */
  static Format detectForValidation(String text) {
    Format declaration = detectDeclaration(text);
    if (declaration != PODWRIGHT) {
      return declaration;
    }
    JsonNode top = firstDocument(text);
    if (top == null || !top.isObject() || top.has("apiVersion") || top.has("containers")) {
      return KUBERNETES;
    }
    for (String field :
        new String[] {"sidecars", "mainContainer", "initContainers", "sidecarResourceDefaults"}) {
      if (top.has(field)) {
        return PODWRIGHT;
      }
    }
    return KUBERNETES;
  }

  private static boolean isJson(String text) {
    String start = text.stripLeading();
    if (start.startsWith("\uFEFF")) {
      start = start.substring(1).stripLeading();
    }
    return start.startsWith("{");
  }

  /** The first document as a tree, or null when it does not parse (the reader will say why). */
  private static JsonNode firstDocument(String text) {
    try {
      return isJson(text) ? JSON.readTree(text) : YAML.readTree(text);
    } catch (Exception unparsable) {
      return null;
    }
  }
}
