package dev.podwright.validation.rules.policy;

import static dev.podwright.validation.rules.RuleHarness.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podwright.validation.policy.HostPolicy;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.Violation;
import dev.podwright.validation.spi.PodSpecRule;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EphemeralContainer;
import io.kubernetes.client.openapi.models.V1ImageVolumeSource;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PolicyRulesTest {

  static V1Container c(String name) {
    return new V1Container().name(name).image("busybox:1.36");
  }

  static V1Container sidecar(String name) {
    return c(name).restartPolicy("Always");
  }

  static V1ResourceRequirements requests(String cpu) {
    return new V1ResourceRequirements().requests(Map.of("cpu", new Quantity(cpu)));
  }

  @Nested
  class InitContainersForbidden {
    final PodSpecRule rule = PolicyRule.POLICY_INIT_CONTAINERS_FORBIDDEN;
    final HostPolicy noInit = HostPolicy.builder().allowInitContainers(false).build();

    @Test
    void everyInitContainerIsReported() {
      V1PodSpec spec =
          new V1PodSpec()
              .containers(List.of(c("app")))
              .initContainers(List.of(c("migrate"), sidecar("proxy")));
      List<Violation> found = run(rule, spec, noInit);
      assertThat(found)
          .extracting(Violation::ruleId, Violation::path, Violation::severity)
          .containsExactly(
              tuple("POLICY_INIT_CONTAINERS_FORBIDDEN", "spec.initContainers[0]", Severity.ERROR),
              tuple("POLICY_INIT_CONTAINERS_FORBIDDEN", "spec.initContainers[1]", Severity.ERROR));
      assertThat(found.get(0).message()).contains("operator disabled", "allowInitContainers");
    }

    @Test
    void allowedByDefault() {
      V1PodSpec spec =
          new V1PodSpec().containers(List.of(c("app"))).initContainers(List.of(c("migrate")));
      assertThat(run(rule, spec, HostPolicy.none())).isEmpty();
      assertThat(run(rule, new V1PodSpec().containers(List.of(c("app"))), noInit)).isEmpty();
    }
  }

  @Nested
  class SidecarsForbidden {
    final PodSpecRule rule = PolicyRule.POLICY_SIDECARS_FORBIDDEN;

    @Test
    void nativeSidecarsAreReported() {
      V1PodSpec spec =
          new V1PodSpec()
              .containers(List.of(c("app")))
              .initContainers(List.of(c("migrate"), sidecar("proxy")));
      assertThat(run(rule, spec, HostPolicy.builder().allowSidecars(false).build()))
          .extracting(Violation::ruleId, Violation::path, Violation::severity)
          .containsExactly(
              tuple(
                  "POLICY_SIDECARS_FORBIDDEN",
                  "spec.initContainers[1].restartPolicy",
                  Severity.ERROR));
    }

    @Test
    void allowedOrAlreadyCoveredByTheInitContainerRule() {
      V1PodSpec spec =
          new V1PodSpec().containers(List.of(c("app"))).initContainers(List.of(sidecar("proxy")));
      assertThat(run(rule, spec, HostPolicy.none())).isEmpty();
      assertThat(
              run(
                  rule,
                  spec,
                  HostPolicy.builder().allowSidecars(false).allowInitContainers(false).build()))
          .isEmpty();
    }
  }

  @Nested
  class TooManySidecars {
    final PodSpecRule rule = PolicyRule.POLICY_TOO_MANY_SIDECARS;

    @Test
    void overTheLimit() {
      V1PodSpec spec =
          new V1PodSpec()
              .containers(List.of(c("app")))
              .initContainers(List.of(sidecar("a"), c("init"), sidecar("b"), sidecar("c")));
      List<Violation> found = run(rule, spec, HostPolicy.builder().maxSidecars(2).build());
      assertThat(found)
          .extracting(Violation::ruleId, Violation::path, Violation::severity)
          .containsExactly(
              tuple("POLICY_TOO_MANY_SIDECARS", "spec.initContainers[3]", Severity.ERROR));
      assertThat(found.get(0).message()).contains("3 native sidecars", "at most 2");
    }

    @Test
    void atTheLimitOrUnlimited() {
      V1PodSpec spec =
          new V1PodSpec().containers(List.of(c("app"))).initContainers(List.of(sidecar("a")));
      assertThat(run(rule, spec, HostPolicy.builder().maxSidecars(1).build())).isEmpty();
      assertThat(run(rule, spec, HostPolicy.none())).isEmpty();
    }
  }

  @Nested
  class RegistryNotAllowed {
    final PodSpecRule rule = PolicyRule.POLICY_REGISTRY_NOT_ALLOWED;

    @Test
    void dockerHubDefaultsApply() {
      HostPolicy policy = HostPolicy.builder().allowedRegistries("ghcr.io/acme").build();
      V1PodSpec spec =
          new V1PodSpec()
              .containers(
                  List.of(
                      c("a").image("busybox:1.36"),
                      c("b").image("ghcr.io/acme/app:1"),
                      c("c").image("ghcr.io/acmecorp/app:1"),
                      c("d").image("ghcr.io/acme/team/app@sha256:00")))
              .ephemeralContainers(List.of(new V1EphemeralContainer().name("dbg").image("alpine")))
              .volumes(
                  List.of(
                      new V1Volume()
                          .name("v")
                          .image(new V1ImageVolumeSource().reference("quay.io/x/y:1"))));
      List<Violation> found = run(rule, spec, policy);
      assertThat(found)
          .extracting(Violation::ruleId, Violation::path, Violation::severity)
          .containsExactly(
              tuple("POLICY_REGISTRY_NOT_ALLOWED", "spec.containers[0].image", Severity.ERROR),
              tuple("POLICY_REGISTRY_NOT_ALLOWED", "spec.containers[2].image", Severity.ERROR),
              tuple(
                  "POLICY_REGISTRY_NOT_ALLOWED",
                  "spec.ephemeralContainers[0].image",
                  Severity.ERROR),
              tuple(
                  "POLICY_REGISTRY_NOT_ALLOWED",
                  "spec.volumes[0].image.reference",
                  Severity.ERROR));
      assertThat(found.get(0).message()).contains("docker.io/library/busybox");
    }

    @Test
    void dockerIoAllowsShortNames() {
      HostPolicy policy = HostPolicy.builder().allowedRegistries("docker.io").build();
      V1PodSpec spec =
          new V1PodSpec()
              .containers(
                  List.of(
                      c("a").image("busybox"),
                      c("b").image("acme/app:1"),
                      c("c").image("index.docker.io/library/nginx:1"),
                      c("d").image("docker.io/nginx:1")));
      assertThat(run(rule, spec, policy)).isEmpty();
      assertThat(run(rule, spec, HostPolicy.none())).isEmpty();
    }

    @Test
    void repositoryNormalisation() {
      assertThat(PolicyChecks.repository("busybox")).isEqualTo("docker.io/library/busybox");
      assertThat(PolicyChecks.repository("localhost:5000/app:1")).isEqualTo("localhost:5000/app");
      assertThat(PolicyChecks.repository("localhost/app")).isEqualTo("localhost/app");
      assertThat(PolicyChecks.repository("Docker.IO/nginx")).isEqualTo("docker.io/library/nginx");
    }
  }

  @Nested
  class RequiredResources {
    HostPolicy policy = HostPolicy.builder().requireRequests("cpu").requireLimits("memory").build();

    @Test
    void missingRequestsAndLimits() {
      V1PodSpec spec =
          new V1PodSpec()
              .containers(
                  List.of(
                      c("ok")
                          .resources(
                              new V1ResourceRequirements()
                                  .requests(Map.of("cpu", new Quantity("1")))
                                  .limits(Map.of("memory", new Quantity("1Gi")))),
                      c("bare")))
              .initContainers(List.of(sidecar("proxy").resources(requests("10m"))));
      assertThat(run(PolicyRule.POLICY_REQUESTS_REQUIRED, spec, policy))
          .extracting(Violation::ruleId, Violation::path, Violation::severity)
          .containsExactly(
              tuple(
                  "POLICY_REQUESTS_REQUIRED",
                  "spec.containers[1].resources.requests[cpu]",
                  Severity.ERROR));
      assertThat(run(PolicyRule.POLICY_LIMITS_REQUIRED, spec, policy))
          .extracting(Violation::ruleId, Violation::path, Violation::severity)
          .containsExactly(
              tuple(
                  "POLICY_LIMITS_REQUIRED",
                  "spec.initContainers[0].resources.limits[memory]",
                  Severity.ERROR),
              tuple(
                  "POLICY_LIMITS_REQUIRED",
                  "spec.containers[1].resources.limits[memory]",
                  Severity.ERROR));
    }

    @Test
    void aLimitCountsAsARequestAndNoPolicyRequiresNothing() {
      V1PodSpec spec =
          new V1PodSpec()
              .containers(
                  List.of(
                      c("a")
                          .resources(
                              new V1ResourceRequirements()
                                  .limits(
                                      Map.of(
                                          "cpu",
                                          new Quantity("1"),
                                          "memory",
                                          new Quantity("1Gi"))))));
      assertThat(run(PolicyRule.POLICY_REQUESTS_REQUIRED, spec, policy)).isEmpty();
      assertThat(run(PolicyRule.POLICY_LIMITS_REQUIRED, spec, policy)).isEmpty();
      assertThat(
              run(PolicyRule.POLICY_REQUESTS_REQUIRED, new V1PodSpec().containers(List.of(c("x")))))
          .isEmpty();
    }
  }

  @Nested
  class PodResourcesExceeded {
    final PodSpecRule rule = PolicyRule.POLICY_POD_RESOURCES_EXCEEDED;

    V1PodSpec spec() {
      // regular 500m + sidecars (100m + 200m) = 800m; init phases: migrate 700m + 100m = 800m,
      // big 900m + 300m = 1200m → effective 1200m
      return new V1PodSpec()
          .containers(List.of(c("app").resources(requests("500m"))))
          .initContainers(
              List.of(
                  sidecar("proxy").resources(requests("100m")),
                  c("migrate").resources(requests("700m")),
                  sidecar("logs").resources(requests("200m")),
                  c("big").resources(requests("900m"))));
    }

    @Test
    void effectiveRequestsFollowTheSidecarFormula() {
      HostPolicy policy = HostPolicy.builder().maxPodResource("cpu", "1").build();
      List<Violation> found = run(rule, spec(), policy);
      assertThat(found)
          .extracting(Violation::ruleId, Violation::path, Violation::severity)
          .containsExactly(tuple("POLICY_POD_RESOURCES_EXCEEDED", "spec", Severity.ERROR));
      assertThat(found.get(0).message()).contains("insufficient resources", "1200m", "cpu");
    }

    @Test
    void withinTheLimit() {
      assertThat(run(rule, spec(), HostPolicy.builder().maxPodResource("cpu", "1200m").build()))
          .isEmpty();
      assertThat(run(rule, spec(), HostPolicy.builder().maxPodResource("memory", "1Mi").build()))
          .isEmpty();
    }

    @Test
    void overheadAndLimitsAsRequestsCount() {
      V1PodSpec spec =
          new V1PodSpec()
              .containers(
                  List.of(
                      c("app")
                          .resources(
                              new V1ResourceRequirements()
                                  .limits(Map.of("memory", new Quantity("1Gi"))))))
              .overhead(Map.of("memory", new Quantity("100Mi")));
      List<Violation> found =
          run(rule, spec, HostPolicy.builder().maxPodResource("memory", "1Gi").build());
      assertThat(found).extracting(Violation::path).containsExactly("spec");
    }
  }
}
