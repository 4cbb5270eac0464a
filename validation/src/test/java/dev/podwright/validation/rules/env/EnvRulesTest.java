package dev.podwright.validation.rules.env;

import static dev.podwright.validation.rules.RuleHarness.container;
import static dev.podwright.validation.rules.RuleHarness.expect;
import static dev.podwright.validation.rules.RuleHarness.pod;
import static dev.podwright.validation.rules.RuleHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.validation.report.Severity;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ConfigMapEnvSource;
import io.kubernetes.client.openapi.models.V1ConfigMapKeySelector;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1FileKeySelector;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ResourceFieldSelector;
import io.kubernetes.client.openapi.models.V1SecretEnvSource;
import io.kubernetes.client.openapi.models.V1SecretKeySelector;
import io.kubernetes.client.openapi.models.V1SecretVolumeSource;
import io.kubernetes.client.openapi.models.V1Volume;
import org.junit.jupiter.api.Test;

class EnvRulesTest {

  private static V1PodSpec withEnv(V1EnvVar... vars) {
    V1Container app = container("app");
    for (V1EnvVar var : vars) {
      app.addEnvItem(var);
    }
    return pod(container("first"), app);
  }

  private static V1PodSpec withEnvFrom(V1EnvFromSource... sources) {
    V1Container app = container("app");
    for (V1EnvFromSource source : sources) {
      app.addEnvFromItem(source);
    }
    return pod(app);
  }

  private static V1EnvVar from(String name, V1EnvVarSource source) {
    return new V1EnvVar().name(name).valueFrom(source);
  }

  private static V1EnvVar field(String name, String path) {
    return from(name, new V1EnvVarSource().fieldRef(new V1ObjectFieldSelector().fieldPath(path)));
  }

  private static V1EnvVar resource(String name, String resource, String divisor) {
    V1ResourceFieldSelector selector = new V1ResourceFieldSelector().resource(resource);
    if (divisor != null) {
      selector.divisor(Quantity.fromString(divisor));
    }
    return from(name, new V1EnvVarSource().resourceFieldRef(selector));
  }

  @Test
  void nameRequired() {
    EnvRule rule = EnvRule.ENV_NAME_REQUIRED;
    expect(
        run(rule, withEnv(new V1EnvVar().name("A").value("1"), new V1EnvVar().value("x"))),
        "ENV_NAME_REQUIRED",
        Severity.ERROR,
        "spec.containers[1].env[1].name");
    assertThat(run(rule, withEnv(new V1EnvVar().name("A")))).isEmpty();
  }

  @Test
  void nameFormatIsStrictBefore132() {
    EnvRule rule = EnvRule.ENV_NAME_FORMAT;
    V1PodSpec spec =
        withEnv(new V1EnvVar().name("my.var-1").value("1"), new V1EnvVar().name("1ST"));
    expect(
        run(rule, spec, "1.31"),
        "ENV_NAME_FORMAT",
        Severity.ERROR,
        "spec.containers[1].env[1].name");
    assertThat(run(rule, spec, "1.32")).isEmpty();
  }

  @Test
  void nameFormatRelaxedStillRejectsEqualsAndNonAscii() {
    EnvRule rule = EnvRule.ENV_NAME_FORMAT;
    expect(
        run(rule, withEnv(new V1EnvVar().name("A=B"), new V1EnvVar().name("caf\u00e9"))),
        "ENV_NAME_FORMAT",
        Severity.ERROR,
        "spec.containers[1].env[0].name",
        "spec.containers[1].env[1].name");
    expect(
        run(rule, withEnv(new V1EnvVar().name("..x")), "1.29"),
        "ENV_NAME_FORMAT",
        Severity.ERROR,
        "spec.containers[1].env[0].name");
    assertThat(run(rule, withEnv(new V1EnvVar().name("with space")))).isEmpty();
  }

