package dev.podwright.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.emit.EmitOptions;
import dev.podwright.model.Composition;
import dev.podwright.validation.composition.CompositionValidator;
import dev.podwright.validation.policy.HostPolicy;
import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.report.ValidationReport;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One validator and emitter shared by 16 threads give exactly what one thread gives. */
class ConcurrencyTest {

  private record Outcome(V1PodSpec spec, ValidationReport report) {}

  @Test
  void sixteenThreadsAgreeWithOne() throws Exception {
    CompositionValidator shared =
        CompositionValidator.builder()
            .options(EmitOptions.builder().kubernetesVersion("1.31").build())
            .policy(HostPolicy.builder().podSecurityLevel(PodSecurityLevel.BASELINE).build())
            .build();
    List<Composition> compositions = Compositions.generated(7L, 2000);

    List<Outcome> alone = new ArrayList<>();
    for (Composition composition : compositions) {
      CompositionValidator.Result result = shared.validate(composition);
      alone.add(new Outcome(result.spec(), result.report()));
    }

    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Callable<Outcome>> tasks = new ArrayList<>();
      for (Composition composition : compositions) {
        tasks.add(
            () -> {
              CompositionValidator.Result result = shared.validate(composition);
              return new Outcome(result.spec(), result.report());
            });
      }
      List<Future<Outcome>> together = pool.invokeAll(tasks, 5, TimeUnit.MINUTES);
      for (int i = 0; i < compositions.size(); i++) {
        assertThat(together.get(i).isCancelled()).as("task %d finished in time", i).isFalse();
        assertThat(together.get(i).get()).as("composition %d", i).isEqualTo(alone.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(alone).extracting(o -> o.report().isValid()).contains(true, false);
  }
}
