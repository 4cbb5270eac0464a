package dev.podwright.validation.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podwright.io.Manifest;
import dev.podwright.io.ManifestKind;
import dev.podwright.io.ManifestReader;
import dev.podwright.validation.PodSpecValidator;
import dev.podwright.validation.policy.HostPolicy;
import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.Violation;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.Section;
import dev.podwright.validation.spi.ViolationSink;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestValidatorTest {

  private static final ManifestReader READER = new ManifestReader();
  private static final ManifestValidator VALIDATOR = ManifestValidator.standard();

  private static List<ManifestReport> validate(String yaml) {
    return VALIDATOR.validate(READER.read(yaml, "m.yaml"));
  }

  private static ManifestReport only(String yaml) {
    List<ManifestReport> reports = validate(yaml);
    assertThat(reports).hasSize(1);
    return reports.get(0);
  }

  /** rule id, path, "file:line:column", for every ERROR. */
  private static List<org.assertj.core.groups.Tuple> errors(ManifestReport report) {
    return report.violations().stream()
        .filter(v -> v.severity() == Severity.ERROR)
        .map(v -> tuple(v.ruleId(), v.path(), String.valueOf(v.location())))
        .toList();
  }

  @Test
  void aDeploymentsFindingsCarryTheTemplatePrefixAndTheirPosition() {
    ManifestReport report =
        only(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                    - name: app
                      image: ""
            """);

    assertThat(report.kind()).isEqualTo(ManifestKind.DEPLOYMENT);
    assertThat(report.name()).isEqualTo("web");
    assertThat(report.source()).isEqualTo("m.yaml");
    assertThat(report.isValid()).isFalse();
    assertThat(errors(report))
        .containsExactly(
            tuple(
                "CONTAINER_IMAGE_REQUIRED",
                "spec.template.spec.containers[0].image",
                "m.yaml:14:18"));
  }

  @Test
  void aPodsAndABareSpecsPathsStartAtSpec() {
    String pod =
        """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          containers:
            - name: app
              image: ""
        """;
    String bare =
        """
        containers:
          - name: app
            image: ""
        """;

    assertThat(errors(only(pod)))
        .containsExactly(
            tuple("CONTAINER_IMAGE_REQUIRED", "spec.containers[0].image", "m.yaml:8:14"));
    ManifestReport bareReport = only(bare);
    assertThat(bareReport.kind()).isEqualTo(ManifestKind.POD_SPEC);
    assertThat(errors(bareReport))
        .containsExactly(
            tuple("CONTAINER_IMAGE_REQUIRED", "spec.containers[0].image", "m.yaml:3:12"));
  }

  private static final String STATEFUL_SET =
      """
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: db
      spec:
        serviceName: db
        selector:
          matchLabels: {app: db}
        template:
          metadata:
            labels: {app: db}
          spec:
            containers:
              - name: db
                image: postgres:16
                volumeMounts:
                  - name: data
                    mountPath: /var/lib/postgresql/data
                  - name: missing
                    mountPath: /missing
        volumeClaimTemplates:
          - metadata:
              name: data
            spec:
              accessModes: [ReadWriteOnce]
              resources:
                requests:
                  storage: 1Gi
      """;

  @Test
  void aStatefulSetMayMountItsClaimTemplatesButNothingElseUndeclared() {
    ManifestReport report = only(STATEFUL_SET);

    assertThat(errors(report))
        .containsExactly(
            tuple(
                "MOUNT_NAME_NOT_FOUND",
                "spec.template.spec.containers[0].volumeMounts[1].name",
                "m.yaml:19:21"));
  }

  @Test
  void aJobThatRestartsAlwaysIsRejectedAsTheJobApiDoes() {
    ManifestReport report =
        only(
            """
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: once
            spec:
              template:
                spec:
                  restartPolicy: Always
                  containers:
                    - name: main
                      image: busybox:1.36
            """);

    assertThat(errors(report))
        .containsExactly(
            tuple(
                "TEMPLATE_RESTARTPOLICY_FOR_CONTROLLER",
                "spec.template.spec.restartPolicy",
                "m.yaml:8:22"));
    assertThat(report.violations().get(0).message())
        .isEqualTo("Required value: valid values: \"OnFailure\", \"Never\".");
  }

  @Test
  void aCronJobsFindingsCarryTheJobTemplatePrefix() {
    ManifestReport report =
        only(
            """
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: nightly
            spec:
              schedule: "0 3 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      containers:
                        - name: main
                          image: busybox:1.36
            """);

    assertThat(errors(report))
        .containsExactly(
            tuple(
                "TEMPLATE_RESTARTPOLICY_FOR_CONTROLLER",
                "spec.jobTemplate.spec.template.spec.restartPolicy",
                "m.yaml:11:11"));
  }

  @Test
  void aJobWithANativeSidecarIsCleanAndOneWithALegacySidecarIsWarned() {
    String nativeSidecar =
        """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
        spec:
          template:
            spec:
              restartPolicy: Never
              initContainers:
                - name: proxy
                  image: envoyproxy/envoy:v1.30.1
                  restartPolicy: Always
              containers:
                - name: main
                  image: busybox:1.36
        """;
    String legacySidecar =
        """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: main
                  image: busybox:1.36
                - name: proxy
                  image: envoyproxy/envoy:v1.30.1
        """;

    assertThat(only(nativeSidecar).violations())
        .extracting(Violation::ruleId)
        .doesNotContain("RT_JOB_LEGACY_SIDECAR", "TEMPLATE_RESTARTPOLICY_FOR_CONTROLLER");
    assertThat(only(nativeSidecar).isValid()).isTrue();
    ManifestReport legacy = only(legacySidecar);
    assertThat(legacy.isValid()).isTrue();
    assertThat(legacy.violations())
        .filteredOn(v -> v.ruleId().equals("RT_JOB_LEGACY_SIDECAR"))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.WARNING, "spec.template.spec.containers[1]"));
  }

  @Test
  void aLongRunningControllerTemplateRestartsAlwaysAndHasNoDeadline() {
    String deployment =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              restartPolicy: Never
              activeDeadlineSeconds: 60
              containers:
                - name: app
                  image: nginx:1.27
        """;

    ManifestReport report = only(deployment);

    assertThat(errors(report))
        .containsExactly(
            tuple(
                "WORKLOAD_RESTARTPOLICY_ALWAYS",
                "spec.template.spec.restartPolicy",
                "m.yaml:12:22"),
            tuple(
                "WORKLOAD_ACTIVE_DEADLINE_FORBIDDEN",
                "spec.template.spec.activeDeadlineSeconds",
                "m.yaml:13:30"));
    assertThat(report.violations())
        .filteredOn(v -> v.severity() == Severity.ERROR)
        .extracting(Violation::message)
        .containsExactly(
            "Unsupported value: \"Never\": supported values: \"Always\".",
            "Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported.");
    ManifestReport statefulSet = only(deployment.replace("kind: Deployment", "kind: StatefulSet"));
    assertThat(statefulSet.violations())
        .filteredOn(v -> v.ruleId().equals("WORKLOAD_ACTIVE_DEADLINE_FORBIDDEN"))
        .extracting(Violation::message)
        .containsExactly("Forbidden: activeDeadlineSeconds in StatefulSet is not Supported.");
  }

  @Test
  void aPodAndAJobMayRestartNeverAndSetADeadline() {
    String pod =
        """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          restartPolicy: Never
          activeDeadlineSeconds: 60
          containers:
            - name: app
              image: nginx:1.27
        """;

    assertThat(only(pod).violations())
        .extracting(Violation::ruleId)
        .doesNotContain("WORKLOAD_RESTARTPOLICY_ALWAYS", "WORKLOAD_ACTIVE_DEADLINE_FORBIDDEN");
    assertThat(only(pod).isValid()).isTrue();
  }

  @Test
  void thePolicyLevelAndTheHostsRulesApply() {
    PodSpecRule noLatest =
        new PodSpecRule() {
          private final RuleInfo info =
              new RuleInfo(
                  "ACME_NO_NGINX", Severity.ERROR, "Acme", "no nginx", "we said so", "use caddy");

          @Override
          public RuleInfo info() {
            return info;
          }

          @Override
          public void check(PodSpecContext context, ViolationSink sink) {
            for (int i = 0; i < context.spec().getContainers().size(); i++) {
              if (context.spec().getContainers().get(i).getImage().startsWith("nginx")) {
                sink.report(context.root().child("containers").index(i).child("image"), null, "");
              }
            }
          }
        };
    ManifestValidator validator =
        ManifestValidator.of(
            PodSpecValidator.builder()
                .policy(HostPolicy.builder().podSecurityLevel(PodSecurityLevel.RESTRICTED).build())
                .addRule(noLatest)
                .build());
    List<Manifest> manifests =
        READER.read(
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              containers:
                - name: app
                  image: nginx:1.27
            """,
            "p.yaml");

    List<ManifestReport> reports = validator.validate(manifests);

    assertThat(reports).hasSize(1);
    assertThat(reports.get(0).violations())
        .extracting(Violation::ruleId)
        .contains("ACME_NO_NGINX")
        .contains("PSS_RUN_AS_NON_ROOT");
    assertThat(reports.get(0).violations())
        .filteredOn(v -> v.ruleId().equals("ACME_NO_NGINX"))
        .extracting(Violation::path, v -> String.valueOf(v.location()))
        .containsExactly(tuple("spec.containers[0].image", "p.yaml:8:14"));
    assertThat(VALIDATOR.rules()).doesNotContain(noLatest);
  }

  @Test
  void oneValidatorSharedByThreadsGivesEveryThreadTheSameReports() {
    List<Manifest> manifests = READER.read(STATEFUL_SET, "m.yaml");
    List<ManifestReport> sequential = VALIDATOR.validate(manifests);

    List<List<ManifestReport>> parallel =
        java.util.stream.IntStream.range(0, 64)
            .parallel()
            .mapToObj(i -> VALIDATOR.validate(manifests))
            .toList();

    assertThat(parallel).allSatisfy(reports -> assertThat(reports).isEqualTo(sequential));
  }

  @Test
  void theWorkloadRulesAreInTheCatalogSection() {
    assertThat(ManifestValidator.workloadRules())
        .extracting(RuleInfo::id, RuleInfo::section)
        .containsExactly(
            tuple("WORKLOAD_RESTARTPOLICY_ALWAYS", Section.WORKLOAD_CONTROLLERS),
            tuple("WORKLOAD_ACTIVE_DEADLINE_FORBIDDEN", Section.WORKLOAD_CONTROLLERS));
  }
}
