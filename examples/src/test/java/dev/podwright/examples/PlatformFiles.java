package dev.podwright.examples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podwright.emit.EmitOptions;
import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.io.KubernetesJackson;
import dev.podwright.model.Composition;
import dev.podwright.model.SidecarMode;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The platform readers' test files and the helpers their tests share. */
public final class PlatformFiles {

  /**
   * The platforms' own files: {@code numaflow/}, {@code hkube/}, {@code feldera/}, {@code
   * expected/}.
   */
  public static final Path SEEDS = Path.of("src/test/resources/platforms");

  /** An emitter whose sidecars default to native. */
  public static final PodSpecEmitter NATIVE =
      PodSpecEmitter.builder()
          .options(EmitOptions.builder().sidecarMode(SidecarMode.NATIVE).build())
          .build();

  private PlatformFiles() {}

  /** The model as a JSON tree, for whole-spec comparisons. */
  public static JsonNode tree(Object model) {
    return KubernetesJackson.jsonMapper().valueToTree(model);
  }

  /** Quantities from alternating keys and values. */
  public static Map<String, Quantity> quantities(String... keyValues) {
    Map<String, Quantity> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], Quantity.fromString(keyValues[i + 1]));
    }
    return map;
  }

  /** The composition emitted with the given default sidecar mode. */
  public static V1PodSpec emit(Composition composition, SidecarMode mode) {
    return PodSpecEmitter.builder()
        .options(EmitOptions.builder().sidecarMode(mode).build())
        .build()
        .emit(composition);
  }

  /** The golden YAML of the named file under {@code expected/}, without its header comments. */
  public static String golden(String name) throws IOException {
    return Files.readAllLines(SEEDS.resolve("expected/" + name + ".yaml")).stream()
        .filter(line -> !line.startsWith("#"))
        .map(line -> line + "\n")
        .collect(Collectors.joining());
  }

  /** Each sidecar as {@code name:owner:mode:placement}. */
  public static String slots(Composition composition) {
    return composition.sidecars().stream()
        .map(s -> s.name() + ":" + s.owner() + ":" + s.mode() + ":" + s.placement())
        .collect(Collectors.joining(", "));
  }
}
