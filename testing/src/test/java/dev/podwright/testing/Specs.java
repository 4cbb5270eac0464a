package dev.podwright.testing;

import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ConfigMapKeySelector;
import io.kubernetes.client.openapi.models.V1ConfigMapVolumeSource;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimVolumeSource;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1SecretKeySelector;
import io.kubernetes.client.openapi.models.V1SecretVolumeSource;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;

/** The pod spec the tests look at, built fresh each time. */
final class Specs {

  private Specs() {}

  /**
   * Init containers: {@code migrate} (plain), {@code log-shipper} (native sidecar). Containers:
   * {@code main}, {@code proxy} (classic sidecar).
   */
  static V1PodSpec platformPod() {
    return new V1PodSpec()
        .addInitContainersItem(
            new V1Container()
                .name("migrate")
                .image("migrate:1.0")
                .addVolumeMountsItem(new V1VolumeMount().name("config").mountPath("/config")))
        .addInitContainersItem(
            new V1Container()
                .name("log-shipper")
                .image("fluent-bit:3.1")
                .restartPolicy("Always")
                .addVolumeMountsItem(
                    new V1VolumeMount().name("shared-logs").mountPath("/logs").readOnly(true)))
        .addContainersItem(
            new V1Container()
                .name("main")
                .image("registry.example.com/app:2.4.1")
                .addPortsItem(new V1ContainerPort().name("http").containerPort(8080))
                .addEnvItem(new V1EnvVar().name("LOG_LEVEL").value("debug"))
                .addEnvItem(
                    new V1EnvVar()
                        .name("TOKEN")
                        .valueFrom(
                            new V1EnvVarSource()
                                .secretKeyRef(
                                    new V1SecretKeySelector().name("creds").key("token"))))
                .addEnvItem(
                    new V1EnvVar()
                        .name("MODE")
                        .valueFrom(
                            new V1EnvVarSource()
                                .configMapKeyRef(
                                    new V1ConfigMapKeySelector().name("app-config").key("mode"))))
                .addEnvItem(
                    new V1EnvVar()
                        .name("POD_NAME")
                        .valueFrom(
                            new V1EnvVarSource()
                                .fieldRef(new V1ObjectFieldSelector().fieldPath("metadata.name"))))
                .addEnvItem(new V1EnvVar().name("URL").value("http://$(POD_NAME):8080"))
                .resources(
                    new V1ResourceRequirements()
                        .putRequestsItem("cpu", Quantity.fromString("250m"))
                        .putRequestsItem("memory", Quantity.fromString("128Mi"))
                        .putLimitsItem("cpu", Quantity.fromString("1"))
                        .putLimitsItem("memory", Quantity.fromString("256Mi")))
                .addVolumeMountsItem(
                    new V1VolumeMount().name("shared-logs").mountPath("/var/log").readOnly(true))
                .addVolumeMountsItem(new V1VolumeMount().name("config").mountPath("/etc/app"))
                .addVolumeMountsItem(
                    new V1VolumeMount()
                        .name("config")
                        .mountPath("/etc/app-extra/settings.yaml")
                        .subPath("settings.yaml")))
        .addContainersItem(
            new V1Container()
                .name("proxy")
                .image("envoy:1.31")
                .addVolumeMountsItem(new V1VolumeMount().name("shared-logs").mountPath("/logs")))
        .addVolumesItem(
            new V1Volume()
                .name("shared-logs")
                .emptyDir(
                    new V1EmptyDirVolumeSource()
                        .medium("Memory")
                        .sizeLimit(Quantity.fromString("64Mi"))))
        .addVolumesItem(
            new V1Volume()
                .name("config")
                .configMap(new V1ConfigMapVolumeSource().name("app-config")))
        .addVolumesItem(
            new V1Volume().name("creds").secret(new V1SecretVolumeSource().secretName("creds")))
        .addVolumesItem(
            new V1Volume()
                .name("data")
                .persistentVolumeClaim(
                    new V1PersistentVolumeClaimVolumeSource().claimName("data-0")))
        .addVolumesItem(new V1Volume().name("scratch"));
  }
}
