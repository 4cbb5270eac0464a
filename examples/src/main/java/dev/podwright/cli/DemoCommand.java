package dev.podwright.cli;

import dev.podwright.examples.Example;
import dev.podwright.examples.Examples;
import dev.podwright.io.PodSpecWriter;
import dev.podwright.validation.composition.CompositionValidator;
import dev.podwright.validation.output.TextRenderer;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code podwright demo}: runs every built-in example. */
final class DemoCommand {

  static final String HELP =
      """
      Usage: podwright demo

      Runs every built-in example (Numaflow, plain Pod, Feldera, HKube, general patterns,
      merging onto a base spec) and prints for each a heading, the emitted pod spec as YAML and
      its validation report. Some examples are refused on purpose; the demo still exits 0.
      """;

  private final PrintStream out;

  DemoCommand(PrintStream out) {
    this.out = out;
  }

  int run(List<String> args) throws UsageException {
    CliArgs parsed = CliArgs.parse(args, Set.of());
    if (parsed.help()) {
      out.print(HELP);
      return Main.OK;
    }
    if (!parsed.positional().isEmpty()) {
      throw new UsageException("demo takes no arguments: " + parsed.positional());
    }
    List<Example> examples = Examples.all();
    for (int i = 0; i < examples.size(); i++) {
      Example example = examples.get(i);
      if (i > 0) {
        out.println();
      }
      String heading = "## " + (i + 1) + ". " + example.title();
      out.println(heading);
      out.println(example.description());
      CompositionValidator.Result result = example.run();
      out.println();
      if (result.spec() == null) {
        out.println("# pod spec: none emitted (see the report)");
      } else {
        out.println("# pod spec");
        out.print(PodSpecWriter.toYaml(result.spec()));
      }
      out.println("# validation: " + (result.report().isValid() ? "valid" : "refused"));
      out.println(TextRenderer.violations(result.report().violations(), "  "));
    }
    return Main.OK;
  }
}
