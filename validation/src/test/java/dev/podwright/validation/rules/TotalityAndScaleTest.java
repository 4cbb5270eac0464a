package dev.podwright.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.PodSpecValidator;
import dev.podwright.validation.policy.HostPolicy;
import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.ValidationReport;
import dev.podwright.validation.report.Violation;
import dev.podwright.validation.spi.PodSpecRule;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1Capabilities;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EphemeralContainer;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1Lifecycle;
import io.kubernetes.client.openapi.models.V1LifecycleHandler;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1Sysctl;
import io.kubernetes.client.openapi.models.V1TCPSocketAction;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hazard, policy and Pod Security rules never throw, and scale linearly. */
class TotalityAndScaleTest {

  static final HostPolicy STRICT =
      HostPolicy.builder()
          .allowInitContainers(false)
          .allowSidecars(false)
          .allowedRegistries("ghcr.io/acme", "")
          .requireRequests("cpu", "memory")
          .requireLimits("memory")
          .maxSidecars(0)
          .maxPodResource("cpu", "1m")
          .podSecurityLevel(PodSecurityLevel.RESTRICTED)
          .build();

  static List<PodSpecRule> mine() {
    List<PodSpecRule> all = new ArrayList<>(RuntimeHazardRules.all());
    all.addAll(PolicyRules.all());
    all.addAll(PodSecurityRules.all());
    return all;
  }

  @SafeVarargs
  static <T> List<T> withNulls(T... values) {
    return new ArrayList<>(Arrays.asList(values));
  }

  @Test
  void nullsEverywhereNeverThrow() {
    Map<String, io.kubernetes.client.custom.Quantity> nullValues = new HashMap<>();
    nullValues.put("cpu", null);
    V1Container hollow = new V1Container();
    hollow.setPorts(null);
    hollow.setEnv(null);
    hollow.setVolumeMounts(null);
    hollow.setCommand(null);
    V1Container odd =
        new V1Container()
            .name("odd")
            .image("")
            .restartPolicy("Always")
            .ports(withNulls(null, new V1ContainerPort(), new V1ContainerPort().name("p")))
            .env(withNulls(null, new V1EnvVar(), new V1EnvVar().name("A").value("$(")))
            .command(withNulls((String) null))
            .args(withNulls("$(", "$$", "$", null))
            .volumeMounts(withNulls(null, new V1VolumeMount(), new V1VolumeMount().mountPath("")))
            .resources(new V1ResourceRequirements().requests(nullValues).limits(null))
            .securityContext(
                new V1SecurityContext()
                    .capabilities(new V1Capabilities().add(withNulls((String) null)).drop(null)))
            .livenessProbe(
                new V1Probe().httpGet(new V1HTTPGetAction()).tcpSocket(new V1TCPSocketAction()))
            .readinessProbe(
                new V1Probe().httpGet(new V1HTTPGetAction().port(new IntOrString((String) null))))
            .lifecycle(new V1Lifecycle().postStart(new V1LifecycleHandler()));
    V1PodSpec spec =
        new V1PodSpec()
            .initContainers(withNulls(null, odd, hollow))
            .containers(withNulls(null, hollow, odd))
            .ephemeralContainers(withNulls(null, new V1EphemeralContainer()))
            .volumes(
                withNulls(
                    null,
                    new V1Volume(),
                    new V1Volume()
                        .name("e")
                        .emptyDir(new V1EmptyDirVolumeSource().medium("HugePages-"))))
            .securityContext(new V1PodSecurityContext().sysctls(withNulls(null, new V1Sysctl())))
            .overhead(nullValues);
    for (PodSpecRule rule : mine()) {
      for (boolean job : new boolean[] {false, true}) {
        RuleHarness.run(rule, spec, STRICT, job);
        RuleHarness.run(rule, new V1PodSpec(), STRICT, job);
        RuleHarness.run(rule, null, STRICT, job);
      }
    }
    ValidationReport report =
        PodSpecValidator.builder()
            .policy(STRICT)
            .build()
            .validate(spec, FieldPath.of("spec"), true);
    assertThat(report.byRule("VALIDATOR_INTERNAL_ERROR")).isEmpty();
    assertThat(report.errors()).isNotEmpty();
  }

  @Test
  void aThousandSidecars() {
    int n = 1000;
    List<V1Container> sidecars = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      sidecars.add(
          new V1Container()
              .name("sidecar-" + i)
              .image("ghcr.io/acme/sidecar:1." + i)
              .restartPolicy("Always")
              .addPortsItem(new V1ContainerPort().containerPort(10000 + i).name("p" + i))
              .startupProbe(
                  new V1Probe().tcpSocket(new V1TCPSocketAction().port(new IntOrString("p" + i))))
              .addEnvItem(new V1EnvVar().name("SELF").value("sidecar-" + i))
              .addEnvItem(new V1EnvVar().name("URL").value("http://$(SELF)"))
              .addVolumeMountsItem(new V1VolumeMount().name("shared").mountPath("/shared/" + i)));
    }
    // the last sidecar also binds the first one's port, and mounts a twin path
    sidecars.get(n - 1).addPortsItem(new V1ContainerPort().containerPort(10000));
    sidecars
        .get(n - 1)
        .addVolumeMountsItem(new V1VolumeMount().name("other").mountPath("/shared/999/"));
    V1PodSpec spec =
        new V1PodSpec()
            .initContainers(sidecars)
            .containers(List.of(new V1Container().name("app").image("ghcr.io/acme/app:1")))
            .volumes(
                List.of(
                    new V1Volume().name("shared").emptyDir(new V1EmptyDirVolumeSource()),
                    new V1Volume().name("other").emptyDir(new V1EmptyDirVolumeSource())));
    List<Violation> found = new ArrayList<>();
    for (PodSpecRule rule : RuntimeHazardRules.all()) {
      found.addAll(RuleHarness.run(rule, spec));
    }
    assertThat(found)
        .filteredOn(v -> v.severity() != Severity.INFO)
        .extracting(Violation::ruleId, Violation::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "RT_PORT_BIND_CONFLICT", "spec.initContainers[999].ports[1].containerPort"),
            org.assertj.core.groups.Tuple.tuple(
                "RT_MOUNTPATH_TWIN", "spec.initContainers[999].volumeMounts[1].mountPath"));
    assertThat(
            RuleHarness.run(
                dev.podwright.validation.rules.policy.PolicyRule.POLICY_TOO_MANY_SIDECARS,
                spec,
                HostPolicy.builder().maxSidecars(999).build()))
        .extracting(Violation::path)
        .containsExactly("spec.initContainers[999]");
  }
}
