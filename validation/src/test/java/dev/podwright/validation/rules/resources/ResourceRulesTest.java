package dev.podwright.validation.rules.resources;

import static dev.podwright.validation.rules.RuleHarness.container;
import static dev.podwright.validation.rules.RuleHarness.expect;
import static dev.podwright.validation.rules.RuleHarness.pod;
import static dev.podwright.validation.rules.RuleHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.validation.report.Severity;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.CoreV1ResourceClaim;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerResizePolicy;
import io.kubernetes.client.openapi.models.V1PodOS;
import io.kubernetes.client.openapi.models.V1PodResourceClaim;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import org.junit.jupiter.api.Test;

class ResourceRulesTest {

  private static Quantity q(String text) {
    return Quantity.fromString(text);
  }

  /** A container with requests and limits given as name, quantity pairs; "-" separates them. */
  private static V1Container res(String name, String... pairs) {
    V1ResourceRequirements r = new V1ResourceRequirements();
    boolean limits = false;
    for (int i = 0; i < pairs.length; i++) {
      if (pairs[i].equals("-")) {
        limits = true;
        continue;
      }
      if (limits) {
        r.putLimitsItem(pairs[i], q(pairs[++i]));
      } else {
        r.putRequestsItem(pairs[i], q(pairs[++i]));
      }
    }
    return container(name).resources(r);
  }

  @Test
  void qualifiedName() {
    ResourceRule rule = ResourceRule.RES_NAME_QUALIFIED;
    expect(
        run(rule, pod(res("app", "cpu", "1", "bad name!", "1", "-", "a/b/c", "1"))),
        "RES_NAME_QUALIFIED",
        Severity.ERROR,
        "spec.containers[0].resources.requests[bad name!]",
        "spec.containers[0].resources.limits[a/b/c]");
    assertThat(run(rule, pod(res("app", "cpu", "1", "example.com/gpu", "1")))).isEmpty();
  }

  @Test
  void standardName() {
    ResourceRule rule = ResourceRule.RES_NAME_STANDARD;
    expect(
        run(rule, pod(res("app", "gpu", "1", "-", "storage", "1Gi"))),
        "RES_NAME_STANDARD",
        Severity.ERROR,
        "spec.containers[0].resources.requests[gpu]",
        "spec.containers[0].resources.limits[storage]");
    assertThat(
            run(
                rule,
                pod(
                    res(
                        "app",
                        "cpu",
                        "1",
                        "memory",
                        "1Gi",
                        "ephemeral-storage",
                        "1Gi",
                        "hugepages-2Mi",
                        "2Mi"))))
        .isEmpty();
  }

  @Test
  void extendedName() {
    ResourceRule rule = ResourceRule.RES_NAME_EXTENDED;
    expect(
        run(rule, pod(res("app", "-", "example.com/Bad_", "1"))),
        "RES_NAME_EXTENDED",
        Severity.ERROR,
        "spec.containers[0].resources.limits[example.com/Bad_]");
    assertThat(run(rule, pod(res("app", "-", "nvidia.com/gpu", "1", "kubernetes.io/x", "1"))))
        .isEmpty();
  }

  @Test
  void nonNegative() {
    ResourceRule rule = ResourceRule.RES_QUANTITY_NONNEGATIVE;
    expect(
        run(rule, pod(res("app", "cpu", "-1"))),
        "RES_QUANTITY_NONNEGATIVE",
        Severity.ERROR,
        "spec.containers[0].resources.requests[cpu]");
    assertThat(run(rule, pod(res("app", "cpu", "0", "-", "memory", "1Gi")))).isEmpty();
  }

  @Test
  void integerForExtended() {
    ResourceRule rule = ResourceRule.RES_QUANTITY_INTEGER;
    expect(
        run(rule, pod(res("app", "-", "example.com/gpu", "500m"))),
        "RES_QUANTITY_INTEGER",
        Severity.ERROR,
        "spec.containers[0].resources.limits[example.com/gpu]");
    assertThat(run(rule, pod(res("app", "cpu", "500m", "-", "example.com/gpu", "2")))).isEmpty();
  }