  @Test
  void valueFromExactlyOne() {
    EnvRule rule = EnvRule.ENV_VALUEFROM_EXACTLY_ONE;
    V1EnvVarSource two =
        new V1EnvVarSource()
            .fieldRef(new V1ObjectFieldSelector().fieldPath("metadata.name"))
            .secretKeyRef(new V1SecretKeySelector().name("s").key("k"));
    expect(
        run(rule, withEnv(from("NONE", new V1EnvVarSource()), from("TWO", two))),
        "ENV_VALUEFROM_EXACTLY_ONE",
        Severity.ERROR,
        "spec.containers[1].env[0].valueFrom",
        "spec.containers[1].env[1].valueFrom");
    assertThat(run(rule, withEnv(field("POD", "metadata.name"), new V1EnvVar().name("X"))))
        .isEmpty();
  }

  @Test
  void fileKeyRefCountsOnlyFrom135() {
    EnvRule rule = EnvRule.ENV_VALUEFROM_EXACTLY_ONE;
    V1PodSpec spec =
        withEnv(
            from(
                "F",
                new V1EnvVarSource()
                    .fileKeyRef(new V1FileKeySelector().key("K").volumeName("v").path("env"))));
    expect(
        run(rule, spec, "1.34"),
        "ENV_VALUEFROM_EXACTLY_ONE",
        Severity.ERROR,
        "spec.containers[1].env[0].valueFrom");
    assertThat(run(rule, spec, "1.35")).isEmpty();
  }

  @Test
  void valueAndValueFrom() {
    EnvRule rule = EnvRule.ENV_VALUE_AND_VALUEFROM;
    V1EnvVar both = field("POD", "metadata.name").value("literal");
    expect(
        run(rule, withEnv(both)),
        "ENV_VALUE_AND_VALUEFROM",
        Severity.ERROR,
        "spec.containers[1].env[0].valueFrom");
    assertThat(run(rule, withEnv(field("POD", "metadata.name").value("")))).isEmpty();
  }

  @Test
  void fieldRef() {
    EnvRule rule = EnvRule.ENV_FIELDREF;
    V1EnvVar badVersion =
        from(
            "V",
            new V1EnvVarSource()
                .fieldRef(new V1ObjectFieldSelector().apiVersion("v2").fieldPath("metadata.name")));
    expect(
        run(
            rule,
            withEnv(
                field("A", "spec.restartPolicy"),
                field("B", ""),
                field("C", "metadata.labels['Bad Key']"),
                field("D", "spec.nodeName['x']"),
                badVersion)),
        "ENV_FIELDREF",
        Severity.ERROR,
        "spec.containers[1].env[0].valueFrom.fieldRef.fieldPath",
        "spec.containers[1].env[1].valueFrom.fieldRef.fieldPath",
        "spec.containers[1].env[2].valueFrom.fieldRef.fieldPath",
        "spec.containers[1].env[3].valueFrom.fieldRef.fieldPath",
        "spec.containers[1].env[4].valueFrom.fieldRef.fieldPath");
    assertThat(
            run(
                rule,
                withEnv(
                    field("A", "status.podIP"),
                    field("B", "metadata.labels['app.kubernetes.io/name']"),
                    field("C", "metadata.annotations['Example.com/Key']"),
                    field("D", "spec.serviceAccountName"))))
        .isEmpty();
  }

  @Test
  void resourceFieldRef() {
    EnvRule rule = EnvRule.ENV_RESOURCEFIELDREF;
    expect(
        run(rule, withEnv(resource("A", "limits.gpu", null), resource("B", "", null))),
        "ENV_RESOURCEFIELDREF",
        Severity.ERROR,
        "spec.containers[1].env[0].valueFrom.resourceFieldRef.resource",
        "spec.containers[1].env[1].valueFrom.resourceFieldRef.resource");
    assertThat(
            run(
                rule,
                withEnv(
                    resource("A", "limits.cpu", null),
                    resource("B", "requests.hugepages-2Mi", null))))
        .isEmpty();
  }

