package dev.podwright.validation.rules.runtime;

import static dev.podwright.validation.rules.RuleHarness.run;
import static dev.podwright.validation.rules.runtime.RuntimeHazardRulesTest.c;
import static dev.podwright.validation.rules.runtime.RuntimeHazardRulesTest.mount;
import static dev.podwright.validation.rules.runtime.RuntimeHazardRulesTest.pod;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.validation.report.Violation;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The twin and shadowing checks compare a few mounts pairwise and index many in a map: both ways
 * must report the same findings at the same paths.
 */
class ManyMountsTest {

  /** The problem mounts first, then {@code fillers} unrelated mounts. */
  private static V1PodSpec spec(int fillers) {
    List<V1VolumeMount> mounts = new ArrayList<>();
    mounts.add(mount("outer", "/etc/app"));
    mounts.add(mount("twin", "/etc/app/"));
    mounts.add(mount("inner", "/etc/app//conf/./x"));
    mounts.add(mount("mid", "/etc/app/conf"));
    mounts.add(mount("dots", "/etc/app/../up"));
    mounts.add(mount("root", "/"));
    mounts.add(mount("sibling", "/etc/application"));
    mounts.add(mount("relative", "etc/app/rel"));
    for (int i = 0; i < fillers; i++) {
      mounts.add(mount("filler-" + i, "/filler/" + i));
    }
    return pod(c("app").volumeMounts(mounts));
  }

  private static List<String> paths(List<Violation> found) {
    return found.stream().map(v -> v.path() + " " + v.message()).toList();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 30})
  void shadowingFindsTheNearestOuterMount(int fillers) {
    List<Violation> found = run(RuntimeHazardRule.RT_MOUNT_SHADOWING, spec(fillers));
    assertThat(found)
        .extracting(Violation::path)
        .containsExactly(
            "spec.containers[0].volumeMounts[2].mountPath",
            "spec.containers[0].volumeMounts[3].mountPath",
            "spec.containers[0].volumeMounts[4].mountPath");
    assertThat(found.get(0).message()).contains("inside its mount of volume \"mid\"");
    assertThat(found.get(1).message()).contains("inside its mount of volume \"outer\"");
    assertThat(found.get(2).message()).contains("inside its mount of volume \"outer\"");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 30})
  void twinIsTheSameDirectorySpelledTwice(int fillers) {
    List<Violation> found = run(RuntimeHazardRule.RT_MOUNTPATH_TWIN, spec(fillers));
    assertThat(found)
        .extracting(Violation::path)
        .containsExactly("spec.containers[0].volumeMounts[1].mountPath");
    assertThat(found.get(0).message()).contains("\"/etc/app/\" and \"/etc/app\"");
  }

  @Test
  void pairwiseAndIndexedAgree() {
    assertThat(paths(run(RuntimeHazardRule.RT_MOUNT_SHADOWING, spec(30))))
        .isEqualTo(paths(run(RuntimeHazardRule.RT_MOUNT_SHADOWING, spec(0))));
    assertThat(paths(run(RuntimeHazardRule.RT_MOUNTPATH_TWIN, spec(30))))
        .isEqualTo(paths(run(RuntimeHazardRule.RT_MOUNTPATH_TWIN, spec(0))));
  }
}