  @Test
  void requestAtMostLimit() {
    ResourceRule rule = ResourceRule.RES_REQUEST_LE_LIMIT;
    expect(
        run(
            rule,
            pod(res("app", "cpu", "2", "memory", "1Gi", "-", "cpu", "1", "memory", "1024Mi"))),
        "RES_REQUEST_LE_LIMIT",
        Severity.ERROR,
        "spec.containers[0].resources.requests");
    assertThat(run(rule, pod(res("app", "cpu", "1000m", "-", "cpu", "1")))).isEmpty();
  }

  @Test
  void nonOvercommitEqual() {
    ResourceRule rule = ResourceRule.RES_NON_OVERCOMMIT_EQUAL;
    expect(
        run(
            rule,
            pod(
                res("a", "example.com/gpu", "1"),
                res("b", "hugepages-2Mi", "2Mi", "memory", "1Gi", "-", "hugepages-2Mi", "4Mi"))),
        "RES_NON_OVERCOMMIT_EQUAL",
        Severity.ERROR,
        "spec.containers[0].resources.limits",
        "spec.containers[1].resources.requests");
    assertThat(
            run(
                rule,
                pod(
                    res(
                        "a",
                        "example.com/gpu",
                        "1",
                        "cpu",
                        "1",
                        "-",
                        "example.com/gpu",
                        "1",
                        "cpu",
                        "2"))))
        .isEmpty();
  }

  @Test
  void hugePagesNeedCpuOrMemory() {
    ResourceRule rule = ResourceRule.RES_HUGEPAGES_NEED_CPU_OR_MEMORY;
    expect(
        run(rule, pod(res("app", "-", "hugepages-2Mi", "2Mi"))),
        "RES_HUGEPAGES_NEED_CPU_OR_MEMORY",
        Severity.ERROR,
        "spec.containers[0].resources");
    assertThat(run(rule, pod(res("app", "memory", "1Gi", "-", "hugepages-2Mi", "2Mi")))).isEmpty();
  }

  @Test
  void hugePagesMultiple() {
    ResourceRule rule = ResourceRule.RES_HUGEPAGES_MULTIPLE;
    expect(
        run(rule, pod(res("app", "-", "hugepages-2Mi", "3Mi", "hugepages-1Gi", "1Gi"))),
        "RES_HUGEPAGES_MULTIPLE",
        Severity.ERROR,
        "spec.containers[0].resources.limits[hugepages-2Mi]");
    assertThat(run(rule, pod(res("app", "-", "hugepages-2Mi", "100Mi")))).isEmpty();
  }

  @Test
  void claimsReference() {
    ResourceRule rule = ResourceRule.RES_CLAIMS_REFERENCE;
    V1Container app =
        container("app")
            .resources(
                new V1ResourceRequirements()
                    .addClaimsItem(new CoreV1ResourceClaim().name("gpu"))
                    .addClaimsItem(new CoreV1ResourceClaim().name("gpu"))
                    .addClaimsItem(new CoreV1ResourceClaim().name("other"))
                    .addClaimsItem(new CoreV1ResourceClaim())
                    .addClaimsItem(new CoreV1ResourceClaim().name("gpu").request("Bad_Request")));
    V1PodSpec spec = pod(app).addResourceClaimsItem(new V1PodResourceClaim().name("gpu"));
    expect(
        run(rule, spec),
        "RES_CLAIMS_REFERENCE",
        Severity.ERROR,
        "spec.containers[0].resources.claims[1]",
        "spec.containers[0].resources.claims[2]",
        "spec.containers[0].resources.claims[3]",
        "spec.containers[0].resources.claims[4].request");
    V1Container ok =
        container("ok")
            .resources(
                new V1ResourceRequirements()
                    .addClaimsItem(new CoreV1ResourceClaim().name("gpu"))
                    .addClaimsItem(new CoreV1ResourceClaim().name("gpu").request("first")));
    assertThat(run(rule, pod(ok).addResourceClaimsItem(new V1PodResourceClaim().name("gpu"))))
        .isEmpty();
  }