  @Test
  void resourceFieldRefDivisor() {
    EnvRule rule = EnvRule.ENV_RESOURCEFIELDREF_DIVISOR;
    expect(
        run(
            rule,
            withEnv(resource("A", "limits.cpu", "1Mi"), resource("B", "requests.memory", "3"))),
        "ENV_RESOURCEFIELDREF_DIVISOR",
        Severity.ERROR,
        "spec.containers[1].env[0].valueFrom.resourceFieldRef.divisor",
        "spec.containers[1].env[1].valueFrom.resourceFieldRef.divisor");
    assertThat(
            run(
                rule,
                withEnv(
                    resource("A", "limits.cpu", "1m"),
                    resource("B", "limits.memory", "1Mi"),
                    resource("C", "limits.ephemeral-storage", "1G"),
                    resource("D", "limits.cpu", null))))
        .isEmpty();
  }

  @Test
  void keyRefName() {
    EnvRule rule = EnvRule.ENV_KEYREF_NAME_FORMAT;
    expect(
        run(
            rule,
            withEnv(
                from(
                    "A",
                    new V1EnvVarSource().configMapKeyRef(new V1ConfigMapKeySelector().key("k"))),
                from(
                    "B",
                    new V1EnvVarSource()
                        .secretKeyRef(new V1SecretKeySelector().name("My_Secret").key("k"))))),
        "ENV_KEYREF_NAME_FORMAT",
        Severity.ERROR,
        "spec.containers[1].env[0].valueFrom.configMapKeyRef.name",
        "spec.containers[1].env[1].valueFrom.secretKeyRef.name");
    assertThat(
            run(
                rule,
                withEnv(
                    from(
                        "A",
                        new V1EnvVarSource()
                            .secretKeyRef(new V1SecretKeySelector().name("db.creds").key("k"))))))
        .isEmpty();
  }

  @Test
  void keyRefKey() {
    EnvRule rule = EnvRule.ENV_KEYREF_KEY;
    expect(
        run(
            rule,
            withEnv(
                from(
                    "A",
                    new V1EnvVarSource().configMapKeyRef(new V1ConfigMapKeySelector().name("c"))),
                from(
                    "B",
                    new V1EnvVarSource()
                        .secretKeyRef(new V1SecretKeySelector().name("s").key("a/b"))))),
        "ENV_KEYREF_KEY",
        Severity.ERROR,
        "spec.containers[1].env[0].valueFrom.configMapKeyRef.key",
        "spec.containers[1].env[1].valueFrom.secretKeyRef.key");
    assertThat(
            run(
                rule,
                withEnv(
                    from(
                        "A",
                        new V1EnvVarSource()
                            .configMapKeyRef(
                                new V1ConfigMapKeySelector().name("c").key("app.yaml"))))))
        .isEmpty();
  }

  private static V1EnvVar fileKey(String key, String volume, String path) {
    return from(
        "F",
        new V1EnvVarSource()
            .fileKeyRef(new V1FileKeySelector().key(key).volumeName(volume).path(path)));
  }

  @Test
  void fileKeyRefFieldsFrom135() {
    EnvRule rule = EnvRule.ENV_FILEKEYREF_FIELDS;
    V1PodSpec spec = withEnv(fileKey("A=B", "Vol", "../env"), fileKey(null, null, null));
    expect(
        run(rule, spec),
        "ENV_FILEKEYREF_FIELDS",
        Severity.ERROR,
        "spec.containers[1].env[0].valueFrom.fileKeyRef.key",
        "spec.containers[1].env[0].valueFrom.fileKeyRef.volumeName",
        "spec.containers[1].env[0].valueFrom.fileKeyRef.path",
        "spec.containers[1].env[1].valueFrom.fileKeyRef.key",
        "spec.containers[1].env[1].valueFrom.fileKeyRef.volumeName",
        "spec.containers[1].env[1].valueFrom.fileKeyRef.path");
    assertThat(run(rule, spec, "1.34")).isEmpty();
    assertThat(run(rule, withEnv(fileKey("CONFIG", "env-files", "app/env")))).isEmpty();
    expect(
        run(rule, withEnv(fileKey("CONFIG", "env-files", "app\\..\\env"))),
        "ENV_FILEKEYREF_FIELDS",
        Severity.ERROR,
        "spec.containers[1].env[0].valueFrom.fileKeyRef.path");
  }

