package dev.podwright.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No package cycle in {@code core} or {@code validation}: reads the {@code package} and {@code
 * import} lines of every main source file and the fully qualified names in its code (same-package
 * references need neither, so every cross-package dependency shows up) and fails with each cycle
 * printed.
 */
class PackageCyclesTest {

  /** Dependencies tolerated although they close a cycle ("from -> to"); none today. */
  private static final Set<String> ALLOWED = Set.of();

  /** A fully qualified type name in code, e.g. {@code dev.podwright.io.SourceMap.of(..)}. */
  private static final Pattern QUALIFIED =
      Pattern.compile("\\b(dev\\.podwright(?:\\.[a-z][a-z0-9]*)+)\\.[A-Z]");

  private static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("validation").resolve("pom.xml"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("repository root above the working dir").isNotNull();
    return dir;
  }

  @Test
  void coreHasNoPackageCycle() throws IOException {
    assertThat(cycles(graph(root().resolve("core/src/main/java")))).isEmpty();
  }

  @Test
  void validationHasNoPackageCycle() throws IOException {
    assertThat(cycles(graph(root().resolve("validation/src/main/java")))).isEmpty();
  }

  @Test
  void modelAndEmitDoNotDependOnIo() throws IOException {
    Map<String, Set<String>> graph = graph(root().resolve("core/src/main/java"));
    for (String pkg : List.of("dev.podwright.model", "dev.podwright.emit")) {
      assertThat(graph.get(pkg)).as(pkg).noneMatch(target -> target.startsWith("dev.podwright.io"));
    }
  }

  @Test
  void reportTypesAreALeaf() throws IOException {
    Map<String, Set<String>> graph = graph(root().resolve("validation/src/main/java"));
    assertThat(graph.get("dev.podwright.validation.report"))
        .noneMatch(target -> target.startsWith("dev.podwright.validation"));
  }

  @Test
  void theCheckFindsACycle() {
    Map<String, Set<String>> graph = new TreeMap<>();
    graph.put("a", new TreeSet<>(Set.of("b")));
    graph.put("b", new TreeSet<>(Set.of("c")));
    graph.put("c", new TreeSet<>(Set.of("a")));
    graph.put("d", new TreeSet<>(Set.of("a")));
    assertThat(cycles(graph)).containsExactly("a -> b -> c -> a");
  }

  /** Package name to the project packages it imports (own package excluded). */
  static Map<String, Set<String>> graph(Path sources) throws IOException {
    Map<String, Set<String>> imports = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
    for (Path file : files) {
      String pkg = null;
      Set<String> used = new TreeSet<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String text = line.strip();
        if (text.startsWith("package ")) {
          pkg = text.substring(8, text.indexOf(';')).strip();
        } else if (text.startsWith("import ") && text.contains("dev.podwright.")) {
          String name = text.substring(7, text.indexOf(';')).strip();
          if (name.startsWith("static ")) {
            name = name.substring(7).strip();
            name = name.substring(0, name.lastIndexOf('.'));
          }
          used.add(packageOf(name));
        } else if (!text.startsWith("*") && !text.startsWith("/")) {
          Matcher qualified = QUALIFIED.matcher(text);
          while (qualified.find()) {
            used.add(qualified.group(1));
          }
        }
      }
      if (pkg != null) {
        Set<String> edges = imports.computeIfAbsent(pkg, p -> new TreeSet<>());
        for (String target : used) {
          if (!target.equals(pkg) && !ALLOWED.contains(pkg + " -> " + target)) {
            edges.add(target);
          }
        }
      }
    }
    return imports;
  }

  /** The package of a type name: the segments before the first capitalised one. */
  private static String packageOf(String type) {
    String[] parts = type.split("\\.");
    StringBuilder pkg = new StringBuilder();
    for (String part : parts) {
      if (part.isEmpty() || Character.isUpperCase(part.charAt(0)) || part.equals("*")) {
        break;
      }
      if (pkg.length() > 0) {
        pkg.append('.');
      }
      pkg.append(part);
    }
    return pkg.toString();
  }

  /** Every strongly connected component of more than one package, as one cycle through it. */
  static List<String> cycles(Map<String, Set<String>> graph) {
    List<String> found = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    int[] counter = {0};
    for (String node : graph.keySet()) {
      if (!index.containsKey(node)) {
        strongConnect(node, graph, index, low, stack, onStack, counter, found);
      }
    }
    return found;
  }

  private static void strongConnect(
      String node,
      Map<String, Set<String>> graph,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      Set<String> onStack,
      int[] counter,
      List<String> found) {
    index.put(node, counter[0]);
    low.put(node, counter[0]);
    counter[0]++;
    stack.push(node);
    onStack.add(node);
    for (String next : graph.getOrDefault(node, Set.of())) {
      if (!index.containsKey(next)) {
        strongConnect(next, graph, index, low, stack, onStack, counter, found);
        low.put(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.contains(next)) {
        low.put(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node).equals(index.get(node))) {
      Set<String> component = new TreeSet<>();
      String member;
      do {
        member = stack.pop();
        onStack.remove(member);
        component.add(member);
      } while (!member.equals(node));
      if (component.size() > 1) {
        found.add(cycleThrough(component, graph));
      }
    }
  }

  /** A shortest cycle from the component's first package back to itself, within the component. */
  private static String cycleThrough(Set<String> component, Map<String, Set<String>> graph) {
    String start = component.iterator().next();
    Map<String, String> parent = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    String last = null;
    while (!queue.isEmpty() && last == null) {
      String at = queue.poll();
      for (String next : graph.getOrDefault(at, Set.of())) {
        if (!component.contains(next)) {
          continue;
        }
        if (next.equals(start)) {
          last = at;
          break;
        }
        if (!parent.containsKey(next)) {
          parent.put(next, at);
          queue.add(next);
        }
      }
    }
    List<String> path = new ArrayList<>();
    for (String at = last; at != null && !at.equals(start); at = parent.get(at)) {
      path.add(0, at);
    }
    path.add(0, start);
    path.add(start);
    return String.join(" -> ", path)
        + (component.size() > path.size() - 1 ? " (component: " + component + ")" : "");
  }
}