  @Test
  void resizePolicyFrom133() {
    ResourceRule rule = ResourceRule.RESIZE_POLICY;
    V1Container app =
        container("app")
            .addResizePolicyItem(
                new V1ContainerResizePolicy().resourceName("cpu").restartPolicy("NotRequired"))
            .addResizePolicyItem(
                new V1ContainerResizePolicy().resourceName("cpu").restartPolicy("Sometimes"))
            .addResizePolicyItem(
                new V1ContainerResizePolicy().resourceName("gpu").restartPolicy("NotRequired"));
    expect(
        run(rule, pod(app)),
        "RESIZE_POLICY",
        Severity.ERROR,
        "spec.containers[0].resizePolicy[1].resourceName",
        "spec.containers[0].resizePolicy[1].restartPolicy",
        "spec.containers[0].resizePolicy[2].resourceName");
    assertThat(run(rule, pod(app), "1.32")).isEmpty();
    V1Container restart =
        container("app")
            .addResizePolicyItem(
                new V1ContainerResizePolicy()
                    .resourceName("memory")
                    .restartPolicy("RestartContainer"));
    assertThat(run(rule, pod(restart))).isEmpty();
    expect(
        run(rule, pod(restart).restartPolicy("Never")),
        "RESIZE_POLICY",
        Severity.ERROR,
        "spec.containers[0].resizePolicy[0].restartPolicy");
  }

  @Test
  void podLevelResourcesFrom134() {
    ResourceRule rule = ResourceRule.POD_LEVEL_RESOURCES;
    V1PodSpec spec =
        pod(res("a", "cpu", "1", "-", "cpu", "4"), res("b", "cpu", "1"))
            .resources(
                new V1ResourceRequirements()
                    .putRequestsItem("cpu", q("1500m"))
                    .putRequestsItem("ephemeral-storage", q("1Gi"))
                    .putLimitsItem("cpu", q("2"))
                    .addClaimsItem(new CoreV1ResourceClaim().name("x")));
    expect(
        run(rule, spec),
        "POD_LEVEL_RESOURCES",
        Severity.ERROR,
        "spec.resources.claims",
        "spec.resources.requests[ephemeral-storage]",
        "spec.resources.requests",
        "spec.containers[0].resources.limits[cpu]");
    assertThat(run(rule, spec, "1.33")).isEmpty();
    V1PodSpec fine =
        pod(res("a", "cpu", "1", "-", "cpu", "2"), res("b", "cpu", "1"))
            .resources(
                new V1ResourceRequirements()
                    .putRequestsItem("cpu", q("2"))
                    .putLimitsItem("cpu", q("4")));
    assertThat(run(rule, fine)).isEmpty();
    expect(
        run(rule, fine.os(new V1PodOS().name("windows"))),
        "POD_LEVEL_RESOURCES",
        Severity.ERROR,
        "spec.resources");
  }

  @Test
  void overhead() {
    ResourceRule rule = ResourceRule.POD_OVERHEAD;
    V1PodSpec spec =
        pod(container("app"))
            .putOverheadItem("cpu", q("-1"))
            .putOverheadItem("gpu", q("1"))
            .putOverheadItem("example.com/dev", q("500m"));
    expect(
        run(rule, spec),
        "POD_OVERHEAD",
        Severity.ERROR,
        "spec.overhead[cpu]",
        "spec.overhead[example.com/dev]",
        "spec.overhead[gpu]");
    assertThat(
            run(
                rule,
                pod(container("app"))
                    .putOverheadItem("cpu", q("250m"))
                    .putOverheadItem("memory", q("120Mi"))))
        .isEmpty();
  }
}
