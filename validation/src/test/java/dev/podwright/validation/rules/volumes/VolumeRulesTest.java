package dev.podwright.validation.rules.volumes;

import static dev.podwright.validation.rules.RuleHarness.assertClean;
import static dev.podwright.validation.rules.RuleHarness.assertReports;
import static dev.podwright.validation.rules.RuleHarness.run;
import static dev.podwright.validation.rules.RuleHarness.withVolumes;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1CSIVolumeSource;
import io.kubernetes.client.openapi.models.V1ConfigMapProjection;
import io.kubernetes.client.openapi.models.V1ConfigMapVolumeSource;
import io.kubernetes.client.openapi.models.V1DownwardAPIProjection;
import io.kubernetes.client.openapi.models.V1DownwardAPIVolumeFile;
import io.kubernetes.client.openapi.models.V1DownwardAPIVolumeSource;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EphemeralVolumeSource;
import io.kubernetes.client.openapi.models.V1HostPathVolumeSource;
import io.kubernetes.client.openapi.models.V1KeyToPath;
import io.kubernetes.client.openapi.models.V1LocalObjectReference;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimSpec;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimTemplate;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimVolumeSource;
import io.kubernetes.client.openapi.models.V1ProjectedVolumeSource;
import io.kubernetes.client.openapi.models.V1ResourceFieldSelector;
import io.kubernetes.client.openapi.models.V1SecretProjection;
import io.kubernetes.client.openapi.models.V1SecretVolumeSource;
import io.kubernetes.client.openapi.models.V1ServiceAccountTokenProjection;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeProjection;
import io.kubernetes.client.openapi.models.V1VolumeResourceRequirements;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VolumeRulesTest {

  private static V1Volume volume(String name) {
    return new V1Volume().name(name);
  }

  private static V1KeyToPath item(String key, String path) {
    return new V1KeyToPath().key(key).path(path);
  }

  private static V1Volume projected(String name, V1VolumeProjection... sources) {
    return volume(name)
        .projected(new V1ProjectedVolumeSource().sources(new ArrayList<>(Arrays.asList(sources))));
  }

  private static V1DownwardAPIVolumeFile labelsFile(String path) {
    return new V1DownwardAPIVolumeFile()
        .path(path)
        .fieldRef(new V1ObjectFieldSelector().fieldPath("metadata.labels"));
  }

  private static V1Volume downward(String name, V1DownwardAPIVolumeFile... files) {
    return volume(name)
        .downwardAPI(new V1DownwardAPIVolumeSource().items(new ArrayList<>(Arrays.asList(files))));
  }

  private static V1Volume ephemeral(String name, V1PersistentVolumeClaimTemplate template) {
    return volume(name).ephemeral(new V1EphemeralVolumeSource().volumeClaimTemplate(template));
  }

  private static V1PersistentVolumeClaimSpec claimSpec() {
    return new V1PersistentVolumeClaimSpec()
        .accessModes(new ArrayList<>(List.of("ReadWriteOnce")))
        .resources(
            new V1VolumeResourceRequirements()
                .requests(Map.of("storage", Quantity.fromString("1Gi"))));
  }

  @Test
  void volumeExactlyOneSource() {
    VolumeRule rule = VolumeRule.VOLUME_EXACTLY_ONE_SOURCE;
    assertReports(
        rule,
        withVolumes(
            volume("both")
                .configMap(new V1ConfigMapVolumeSource().name("cfg"))
                .emptyDir(new V1EmptyDirVolumeSource())
                .secret(new V1SecretVolumeSource().secretName("s"))),
        "spec.volumes[0].secret",
        "spec.volumes[0].configMap");
    // no source is defaulted to emptyDir: not an error
    assertClean(
        rule,
        withVolumes(
            volume("none"), volume("cfg").configMap(new V1ConfigMapVolumeSource().name("c"))));
  }

  @Test
  void emptyDirSizeLimitNegative() {
    VolumeRule rule = VolumeRule.EMPTYDIR_SIZELIMIT_NEGATIVE;
    assertReports(
        rule,
        withVolumes(
            volume("a")
                .emptyDir(new V1EmptyDirVolumeSource().sizeLimit(Quantity.fromString("-1Gi")))),
        "spec.volumes[0].emptyDir.sizeLimit");
    assertClean(
        rule,
        withVolumes(
            volume("a")
                .emptyDir(new V1EmptyDirVolumeSource().sizeLimit(Quantity.fromString("1Gi"))),
            volume("b").emptyDir(new V1EmptyDirVolumeSource().medium("Memory")),
            volume("c")
                .emptyDir(new V1EmptyDirVolumeSource().sizeLimit(Quantity.fromString("0")))));
  }

  @Test
  void configMapVolumeNameRequired() {
    VolumeRule rule = VolumeRule.CONFIGMAP_VOL_NAME_REQUIRED;
    assertReports(
        rule,
        withVolumes(volume("cfg").configMap(new V1ConfigMapVolumeSource())),
        "spec.volumes[0].configMap.name");
    assertClean(
        rule, withVolumes(volume("cfg").configMap(new V1ConfigMapVolumeSource().name("Any_Name"))));
  }

  @Test
  void secretVolumeNameRequired() {
    VolumeRule rule = VolumeRule.SECRET_VOL_NAME_REQUIRED;
    assertReports(
        rule,
        withVolumes(volume("s").secret(new V1SecretVolumeSource().secretName(""))),
        "spec.volumes[0].secret.secretName");
    assertClean(
        rule, withVolumes(volume("s").secret(new V1SecretVolumeSource().secretName("tls"))));
  }

  @Test
  void volumeFileModeRange() {
    VolumeRule rule = VolumeRule.VOLUME_FILE_MODE_RANGE;
    assertReports(
        rule,
        withVolumes(
            volume("s").secret(new V1SecretVolumeSource().secretName("s").defaultMode(644)),
            volume("c")
                .configMap(
                    new V1ConfigMapVolumeSource()
                        .name("c")
                        .items(new ArrayList<>(List.of(item("k", "p").mode(-1))))),
            downward("d", labelsFile("labels").mode(01000)),
            volume("p")
                .projected(
                    new V1ProjectedVolumeSource()
                        .defaultMode(1000)
                        .sources(
                            new ArrayList<>(
                                List.of(
                                    new V1VolumeProjection()
                                        .secret(
                                            new V1SecretProjection()
                                                .name("s")
                                                .items(
                                                    new ArrayList<>(
                                                        List.of(item("k", "q").mode(512)))))))))),
        "spec.volumes[0].secret.defaultMode",
        "spec.volumes[1].configMap.items[0].mode",
        "spec.volumes[2].downwardAPI.mode",
        "spec.volumes[3].projected.defaultMode",
        "spec.volumes[3].projected.sources[0].secret.items[0].mode");
    assertThat(
            run(
                    rule,
                    withVolumes(
                        volume("s")
                            .secret(new V1SecretVolumeSource().secretName("s").defaultMode(644))))
                .get(0)
                .message())
        .contains("01204");
    assertClean(
        rule,
        withVolumes(
            volume("s").secret(new V1SecretVolumeSource().secretName("s").defaultMode(0644)),
            volume("c")
                .configMap(
                    new V1ConfigMapVolumeSource()
                        .name("c")
                        .defaultMode(0)
                        .items(new ArrayList<>(List.of(item("k", "p").mode(0777)))))));
  }

  @Test
  void keyToPathKeyPathRequired() {
    VolumeRule rule = VolumeRule.KEYTOPATH_KEY_PATH_REQUIRED;
    assertReports(
        rule,
        withVolumes(
            volume("c")
                .configMap(
                    new V1ConfigMapVolumeSource()
                        .name("c")
                        .items(
                            new ArrayList<>(Arrays.asList(item("", "p"), null, item("k", null))))),
            downward("d", labelsFile("ok"), labelsFile("")),
            projected(
                "p",
                new V1VolumeProjection()
                    .configMap(
                        new V1ConfigMapProjection()
                            .name("c")
                            .items(new ArrayList<>(List.of(item(null, "x"))))))),
        "spec.volumes[0].configMap.items[0].key",
        "spec.volumes[0].configMap.items[2].path",
        "spec.volumes[1].downwardAPI.path",
        "spec.volumes[2].projected.sources[0].configMap.items[0].key");
    assertClean(
        rule,
        withVolumes(
            volume("c")
                .secret(
                    new V1SecretVolumeSource()
                        .secretName("s")
                        .items(new ArrayList<>(List.of(item("tls.crt", "cert.pem")))))));
  }

  @Test
  void keyToPathPathLocal() {
    VolumeRule rule = VolumeRule.KEYTOPATH_PATH_LOCAL;
    assertReports(
        rule,
        withVolumes(
            volume("c")
                .configMap(
                    new V1ConfigMapVolumeSource()
                        .name("c")
                        .items(
                            new ArrayList<>(
                                List.of(
                                    item("a", "/etc/a"),
                                    item("b", "x/../../b"),
                                    item("c", "..c"))))),
            downward("d", labelsFile("../labels"))),
        "spec.volumes[0].configMap.items[0].path",
        "spec.volumes[0].configMap.items[1].path",
        "spec.volumes[0].configMap.items[2].path",
        "spec.volumes[1].downwardAPI.path");
    assertClean(
        rule,
        withVolumes(
            volume("c")
                .configMap(
                    new V1ConfigMapVolumeSource()
                        .name("c")
                        .items(
                            new ArrayList<>(
                                List.of(item("a", "conf/a.yaml"), item("b", "b..c")))))));
  }

  @Test
  void pvcClaimNameRequired() {
    VolumeRule rule = VolumeRule.PVC_CLAIMNAME_REQUIRED;
    assertReports(
        rule,
        withVolumes(volume("d").persistentVolumeClaim(new V1PersistentVolumeClaimVolumeSource())),
        "spec.volumes[0].persistentVolumeClaim.claimName");
    assertClean(
        rule,
        withVolumes(
            volume("d")
                .persistentVolumeClaim(
                    new V1PersistentVolumeClaimVolumeSource().claimName("data"))));
  }

  @Test
  void hostPathRules() {
    VolumeRule required = VolumeRule.HOSTPATH_PATH_REQUIRED;
    VolumeRule backsteps = VolumeRule.HOSTPATH_PATH_NO_BACKSTEPS;
    VolumeRule type = VolumeRule.HOSTPATH_TYPE_ENUM;
    assertReports(
        required,
        withVolumes(volume("h").hostPath(new V1HostPathVolumeSource().path(""))),
        "spec.volumes[0].hostPath.path");
    assertClean(
        required, withVolumes(volume("h").hostPath(new V1HostPathVolumeSource().path("/var/log"))));
    assertReports(
        backsteps,
        withVolumes(volume("h").hostPath(new V1HostPathVolumeSource().path("/var/lib/../log"))),
        "spec.volumes[0].hostPath.path");
    assertClean(
        backsteps,
        withVolumes(volume("h").hostPath(new V1HostPathVolumeSource().path("relative/..data"))));
    assertReports(
        type,
        withVolumes(
            volume("h").hostPath(new V1HostPathVolumeSource().path("/x").type("directory"))),
        "spec.volumes[0].hostPath.type");
    assertClean(
        type,
        withVolumes(
            volume("a").hostPath(new V1HostPathVolumeSource().path("/x").type("")),
            volume("b").hostPath(new V1HostPathVolumeSource().path("/x").type("DirectoryOrCreate")),
            volume("c").hostPath(new V1HostPathVolumeSource().path("/x").type("Socket")),
            volume("d").hostPath(new V1HostPathVolumeSource().path("/x"))));
  }

  @Test
  void projectedOneKindPerSource() {
    VolumeRule rule = VolumeRule.PROJECTED_ONE_KIND_PER_SOURCE;
    assertReports(
        rule,
        withVolumes(
            projected(
                "p",
                new V1VolumeProjection().secret(new V1SecretProjection().name("s")),
                new V1VolumeProjection()
                    .configMap(new V1ConfigMapProjection().name("c"))
                    .serviceAccountToken(new V1ServiceAccountTokenProjection().path("token")))),
        "spec.volumes[0].projected.sources[1]");
    assertClean(
        rule,
        withVolumes(
            projected(
                "p",
                new V1VolumeProjection().secret(new V1SecretProjection().name("s")),
                new V1VolumeProjection(),
                null)));
  }

  @Test
  void projectedDuplicatePath() {
    VolumeRule rule = VolumeRule.PROJECTED_DUPLICATE_PATH;
    assertReports(
        rule,
        withVolumes(
            projected(
                "p",
                new V1VolumeProjection()
                    .secret(
                        new V1SecretProjection()
                            .name("s")
                            .items(new ArrayList<>(List.of(item("a", "conf"))))),
                new V1VolumeProjection()
                    .configMap(
                        new V1ConfigMapProjection()
                            .name("c")
                            .items(new ArrayList<>(List.of(item("b", "conf"))))),
                new V1VolumeProjection()
                    .downwardAPI(
                        new V1DownwardAPIProjection()
                            .items(new ArrayList<>(List.of(labelsFile("conf"))))))),
        "spec.volumes[0].projected",
        "spec.volumes[0].projected");
    // prefix overlaps are only a warning
    assertClean(
        rule,
        withVolumes(
            projected(
                "p",
                new V1VolumeProjection()
                    .secret(
                        new V1SecretProjection()
                            .name("s")
                            .items(new ArrayList<>(List.of(item("a", "conf"))))),
                new V1VolumeProjection()
                    .configMap(
                        new V1ConfigMapProjection()
                            .name("c")
                            .items(new ArrayList<>(List.of(item("b", "conf/b")))))),
            volume("c")
                .configMap(
                    new V1ConfigMapVolumeSource()
                        .name("c")
                        .items(new ArrayList<>(List.of(item("a", "x"), item("b", "x")))))));
  }

  @Test
  void projectedSourceNameRequired() {
    VolumeRule rule = VolumeRule.PROJECTED_SOURCE_NAME_REQUIRED;
    assertReports(
        rule,
        withVolumes(
            projected(
                "p",
                new V1VolumeProjection().secret(new V1SecretProjection()),
                new V1VolumeProjection().configMap(new V1ConfigMapProjection().name("")))),
        "spec.volumes[0].projected.sources[0].secret.name",
        "spec.volumes[0].projected.sources[1].configMap.name");
    assertClean(
        rule,
        withVolumes(
            projected("p", new V1VolumeProjection().secret(new V1SecretProjection().name("s")))));
  }

  @Test
  void projectedServiceAccountToken() {
    VolumeRule rule = VolumeRule.PROJECTED_SA_TOKEN;
    assertReports(
        rule,
        withVolumes(
            projected(
                "p",
                new V1VolumeProjection()
                    .serviceAccountToken(
                        new V1ServiceAccountTokenProjection()
                            .path("token")
                            .expirationSeconds(300L)),
                new V1VolumeProjection()
                    .serviceAccountToken(
                        new V1ServiceAccountTokenProjection()
                            .path("/abs")
                            .expirationSeconds((1L << 32) + 1)),
                new V1VolumeProjection()
                    .serviceAccountToken(new V1ServiceAccountTokenProjection()))),
        "spec.volumes[0].projected.sources[0].serviceAccountToken.expirationSeconds",
        "spec.volumes[0].projected.sources[1].serviceAccountToken.expirationSeconds",
        "spec.volumes[0].projected.path",
        "spec.volumes[0].projected.path");
    assertClean(
        rule,
        withVolumes(
            projected(
                "p",
                new V1VolumeProjection()
                    .serviceAccountToken(new V1ServiceAccountTokenProjection().path("token")),
                new V1VolumeProjection()
                    .serviceAccountToken(
                        new V1ServiceAccountTokenProjection()
                            .path("t2")
                            .expirationSeconds(600L)))));
  }

  @Test
  void downwardApiVolumeItemSource() {
    VolumeRule rule = VolumeRule.DOWNWARDAPI_VOL_ITEM_SOURCE;
    assertReports(
        rule,
        withVolumes(
            downward(
                "d",
                new V1DownwardAPIVolumeFile().path("none"),
                labelsFile("both")
                    .resourceFieldRef(
                        new V1ResourceFieldSelector().containerName("app").resource("limits.cpu"))),
            projected(
                "p",
                new V1VolumeProjection()
                    .downwardAPI(
                        new V1DownwardAPIProjection()
                            .items(
                                new ArrayList<>(
                                    List.of(new V1DownwardAPIVolumeFile().path("x"))))))),
        "spec.volumes[0].downwardAPI",
        "spec.volumes[0].downwardAPI",
        "spec.volumes[1].projected.sources[0].downwardAPI");
    assertClean(rule, withVolumes(downward("d", labelsFile("labels"))));
  }

  @Test
  void downwardApiVolumeFieldPaths() {
    VolumeRule rule = VolumeRule.DOWNWARDAPI_VOL_FIELDPATHS;
    assertReports(
        rule,
        withVolumes(
            downward(
                "d",
                new V1DownwardAPIVolumeFile()
                    .path("a")
                    .fieldRef(new V1ObjectFieldSelector().fieldPath("spec.nodeName")),
                new V1DownwardAPIVolumeFile().path("b").fieldRef(new V1ObjectFieldSelector()),
                new V1DownwardAPIVolumeFile()
                    .path("c")
                    .fieldRef(
                        new V1ObjectFieldSelector().apiVersion("v2").fieldPath("metadata.name")))),
        "spec.volumes[0].downwardAPI.fieldRef.fieldPath",
        "spec.volumes[0].downwardAPI.fieldRef.fieldPath",
        "spec.volumes[0].downwardAPI.fieldRef.fieldPath");
    assertClean(
        rule,
        withVolumes(
            downward(
                "d",
                labelsFile("labels"),
                new V1DownwardAPIVolumeFile()
                    .path("n")
                    .fieldRef(
                        new V1ObjectFieldSelector()
                            .apiVersion("v1")
                            .fieldPath("metadata.namespace")),
                new V1DownwardAPIVolumeFile()
                    .path("l")
                    .fieldRef(
                        new V1ObjectFieldSelector()
                            .fieldPath("metadata.labels['app.kubernetes.io/name']")),
                new V1DownwardAPIVolumeFile()
                    .path("u")
                    .fieldRef(new V1ObjectFieldSelector().fieldPath("metadata.uid")))));
  }

  @Test
  void downwardApiVolumeResourceFieldRef() {
    VolumeRule rule = VolumeRule.DOWNWARDAPI_VOL_RESOURCEFIELDREF;
    assertReports(
        rule,
        withVolumes(
            downward(
                "d",
                new V1DownwardAPIVolumeFile()
                    .path("a")
                    .resourceFieldRef(new V1ResourceFieldSelector().resource("limits.cpu")),
                new V1DownwardAPIVolumeFile()
                    .path("b")
                    .resourceFieldRef(new V1ResourceFieldSelector().containerName("app")),
                new V1DownwardAPIVolumeFile()
                    .path("c")
                    .resourceFieldRef(
                        new V1ResourceFieldSelector()
                            .containerName("app")
                            .resource("limits.gpu")))),
        "spec.volumes[0].downwardAPI.resourceFieldRef.containerName",
        "spec.volumes[0].downwardAPI.resourceFieldRef.resource",
        "spec.volumes[0].downwardAPI.resourceFieldRef.resource");
    assertClean(
        rule,
        withVolumes(
            downward(
                "d",
                new V1DownwardAPIVolumeFile()
                    .path("a")
                    .resourceFieldRef(
                        new V1ResourceFieldSelector()
                            .containerName("app")
                            .resource("requests.memory")),
                new V1DownwardAPIVolumeFile()
                    .path("b")
                    .resourceFieldRef(
                        new V1ResourceFieldSelector()
                            .containerName("app")
                            .resource("limits.hugepages-2Mi")))));
  }

  @Test
  void csiDriverName() {
    VolumeRule rule = VolumeRule.CSI_DRIVER_NAME;
    assertReports(
        rule,
        withVolumes(
            volume("a").csi(new V1CSIVolumeSource()),
            volume("b").csi(new V1CSIVolumeSource().driver("bad_driver")),
            volume("c").csi(new V1CSIVolumeSource().driver("d".repeat(64)))),
        "spec.volumes[0].csi.driver",
        "spec.volumes[1].csi.driver",
        "spec.volumes[2].csi.driver");
    assertClean(
        rule,
        withVolumes(volume("a").csi(new V1CSIVolumeSource().driver("Secrets-Store.csi.k8s.io"))));
  }

  @Test
  void csiNodePublishSecret() {
    VolumeRule rule = VolumeRule.CSI_NODE_PUBLISH_SECRET;
    assertReports(
        rule,
        withVolumes(
            volume("a")
                .csi(
                    new V1CSIVolumeSource()
                        .driver("x.io")
                        .nodePublishSecretRef(new V1LocalObjectReference())),
            volume("b")
                .csi(
                    new V1CSIVolumeSource()
                        .driver("x.io")
                        .nodePublishSecretRef(new V1LocalObjectReference().name("Bad")))),
        "spec.volumes[0].csi.nodePublishSecretRef.name",
        "spec.volumes[1].csi.nodePublishSecretRef.name");
    assertClean(
        rule,
        withVolumes(
            volume("a")
                .csi(
                    new V1CSIVolumeSource()
                        .driver("x.io")
                        .nodePublishSecretRef(new V1LocalObjectReference().name("creds"))),
            volume("b").csi(new V1CSIVolumeSource().driver("x.io"))));
  }

  @Test
  void ephemeralVolumeClaimTemplateRequired() {
    VolumeRule rule = VolumeRule.EPHEMERAL_VCT_REQUIRED;
    assertReports(
        rule,
        withVolumes(volume("e").ephemeral(new V1EphemeralVolumeSource())),
        "spec.volumes[0].ephemeral.volumeClaimTemplate");
    assertClean(
        rule, withVolumes(ephemeral("e", new V1PersistentVolumeClaimTemplate().spec(claimSpec()))));
  }

  @Test
  void ephemeralVolumeClaimTemplateMetadata() {
    VolumeRule rule = VolumeRule.EPHEMERAL_VCT_METADATA;
    assertReports(
        rule,
        withVolumes(
            ephemeral(
                "e",
                new V1PersistentVolumeClaimTemplate()
                    .metadata(
                        new V1ObjectMeta().name("claim").namespace("ns").labels(Map.of("a", "b")))
                    .spec(claimSpec()))),
        "spec.volumes[0].ephemeral.volumeClaimTemplate.metadata.name",
        "spec.volumes[0].ephemeral.volumeClaimTemplate.metadata.namespace");
    assertClean(
        rule,
        withVolumes(
            ephemeral(
                "e",
                new V1PersistentVolumeClaimTemplate()
                    .metadata(
                        new V1ObjectMeta().labels(Map.of("a", "b")).annotations(Map.of("c", "d")))
                    .spec(claimSpec()))));
  }

  @Test
  void ephemeralVolumeClaimTemplateSpec() {
    VolumeRule rule = VolumeRule.EPHEMERAL_VCT_SPEC;
    assertReports(
        rule,
        withVolumes(
            ephemeral("a", new V1PersistentVolumeClaimTemplate()),
            ephemeral(
                "b",
                new V1PersistentVolumeClaimTemplate()
                    .spec(
                        new V1PersistentVolumeClaimSpec()
                            .accessModes(
                                new ArrayList<>(List.of("ReadWriteOncePod", "ReadWriteonce")))
                            .resources(
                                new V1VolumeResourceRequirements()
                                    .requests(Map.of("storage", Quantity.fromString("0"))))
                            .volumeMode("block")
                            .storageClassName("Fast_SSD")))),
        "spec.volumes[0].ephemeral.volumeClaimTemplate.spec.accessModes",
        "spec.volumes[0].ephemeral.volumeClaimTemplate.spec.resources[storage]",
        "spec.volumes[1].ephemeral.volumeClaimTemplate.spec.accessModes",
        "spec.volumes[1].ephemeral.volumeClaimTemplate.spec.accessModes",
        "spec.volumes[1].ephemeral.volumeClaimTemplate.spec.resources[storage]",
        "spec.volumes[1].ephemeral.volumeClaimTemplate.spec.volumeMode",
        "spec.volumes[1].ephemeral.volumeClaimTemplate.spec.storageClassName");
    assertClean(
        rule,
        withVolumes(
            ephemeral(
                "e",
                new V1PersistentVolumeClaimTemplate()
                    .spec(claimSpec().storageClassName("fast-ssd").volumeMode("Filesystem")))));
  }
}
