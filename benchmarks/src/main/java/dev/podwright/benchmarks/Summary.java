package dev.podwright.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the Markdown tables of {@code README.md} from a JMH JSON result ({@code -rf json}) and,
 * optionally, a hyperfine JSON export of the cold-start runs: every score with its allocation, then
 * each target with its measured ratio.
 */
public final class Summary {

  private static final String PREFIX = "dev.podwright.benchmarks.";

  private Summary() {}

  /**
   * Prints the summary.
   *
   * @param args the JMH JSON file, then optionally the hyperfine JSON file
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: Summary jmh.json [cold-start.json]");
      System.exit(2);
    }
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> scores = new LinkedHashMap<>();
    StringBuilder out = new StringBuilder();
    out.append("| Benchmark | Score (µs/op) | ± (99.9%) | Allocated (B/op) |\n");
    out.append("|---|---:|---:|---:|\n");
    for (JsonNode run : json.readTree(Files.readString(Path.of(args[0])))) {
      String name = run.path("benchmark").asText().replace(PREFIX, "");
      JsonNode params = run.path("params");
      if (params.has("sidecars")) {
        name += "(" + params.path("sidecars").asText() + ")";
      }
      JsonNode primary = run.path("primaryMetric");
      scores.put(name, primary);
      JsonNode alloc = run.path("secondaryMetrics").path("gc.alloc.rate.norm");
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s |%n",
              name,
              number(primary.path("score").asDouble()),
              number(primary.path("scoreError").asDouble()),
              alloc.isMissingNode()
                  ? "–"
                  : String.format(Locale.ROOT, "%,.0f", alloc.path("score").asDouble())));
    }
    StringBuilder targets = new StringBuilder();
    targets.append("\n| Target | Measured | Goal | Met |\n|---|---:|---|---|\n");
    target(
        targets,
        scores,
        "compose+emit / floor",
        "PodBenchmarks.composeEmit",
        "PodBenchmarks.handBuiltFloor",
        2,
        true);
    target(
        targets,
        scores,
        "compose+validate+emit (CompositionValidator) / floor",
        "PodBenchmarks.composeValidateEmit",
        "PodBenchmarks.handBuiltFloor",
        5,
        true);
    target(
        targets,
        scores,
        "compose+emit+validate (PodSpecValidator) / floor",
        "PodBenchmarks.composeEmitValidate",
        "PodBenchmarks.handBuiltFloor",
        5,
        true);
    target(
        targets,
        scores,
        "compose+emit onto a base (merge, injection) / hand-built merged floor",
        "MergeBenchmarks.composeEmitOntoBase",
        "MergeBenchmarks.handBuiltMergedFloor",
        2,
        true);
    target(
        targets,
        scores,
        "compose+emit onto a base, then validate / hand-built merged floor",
        "MergeBenchmarks.composeEmitOntoBaseValidate",
        "MergeBenchmarks.handBuiltMergedFloor",
        5,
        true);
    target(
        targets,
        scores,
        "Yaml.dump / PodSpecWriter.toYaml (speed-up)",
        "PodBenchmarks.writeYamlOfficial",
        "PodBenchmarks.writeYamlPodwright",
        2,
        false);
    target(
        targets,
        scores,
        "validate(1000) / validate(10)",
        "ScalingBenchmarks.validateSidecars(1000)",
        "ScalingBenchmarks.validateSidecars(10)",
        120,
        true);
    for (int i = 1; i < args.length; i++) {
      // One hyperfine file per JVM setup (plain, AppCDS), each with its own hand-built floor.
      coldStart(out, targets, json.readTree(Files.readString(Path.of(args[i]))));
    }
    out.append(targets);
    System.out.print(out);
  }

  private static void target(
      StringBuilder out,
      Map<String, JsonNode> scores,
      String label,
      String numerator,
      String denominator,
      double goal,
      boolean atMost) {
    JsonNode top = scores.get(numerator);
    JsonNode bottom = scores.get(denominator);
    if (top == null || bottom == null) {
      out.append(String.format("| %s | not measured | | |%n", label));
      return;
    }
    double ratio = top.path("score").asDouble() / bottom.path("score").asDouble();
    boolean met = atMost ? ratio <= goal : ratio >= goal;
    out.append(
        String.format(
            Locale.ROOT,
            "| %s | %.2f× | %s %s× | %s |%n",
            label,
            ratio,
            atMost ? "≤" : "≥",
            number(goal),
            met ? "yes" : "**no**"));
  }

  private static void coldStart(StringBuilder out, StringBuilder targets, JsonNode hyperfine) {
    StringBuilder table = new StringBuilder();
    table.append(
        "\n| Cold start (fresh JVM) | Mean (ms) | σ | Median | Min | Runs | / hand-built |\n");
    table.append("|---|---:|---:|---:|---:|---:|---:|\n");
    double floor = Double.NaN;
    for (JsonNode result : hyperfine.path("results")) {
      if (result.path("command").asText().contains("hand-built")) {
        floor = result.path("mean").asDouble();
      }
    }
    for (JsonNode result : hyperfine.path("results")) {
      double mean = result.path("mean").asDouble();
      table.append(
          String.format(
              Locale.ROOT,
              "| %s | %.0f | %.0f | %.0f | %.0f | %d | %.2f× |%n",
              result.path("command").asText(),
              mean * 1000,
              result.path("stddev").asDouble() * 1000,
              result.path("median").asDouble() * 1000,
              result.path("min").asDouble() * 1000,
              result.path("times").size(),
              mean / floor));
      String command = result.path("command").asText();
      // The opt-in Hibernate Validator run is shown in the table; the target is for the defaults.
      if (!command.contains("hand-built") && !command.contains("opt-in")) {
        double ratio = mean / floor;
        targets.append(
            String.format(
                Locale.ROOT,
                "| cold start %s / hand-built | %.2f× | ≤ 1.5× | %s |%n",
                result.path("command").asText(),
                ratio,
                ratio <= 1.5 ? "yes" : "**no**"));
      }
    }
    out.append(table);
  }

  private static String number(double value) {
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (value >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
