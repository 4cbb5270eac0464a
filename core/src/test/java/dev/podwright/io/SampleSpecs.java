package dev.podwright.io;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1CSIVolumeSource;
import io.kubernetes.client.openapi.models.V1Capabilities;
import io.kubernetes.client.openapi.models.V1ConfigMapKeySelector;
import io.kubernetes.client.openapi.models.V1ConfigMapProjection;
import io.kubernetes.client.openapi.models.V1ConfigMapVolumeSource;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1DownwardAPIVolumeFile;
import io.kubernetes.client.openapi.models.V1DownwardAPIVolumeSource;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1EphemeralVolumeSource;
import io.kubernetes.client.openapi.models.V1ExecAction;
import io.kubernetes.client.openapi.models.V1GRPCAction;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1HostPathVolumeSource;
import io.kubernetes.client.openapi.models.V1ImageVolumeSource;
import io.kubernetes.client.openapi.models.V1KeyToPath;
import io.kubernetes.client.openapi.models.V1NFSVolumeSource;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimSpec;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimTemplate;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimVolumeSource;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ProjectedVolumeSource;
import io.kubernetes.client.openapi.models.V1ResourceFieldSelector;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1SecretVolumeSource;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1ServiceAccountTokenProjection;
import io.kubernetes.client.openapi.models.V1TCPSocketAction;
import io.kubernetes.client.openapi.models.V1Toleration;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import io.kubernetes.client.openapi.models.V1VolumeProjection;
import io.kubernetes.client.openapi.models.V1VolumeResourceRequirements;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The representative specs behind the golden files. */
final class SampleSpecs {

  private SampleSpecs() {}

  /** The golden file name of each sample. */
  static Map<String, V1PodSpec> all() {
    Map<String, V1PodSpec> samples = new LinkedHashMap<>();
    samples.put("nginx-shared-emptydir", nginxWithContentSidecar());
    samples.put("native-sidecar", nativeSidecar());
    samples.put("every-volume", everyVolume());
    return samples;
  }

  /** Seed 001: nginx serving what a busybox sidecar writes into a shared emptyDir. */
  static V1PodSpec nginxWithContentSidecar() {
    return new V1PodSpec()
        .volumes(List.of(new V1Volume().name("shared-data").emptyDir(new V1EmptyDirVolumeSource())))
        .containers(
            List.of(
                new V1Container()
                    .name("nginx")
                    .image("docker.io/library/nginx:1.24.0")
                    .imagePullPolicy("IfNotPresent")
                    .ports(List.of(new V1ContainerPort().containerPort(80)))
                    .volumeMounts(
                        List.of(
                            new V1VolumeMount()
                                .name("shared-data")
                                .mountPath("/usr/share/nginx/html"))),
                new V1Container()
                    .name("content")
                    .image("docker.io/library/busybox:1.36.0")
                    .imagePullPolicy("IfNotPresent")
                    .command(List.of("/bin/sh"))
                    .args(
                        List.of(
                            "-c",
                            "echo 'Hello from the sidecar container!' > /nginx-data/index.html"
                                + " && sleep 3600"))
                    .volumeMounts(
                        List.of(
                            new V1VolumeMount().name("shared-data").mountPath("/nginx-data")))));
  }

