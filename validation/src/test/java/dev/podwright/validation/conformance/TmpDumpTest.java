package dev.podwright.validation.conformance;

import dev.podwright.validation.PodSpecValidator;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TmpDumpTest {
  @Test
  void dump() throws Exception {
    Path dir = Conformance.corpus("realworld").orElseThrow();
    try (var files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        if (!f.toString().endsWith(".yaml") || f.getFileName().toString().startsWith("README"))
          continue;
        for (var w : RealWorldConformanceTest.workloads(f)) {
          V1PodSpec spec = Conformance.yaml().treeToValue(w.spec(), V1PodSpec.class);
          var r = PodSpecValidator.standard().validate(spec, w.path(), w.job());
          r.violations().forEach(v -> System.out.println("DUMP " + f.getFileName() + " " + v));
        }
      }
    }
  }
}
