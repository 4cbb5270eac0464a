package dev.podwright.validation.rules;

import static dev.podwright.validation.rules.RuleHarness.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.Violation;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1CSIVolumeSource;
import io.kubernetes.client.openapi.models.V1ConfigMapVolumeSource;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1DownwardAPIProjection;
import io.kubernetes.client.openapi.models.V1DownwardAPIVolumeFile;
import io.kubernetes.client.openapi.models.V1DownwardAPIVolumeSource;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EphemeralVolumeSource;
import io.kubernetes.client.openapi.models.V1HostPathVolumeSource;
import io.kubernetes.client.openapi.models.V1KeyToPath;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimSpec;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimTemplate;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimVolumeSource;
import io.kubernetes.client.openapi.models.V1PodDNSConfig;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ProjectedVolumeSource;
import io.kubernetes.client.openapi.models.V1ResourceFieldSelector;
import io.kubernetes.client.openapi.models.V1SecretVolumeSource;
import io.kubernetes.client.openapi.models.V1ServiceAccountTokenProjection;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeDevice;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import io.kubernetes.client.openapi.models.V1VolumeProjection;
import io.kubernetes.client.openapi.models.V1VolumeResourceRequirements;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StructureRulesTest {

  private static final List<KubernetesVersion> VERSIONS =
      List.of(
          KubernetesVersion.of(1, 27),
          KubernetesVersion.of(1, 28),
          KubernetesVersion.of(1, 29),
          KubernetesVersion.of(1, 31),
          KubernetesVersion.of(1, 33),
          KubernetesVersion.of(1, 34),
          KubernetesVersion.of(1, 35),
          KubernetesVersion.LATEST);

  @SafeVarargs
  private static <T> List<T> list(T... items) {
    return new ArrayList<>(Arrays.asList(items));
  }

  @Test
  void registryHoldsDistinctErrorRulesInCatalogOrder() {
    List<PodSpecRule> rules = StructureRules.all();
    assertThat(rules).hasSize(80).doesNotContainNull();
    Set<String> ids = new LinkedHashSet<>();
    List<String> sections = new ArrayList<>();
    for (PodSpecRule rule : rules) {
      RuleInfo info = rule.info();
      assertThat(ids.add(info.id())).as("unique id %s", info.id()).isTrue();
      assertThat(info.id()).matches("[A-Z][A-Z0-9_]*");
      assertThat(info.severity()).isEqualTo(Severity.ERROR);
      assertThat(info.what()).isNotBlank();
      assertThat(info.why()).isNotBlank();
      assertThat(info.fix()).isNotBlank();
      String section = info.section().title();
      if (sections.isEmpty() || !sections.get(sections.size() - 1).equals(section)) {
        sections.add(section);
      }
    }
    assertThat(sections)
        .extracting(s -> s.substring(0, 1))
        .containsExactly("A", "B", "C", "D", "J", "S", "T", "U");
    assertThat(StructureRules.all()).isSameAs(rules);
  }

  /** The two-container pod from the Kubernetes docs: nginx and busybox sharing an emptyDir. */
  static V1PodSpec sharedEmptyDir() {
    return new V1PodSpec()
        .restartPolicy("Never")
        .volumes(list(new V1Volume().name("shared-data").emptyDir(new V1EmptyDirVolumeSource())))
        .containers(
            list(
                new V1Container()
                    .name("nginx-container")
                    .image("nginx:1.27")
                    .volumeMounts(
                        list(
                            new V1VolumeMount()
                                .name("shared-data")
                                .mountPath("/usr/share/nginx/html"))),
                new V1Container()
                    .name("busybox-container")
                    .image("busybox:1.36")
                    .command(list("/bin/sh"))
                    .args(
                        list("-c", "echo Hello from the busybox container > /pod-data/index.html"))
                    .volumeMounts(
                        list(new V1VolumeMount().name("shared-data").mountPath("/pod-data")))));
  }

  /** The native sidecar example of the Kubernetes docs ("Sidecar containers"). */
  static V1PodSpec nativeSidecar() {
    return new V1PodSpec()
        .containers(
            list(
                new V1Container()
                    .name("myapp")
                    .image("alpine:latest")
                    .command(
                        list(
                            "sh",
                            "-c",
                            "while true; do echo \"logging\" >> /opt/logs.txt; sleep 1; done"))
                    .volumeMounts(list(new V1VolumeMount().name("data").mountPath("/opt")))))
        .initContainers(
            list(
                new V1Container()
                    .name("logshipper")
                    .image("alpine:latest")
                    .restartPolicy("Always")
                    .command(list("sh", "-c", "tail -F /opt/logs.txt"))
                    .volumeMounts(list(new V1VolumeMount().name("data").mountPath("/opt")))))
        .volumes(list(new V1Volume().name("data").emptyDir(new V1EmptyDirVolumeSource())));
  }

  static Stream<V1PodSpec> validSpecs() {
    return Stream.of(sharedEmptyDir(), nativeSidecar());
  }

  @ParameterizedTest
  @MethodSource("validSpecs")
  void typicalValidSpecsYieldNothing(V1PodSpec spec) {
    for (KubernetesVersion version :
        List.of(
            KubernetesVersion.of(1, 29), KubernetesVersion.of(1, 33), KubernetesVersion.LATEST)) {
      for (PodSpecRule rule : StructureRules.all()) {
        assertThat(run(rule, spec, version)).as("%s on %s", rule.info().id(), version).isEmpty();
      }
    }
  }

  @Test
  void nativeSidecarJobPodYieldsNothing() {
    V1PodSpec job = nativeSidecar().restartPolicy("Never");
    for (PodSpecRule rule : StructureRules.all()) {
      assertThat(run(rule, job, KubernetesVersion.LATEST, true)).as(rule.info().id()).isEmpty();
    }
  }

  @Test
  void pathsFollowTheSpecRoot() {
    V1PodSpec spec = sharedEmptyDir();
    spec.getContainers().get(0).getVolumeMounts().get(0).name("missing");
    PodSpecRule rule =
        StructureRules.all().stream()
            .filter(r -> r.info().id().equals("MOUNT_NAME_NOT_FOUND"))
            .findFirst()
            .orElseThrow();
    List<Violation> found = new ArrayList<>();
    dev.podwright.validation.spi.PodSpecContext context =
        new dev.podwright.validation.spi.PodSpecContext(
            spec,
            KubernetesVersion.LATEST,
            dev.podwright.validation.policy.HostPolicy.none(),
            dev.podwright.path.FieldPath.of("spec", "template", "spec"),
            false);
    rule.check(
        context,
        new dev.podwright.validation.spi.ViolationSink() {
          @Override
          public void report(dev.podwright.path.FieldPath path, Object value, String message) {
            found.add(new Violation("X", Severity.ERROR, path.toString(), null, message, "", null));
          }

          @Override
          public void report(
              dev.podwright.path.FieldPath path,
              Object value,
              String message,
              Severity severity,
              String hint) {
            report(path, value, message);
          }
        });
    assertThat(found)
        .extracting(Violation::path)
        .containsExactly("spec.template.spec.containers[0].volumeMounts[0].name");
  }

  /** Specs full of nulls: null lists, null entries, null names, empty sources. */
  static Stream<V1PodSpec> nullSpecs() {
    V1Container empty = new V1Container();
    empty.setVolumeMounts(null);
    empty.setVolumeDevices(null);
    empty.setEnv(null);
    V1Container nulls =
        new V1Container()
            .restartPolicy("Always")
            .restartPolicyRules(
                list(
                    null,
                    new io.kubernetes.client.openapi.models.V1ContainerRestartRule(),
                    new io.kubernetes.client.openapi.models.V1ContainerRestartRule()
                        .exitCodes(
                            new io.kubernetes.client.openapi.models
                                    .V1ContainerRestartRuleOnExitCodes()
                                .values(null))))
            .volumeMounts(
                list(
                    null,
                    new V1VolumeMount(),
                    new V1VolumeMount()
                        .recursiveReadOnly("Enabled")
                        .mountPropagation("Bidirectional")
                        .subPathExpr("x")
                        .subPath("y")))
            .volumeDevices(list(null, new V1VolumeDevice()));
    V1PodSpec bare = new V1PodSpec();
    bare.setContainers(null);
    bare.setInitContainers(null);
    bare.setVolumes(null);
    V1PodSpec nullEntries =
        new V1PodSpec()
            .containers(list(null, empty, nulls))
            .initContainers(list(null, new V1Container(), nulls))
            .volumes(
                list(
                    null,
                    new V1Volume(),
                    new V1Volume().emptyDir(new V1EmptyDirVolumeSource()),
                    new V1Volume()
                        .emptyDir(
                            new V1EmptyDirVolumeSource()
                                .sizeLimit(
                                    new Quantity(
                                        (java.math.BigDecimal) null, Quantity.Format.BINARY_SI))),
                    new V1Volume()
                        .configMap(
                            new V1ConfigMapVolumeSource().items(list(null, new V1KeyToPath()))),
                    new V1Volume().secret(new V1SecretVolumeSource().items(null)),
                    new V1Volume().hostPath(new V1HostPathVolumeSource()),
                    new V1Volume().persistentVolumeClaim(new V1PersistentVolumeClaimVolumeSource()),
                    new V1Volume()
                        .csi(
                            new V1CSIVolumeSource()
                                .nodePublishSecretRef(
                                    new io.kubernetes.client.openapi.models
                                        .V1LocalObjectReference())),
                    new V1Volume()
                        .downwardAPI(
                            new V1DownwardAPIVolumeSource()
                                .items(
                                    list(
                                        null,
                                        new V1DownwardAPIVolumeFile(),
                                        new V1DownwardAPIVolumeFile()
                                            .fieldRef(new V1ObjectFieldSelector())
                                            .resourceFieldRef(new V1ResourceFieldSelector())))),
                    new V1Volume().projected(new V1ProjectedVolumeSource().sources(null)),
                    new V1Volume()
                        .projected(
                            new V1ProjectedVolumeSource()
                                .sources(
                                    list(
                                        null,
                                        new V1VolumeProjection(),
                                        new V1VolumeProjection()
                                            .serviceAccountToken(
                                                new V1ServiceAccountTokenProjection()),
                                        new V1VolumeProjection()
                                            .downwardAPI(
                                                new V1DownwardAPIProjection()
                                                    .items(
                                                        list((V1DownwardAPIVolumeFile) null)))))),
                    new V1Volume().ephemeral(new V1EphemeralVolumeSource()),
                    new V1Volume()
                        .ephemeral(
                            new V1EphemeralVolumeSource()
                                .volumeClaimTemplate(new V1PersistentVolumeClaimTemplate())),
                    new V1Volume()
                        .ephemeral(
                            new V1EphemeralVolumeSource()
                                .volumeClaimTemplate(
                                    new V1PersistentVolumeClaimTemplate()
                                        .metadata(new V1ObjectMeta())
                                        .spec(
                                            new V1PersistentVolumeClaimSpec()
                                                .accessModes(list((String) null))
                                                .resources(
                                                    new V1VolumeResourceRequirements()
                                                        .requests(Map.of())))))))
            .dnsPolicy("None")
            .dnsConfig(
                new V1PodDNSConfig()
                    .nameservers(list((String) null))
                    .searches(list((String) null))
                    .options(
                        list(
                            null, new io.kubernetes.client.openapi.models.V1PodDNSConfigOption())));
    return Stream.of(null, new V1PodSpec(), bare, nullEntries);
  }

  @ParameterizedTest
  @MethodSource("nullSpecs")
  void everyRuleSurvivesNulls(V1PodSpec spec) {
    for (KubernetesVersion version : VERSIONS) {
      for (boolean toCompletion : List.of(false, true)) {
        for (PodSpecRule rule : StructureRules.all()) {
          assertThatCode(() -> run(rule, spec, version, toCompletion))
              .as("%s on %s", rule.info().id(), version)
              .doesNotThrowAnyException();
        }
      }
    }
  }

  @Test
  void nullEntriesAreReportedNotSkippedWhereTheServerWouldReject() {
    V1PodSpec spec = nullSpecs().toList().get(3);
    List<String> ids = new ArrayList<>();
    for (PodSpecRule rule : StructureRules.all()) {
      for (Violation v : run(rule, spec)) {
        ids.add(v.ruleId());
      }
    }
    assertThat(ids)
        .contains(
            "CONTAINER_NAME_REQUIRED",
            "CONTAINER_IMAGE_REQUIRED",
            "VOLUME_NAME_REQUIRED",
            "MOUNT_NAME_REQUIRED",
            "MOUNT_PATH_REQUIRED",
            "EPHEMERAL_VCT_REQUIRED",
            "EPHEMERAL_VCT_SPEC",
            "POD_DNSPOLICY_ENUM");
  }
}