  /** A log shipper as a native sidecar (init container with restartPolicy Always). */
  static V1PodSpec nativeSidecar() {
    return new V1PodSpec()
        .restartPolicy("Always")
        .initContainers(
            List.of(
                new V1Container()
                    .name("log-shipper")
                    .image("fluent/fluent-bit:3.1")
                    .restartPolicy("Always")
                    .resources(
                        new V1ResourceRequirements()
                            .requests(
                                Map.of(
                                    "memory", Quantity.fromString("32Mi"),
                                    "cpu", Quantity.fromString("0.05"))))
                    .volumeMounts(
                        List.of(
                            new V1VolumeMount()
                                .name("logs")
                                .mountPath("/var/log/app")
                                .readOnly(true)))
                    .startupProbe(
                        new V1Probe()
                            .exec(new V1ExecAction().command(List.of("test", "-f", "/tmp/ready")))
                            .periodSeconds(1)
                            .failureThreshold(30))))
        .containers(
            List.of(
                new V1Container()
                    .name("app")
                    .image("registry.example.com/app:2.0")
                    .env(
                        List.of(
                            new V1EnvVar().name("LOG_DIR").value("/var/log/app"),
                            new V1EnvVar().name("PORT").value("8080"),
                            new V1EnvVar().name("DEBUG").value("true"),
                            new V1EnvVar().name("EMPTY").value("")))
                    .ports(
                        List.of(
                            new V1ContainerPort().name("http").containerPort(8080).protocol("TCP")))
                    .volumeMounts(
                        List.of(new V1VolumeMount().name("logs").mountPath("/var/log/app")))))
        .volumes(List.of(new V1Volume().name("logs").emptyDir(new V1EmptyDirVolumeSource())));
  }

