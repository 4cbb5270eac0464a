package dev.podwright.validation.output;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.SourceLocation;
import dev.podwright.validation.report.Suppression;
import dev.podwright.validation.report.Violation;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.Section;
import java.util.List;

/** A small run for the renderers' tests: one finding of each kind, one unreadable input. */
final class SmallRun {

  static final Violation PORT =
      new Violation(
          "PORT_CONTAINERPORT",
          Severity.ERROR,
          "spec.template.spec.containers[0].ports[0].containerPort",
          "70000",
          "containerPort 70000 of container \"web\" must be between 1 and 65535 <&>",
          "Set containerPort to the port the process listens on (1-65535).",
          new SourceLocation("pods/web app.yaml", 12, 24));

  static final Violation UNTAGGED =
      new Violation(
          "RT_IMAGE_UNTAGGED_ALWAYS_PULL",
          Severity.WARNING,
          "spec.template.spec.containers[1].image",
          "busybox",
          "image \"busybox\" has no tag\u0001",
          "",
          null);

  static final Violation LATEST =
      new Violation(
          "RT_IMAGE_LATEST",
          Severity.INFO,
          "spec.template.spec.containers[0].image",
          null,
          "image uses :latest",
          "Pin the image.",
          new SourceLocation("pods/web app.yaml", 9, 16));

  static final List<RuleInfo> RULES =
      List.of(
          new RuleInfo(
              "PORT_CONTAINERPORT",
              Severity.ERROR,
              Section.PORTS,
              "containerPort is 1-65535.",
              "The API server rejects it.",
              "Set a port in range."));

  private SmallRun() {}

  static RunResult run() {
    DocumentResult web =
        new DocumentResult(
            0,
            "Deployment",
            "web",
            List.of(UNTAGGED, PORT),
            List.of(new Suppression(LATEST, Suppression.By.ANNOTATION)));
    DocumentResult clean =
        new DocumentResult(
            1,
            "Pod",
            null,
            List.of(),
            List.of(new Suppression(UNTAGGED, Suppression.By.IGNORED_RULE)));
    return new RunResult(
        List.of(
            new FileResult("pods/web app.yaml", List.of(web, clean), null),
            FileResult.unreadable(
                "broken.yaml",
                new InputError("broken.yaml:3:5: not YAML: mapping values", "spec", 3, 5)),
            new FileResult("empty.yaml", List.of(), null)),
        RULES);
  }
}
