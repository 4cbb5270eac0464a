package dev.podwright.examples;

import dev.podwright.examples.feldera.FelderaExamples;
import dev.podwright.examples.hkube.HkubeExamples;
import dev.podwright.examples.merge.MergeExamples;
import dev.podwright.examples.numaflow.NumaflowExamples;
import dev.podwright.examples.patterns.PatternExamples;
import dev.podwright.examples.plainpod.PlainPodExamples;
import java.util.List;

/** Every runnable scenario, in the order the {@code demo} command shows them. */
public final class Examples {

  private Examples() {}

  /** Every scenario: Numaflow, plain Pod, Feldera, HKube, the general patterns, merging. */
  public static List<Example> all() {
    return List.of(
        NumaflowExamples.udfWithUnixSocketSidecar(),
        NumaflowExamples.sinkWithSidecar(),
        NumaflowExamples.sourceWithSidecarRefused(),
        PlainPodExamples.nginxWithContentSidecar(),
        FelderaExamples.pipelineWithNativeSidecar(),
        FelderaExamples.pipelineWithInitContainersForbidden(),
        HkubeExamples.algorithmWithThreeSidecars(),
        HkubeExamples.duplicateSidecarNameRefused(),
        PatternExamples.logShipping(),
        PatternExamples.ambassadorProxy(),
        PatternExamples.jobWithNativeSidecar(),
        PatternExamples.jobWithClassicSidecar(),
        MergeExamples.sidecarOntoBaseSpec(),
        MergeExamples.conflictingVolume());
  }
}