  @Test
  void fileKeyRefNeedsEmptyDir() {
    EnvRule rule = EnvRule.ENV_FILEKEYREF_EMPTYDIR;
    V1PodSpec spec =
        withEnv(
                fileKey("A", "missing", "env"),
                fileKey("B", "secret", "env"),
                fileKey("C", "scratch", "env"),
                fileKey("D", "plain", "env"))
            .addVolumesItem(
                new V1Volume().name("secret").secret(new V1SecretVolumeSource().secretName("s")))
            .addVolumesItem(new V1Volume().name("scratch").emptyDir(new V1EmptyDirVolumeSource()))
            .addVolumesItem(new V1Volume().name("plain"));
    expect(
        run(rule, spec),
        "ENV_FILEKEYREF_EMPTYDIR",
        Severity.ERROR,
        "spec.containers[1].env[0].valueFrom.fileKeyRef.volumeName",
        "spec.containers[1].env[1].valueFrom.fileKeyRef.volumeName");
    assertThat(run(rule, spec, "1.34")).isEmpty();
  }

  @Test
  void envFromExactlyOneReportsTheListPath() {
    EnvRule rule = EnvRule.ENVFROM_EXACTLY_ONE;
    V1EnvFromSource both =
        new V1EnvFromSource()
            .configMapRef(new V1ConfigMapEnvSource().name("c"))
            .secretRef(new V1SecretEnvSource().name("s"));
    expect(
        run(rule, withEnvFrom(new V1EnvFromSource().prefix("P_"), both)),
        "ENVFROM_EXACTLY_ONE",
        Severity.ERROR,
        "spec.containers[0].envFrom",
        "spec.containers[0].envFrom");
    assertThat(
            run(
                rule,
                withEnvFrom(new V1EnvFromSource().secretRef(new V1SecretEnvSource().name("s")))))
        .isEmpty();
  }

  @Test
  void envFromPrefixFollowsTheVersion() {
    EnvRule rule = EnvRule.ENVFROM_PREFIX_FORMAT;
    V1PodSpec spec =
        withEnvFrom(
            new V1EnvFromSource().prefix("app-").configMapRef(new V1ConfigMapEnvSource().name("c")),
            new V1EnvFromSource().prefix("9 x").configMapRef(new V1ConfigMapEnvSource().name("c")));
    expect(
        run(rule, spec, "1.31"),
        "ENVFROM_PREFIX_FORMAT",
        Severity.ERROR,
        "spec.containers[0].envFrom[1].prefix");
    assertThat(run(rule, spec, "1.32")).isEmpty();
    expect(
        run(
            rule,
            withEnvFrom(
                new V1EnvFromSource().prefix("A=").secretRef(new V1SecretEnvSource().name("s")))),
        "ENVFROM_PREFIX_FORMAT",
        Severity.ERROR,
        "spec.containers[0].envFrom[0].prefix");
  }

  @Test
  void envFromRefName() {
    EnvRule rule = EnvRule.ENVFROM_REF_NAME;
    expect(
        run(
            rule,
            withEnvFrom(
                new V1EnvFromSource().configMapRef(new V1ConfigMapEnvSource()),
                new V1EnvFromSource().secretRef(new V1SecretEnvSource().name("Bad_Name")))),
        "ENVFROM_REF_NAME",
        Severity.ERROR,
        "spec.containers[0].envFrom[0].configMapRef.name",
        "spec.containers[0].envFrom[1].secretRef.name");
    assertThat(
            run(
                rule,
                withEnvFrom(
                    new V1EnvFromSource()
                        .configMapRef(new V1ConfigMapEnvSource().name("app-config")),
                    new V1EnvFromSource().secretRef(new V1SecretEnvSource().name("gen-")))))
        .isEmpty();
  }
}