  /** One container and every common volume type, quantities, probes and security settings. */
  static V1PodSpec everyVolume() {
    Map<String, String> nodeSelector = new LinkedHashMap<>();
    nodeSelector.put("topology.kubernetes.io/zone", "eu-west-1a");
    nodeSelector.put("kubernetes.io/os", "linux");
    return new V1PodSpec()
        .serviceAccountName("worker")
        .nodeSelector(nodeSelector)
        .terminationGracePeriodSeconds(45L)
        .securityContext(new V1PodSecurityContext().runAsNonRoot(true).fsGroup(2000L))
        .tolerations(
            List.of(
                new V1Toleration()
                    .key("dedicated")
                    .operator("Equal")
                    .value("batch")
                    .effect("NoSchedule")))
        .containers(
            List.of(
                new V1Container()
                    .name("worker")
                    .image("registry.example.com/worker@sha256:" + "a".repeat(64))
                    .command(List.of("/bin/sh", "-c"))
                    .args(List.of("set -e\nprepare\nexec worker --port 9090\n"))
                    .ports(
                        List.of(
                            new V1ContainerPort().name("grpc").containerPort(9090),
                            new V1ContainerPort().name("metrics").containerPort(9100)))
                    .env(
                        List.of(
                            new V1EnvVar()
                                .name("POD_NAME")
                                .valueFrom(
                                    new V1EnvVarSource()
                                        .fieldRef(
                                            new V1ObjectFieldSelector()
                                                .fieldPath("metadata.name"))),
                            new V1EnvVar()
                                .name("MEMORY_LIMIT_MI")
                                .valueFrom(
                                    new V1EnvVarSource()
                                        .resourceFieldRef(
                                            new V1ResourceFieldSelector()
                                                .resource("limits.memory")
                                                .divisor(Quantity.fromString("1Mi")))),
                            new V1EnvVar()
                                .name("MODE")
                                .valueFrom(
                                    new V1EnvVarSource()
                                        .configMapKeyRef(
                                            new V1ConfigMapKeySelector()
                                                .name("worker-config")
                                                .key("mode")
                                                .optional(true)))))
                    .resources(
                        new V1ResourceRequirements()
                            .requests(
                                Map.of(
                                    "cpu", Quantity.fromString("250m"),
                                    "memory", Quantity.fromString("1.5Gi"),
                                    "ephemeral-storage", Quantity.fromString("2G")))
                            .limits(
                                Map.of(
                                    "cpu", Quantity.fromString("1"),
                                    "memory", Quantity.fromString("2Gi"))))
                    .livenessProbe(
                        new V1Probe()
                            .httpGet(
                                new V1HTTPGetAction()
                                    .path("/healthz")
                                    .port(new IntOrString("metrics")))
                            .initialDelaySeconds(10))
                    .readinessProbe(
                        new V1Probe()
                            .tcpSocket(new V1TCPSocketAction().port(new IntOrString(9090))))
                    .startupProbe(
                        new V1Probe().grpc(new V1GRPCAction().port(9090)).failureThreshold(30))
                    .securityContext(
                        new V1SecurityContext()
                            .allowPrivilegeEscalation(false)
                            .readOnlyRootFilesystem(true)
                            .capabilities(new V1Capabilities().drop(List.of("ALL"))))
                    .volumeMounts(
                        List.of(
                            new V1VolumeMount().name("scratch").mountPath("/scratch"),
                            new V1VolumeMount().name("config").mountPath("/etc/worker"),
                            new V1VolumeMount()
                                .name("token")
                                .mountPath("/var/run/secrets/tokens")
                                .readOnly(true)))))
        .volumes(
            List.of(
                new V1Volume()
                    .name("scratch")
                    .emptyDir(
                        new V1EmptyDirVolumeSource()
                            .medium("Memory")
                            .sizeLimit(Quantity.fromString("1.5Gi"))),
                new V1Volume()
                    .name("host-logs")
                    .hostPath(new V1HostPathVolumeSource().path("/var/log").type("Directory")),
                new V1Volume()
                    .name("config")
                    .configMap(
                        new V1ConfigMapVolumeSource()
                            .name("worker-config")
                            .defaultMode(0644)
                            .items(
                                List.of(new V1KeyToPath().key("worker.yaml").path("worker.yaml")))),
                new V1Volume()
                    .name("credentials")
                    .secret(new V1SecretVolumeSource().secretName("worker-credentials")),
                new V1Volume()
                    .name("data")
                    .persistentVolumeClaim(
                        new V1PersistentVolumeClaimVolumeSource().claimName("worker-data")),
                new V1Volume()
                    .name("token")
                    .projected(
                        new V1ProjectedVolumeSource()
                            .sources(
                                List.of(
                                    new V1VolumeProjection()
                                        .serviceAccountToken(
                                            new V1ServiceAccountTokenProjection()
                                                .audience("vault")
                                                .expirationSeconds(3600L)
                                                .path("token")),
                                    new V1VolumeProjection()
                                        .configMap(
                                            new V1ConfigMapProjection()
                                                .name("kube-root-ca.crt"))))),
                new V1Volume()
                    .name("podinfo")
                    .downwardAPI(
                        new V1DownwardAPIVolumeSource()
                            .items(
                                List.of(
                                    new V1DownwardAPIVolumeFile()
                                        .path("labels")
                                        .fieldRef(
                                            new V1ObjectFieldSelector()
                                                .fieldPath("metadata.labels"))))),
                new V1Volume()
                    .name("secrets-store")
                    .csi(
                        new V1CSIVolumeSource()
                            .driver("secrets-store.csi.k8s.io")
                            .readOnly(true)
                            .volumeAttributes(Map.of("secretProviderClass", "vault-db"))),
                new V1Volume()
                    .name("cache")
                    .ephemeral(
                        new V1EphemeralVolumeSource()
                            .volumeClaimTemplate(
                                new V1PersistentVolumeClaimTemplate()
                                    .metadata(new V1ObjectMeta().labels(Map.of("app", "worker")))
                                    .spec(
                                        new V1PersistentVolumeClaimSpec()
                                            .accessModes(List.of("ReadWriteOnce"))
                                            .storageClassName("fast")
                                            .resources(
                                                new V1VolumeResourceRequirements()
                                                    .requests(
                                                        Map.of(
                                                            "storage",
                                                            Quantity.fromString("10Gi"))))))),
                new V1Volume()
                    .name("shared")
                    .nfs(new V1NFSVolumeSource().server("nfs.example.com").path("/exports/shared")),
                new V1Volume()
                    .name("models")
                    .image(
                        new V1ImageVolumeSource()
                            .reference("registry.example.com/models:v3")
                            .pullPolicy("IfNotPresent"))));
  }
}
