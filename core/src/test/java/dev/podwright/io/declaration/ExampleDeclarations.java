package dev.podwright.io.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds every example declaration in the repository. The rule: a {@code .yaml}, {@code .yml} or
 * {@code .json} file anywhere in the repository (outside {@code .git}, hidden directories and
 * {@code target}), or a {@code ```yaml} block of a Markdown file, that is one YAML/JSON document
 * whose top level is a map, all of whose keys are top-level fields of the declaration format, and
 * which has at least one of {@code mainContainer}, {@code initContainers}, {@code sidecars}.
 * Kubernetes manifests (they have {@code apiVersion}) and the platforms' own formats (Numaflow,
 * HKube, Feldera: other top-level keys) are thereby left out; fuzz inputs count when they match.
 */
final class ExampleDeclarations {

  private static final Set<String> CONTAINER_FIELDS =
      Set.of("mainContainer", "initContainers", "sidecars");
  private static final Pattern YAML_BLOCK =
      Pattern.compile("^```ya?ml\\n(.*?)^```", Pattern.MULTILINE | Pattern.DOTALL);

  private ExampleDeclarations() {}

  /** An example: where it is (repository-relative, {@code README.md#yaml-2} for blocks). */
  record Example(String name, String content, SourceDocument document) {}

  /** The repository root: the nearest directory above the working directory with core/pom.xml. */
  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("core").resolve("pom.xml"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("repository root (holding core/pom.xml) above the working dir").isNotNull();
    return dir;
  }

  /** Every example declaration, in path order. */
  static List<Example> find(SourceDocument.Parsers parsers) throws IOException {
    Path root = root();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files =
          walk.filter(path -> !excluded(root.relativize(path)))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
    }
    List<Example> out = new ArrayList<>();
    for (Path file : files) {
      String name = root.relativize(file).toString().replace('\\', '/');
      if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) {
        candidate(parsers, name, read(file)).ifPresent(out::add);
      } else if (name.endsWith(".md")) {
        Matcher block = YAML_BLOCK.matcher(read(file));
        int index = 0;
        while (block.find()) {
          index++;
          candidate(parsers, name + "#yaml-" + index, block.group(1)).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  private static boolean excluded(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.equals("target") || (name.startsWith(".") && name.length() > 1)) {
        return true;
      }
    }
    return false;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static java.util.Optional<Example> candidate(
      SourceDocument.Parsers parsers, String name, String content) {
    SourceDocument document;
    try {
      document = parsers.read(content, name);
    } catch (DeclarationReadException notOneDocument) {
      return java.util.Optional.empty();
    }
    JsonNode root = document.root;
    if (root == null || !root.isObject() || root.isEmpty()) {
      return java.util.Optional.empty();
    }
    List<String> keys = new ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    boolean declaration =
        DeclarationFormat.TOP.names().containsAll(keys)
            && keys.stream().anyMatch(CONTAINER_FIELDS::contains);
    return declaration
        ? java.util.Optional.of(new Example(name, content, document))
        : java.util.Optional.empty();
  }
}
