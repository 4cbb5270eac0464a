package dev.podwright.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.CoreV1ResourceClaim;
import io.kubernetes.client.openapi.models.V1Affinity;
import io.kubernetes.client.openapi.models.V1CSIVolumeSource;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1ContainerResizePolicy;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1EphemeralContainer;
import io.kubernetes.client.openapi.models.V1FileKeySelector;
import io.kubernetes.client.openapi.models.V1HostAlias;
import io.kubernetes.client.openapi.models.V1PodOS;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ProjectedVolumeSource;
import io.kubernetes.client.openapi.models.V1ResourceFieldSelector;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1Sysctl;
import io.kubernetes.client.openapi.models.V1Toleration;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The check classes of fields most pods leave unset stay unloaded when a clean pod is validated
 * (cold start: each class costs a fresh JVM a fraction of a millisecond), and are loaded, and run,
 * once the pod sets those fields. Each case validates in its own class loader, so what other tests
 * loaded does not count.
 */
class ColdPathClassesTest {

  private static final String RULES = "dev.podwright.validation.rules.";

  /** The classes the rule enums call only when the pod sets what they read. */
  private static final List<String> GUARDED =
      List.of(
          "scheduling.AffinityChecks",
          "scheduling.PlacementChecks",
          "scheduling.Selectors",
          "ephemeral.EphemeralChecks",
          "podlevel.HostNamespaceChecks",
          "podlevel.PodFieldChecks",
          "security.PodOsChecks",
          "security.SecurityProfileChecks",
          "env.EnvFileRefChecks",
          "env.EnvResourceRefChecks",
          "volumes.ProjectedVolumeChecks",
          "volumes.DriverVolumeChecks",
          "resources.PodResourceChecks");

  @Test
  void cleanPodLoadsNoneOfTheGuardedCheckClasses() throws Exception {
    IsolatingLoader loader = new IsolatingLoader();

    List<?> violations = validate(loader, cleanPod());

    assertThat(violations).isEmpty();
    assertThat(GUARDED).allSatisfy(name -> assertThat(loader.loaded(RULES + name)).isFalse());
    // the loader sees what validation loads: the always-needed checks are there
    assertThat(loader.loaded(RULES + "volumes.VolumeChecks")).isTrue();
    assertThat(loader.loaded(RULES + "env.EnvChecks")).isTrue();
  }

  @Test
  void podSettingTheFieldsLoadsAndRunsEveryGuardedCheckClass() throws Exception {
    IsolatingLoader loader = new IsolatingLoader();

    List<?> violations = validate(loader, podSettingEverything());

    assertThat(GUARDED).allSatisfy(name -> assertThat(loader.loaded(RULES + name)).isTrue());
    // the checks ran: the ephemeral container and the CSI volume without a driver are findings
    assertThat(violations.stream().map(Object::toString))
        .anySatisfy(text -> assertThat(text).contains("EPHEMERAL_NOT_ON_CREATE"))
        .anySatisfy(text -> assertThat(text).contains("CSI_DRIVER_NAME"));
  }

  private static List<?> validate(ClassLoader loader, V1PodSpec spec) throws Exception {
    Class<?> validatorClass =
        Class.forName("dev.podwright.validation.PodSpecValidator", true, loader);
    Object validator = validatorClass.getMethod("standard").invoke(null);
    Object report = validatorClass.getMethod("validate", V1PodSpec.class).invoke(validator, spec);
    return (List<?>) report.getClass().getMethod("violations").invoke(report);
  }

  private static V1Container app() {
    return new V1Container()
        .name("app")
        .image("registry.example/app:1.0")
        .imagePullPolicy("IfNotPresent")
        .addPortsItem(new V1ContainerPort().name("http").containerPort(8080))
        .addEnvItem(new V1EnvVar().name("MODE").value("fast"))
        .resources(
            new V1ResourceRequirements()
                .requests(Map.of("cpu", Quantity.fromString("100m")))
                .limits(Map.of("cpu", Quantity.fromString("100m"))))
        .addVolumeMountsItem(new V1VolumeMount().name("cache").mountPath("/cache"));
  }

  private static V1PodSpec cleanPod() {
    return new V1PodSpec()
        .addContainersItem(app())
        .addVolumesItem(new V1Volume().name("cache").emptyDir(new V1EmptyDirVolumeSource()));
  }

  private static V1PodSpec podSettingEverything() {
    V1Container app =
        app()
            .addEnvItem(
                new V1EnvVar()
                    .name("CPU")
                    .valueFrom(
                        new V1EnvVarSource()
                            .resourceFieldRef(
                                new V1ResourceFieldSelector().resource("limits.cpu"))))
            .addEnvItem(
                new V1EnvVar()
                    .name("TOKEN")
                    .valueFrom(
                        new V1EnvVarSource()
                            .fileKeyRef(
                                new V1FileKeySelector()
                                    .volumeName("cache")
                                    .path("token.env")
                                    .key("TOKEN"))))
            .addResizePolicyItem(
                new V1ContainerResizePolicy().resourceName("cpu").restartPolicy("NotRequired"));
    app.getResources().addClaimsItem(new CoreV1ResourceClaim().name("gpu"));
    return new V1PodSpec()
        .addContainersItem(app)
        .addVolumesItem(new V1Volume().name("cache").emptyDir(new V1EmptyDirVolumeSource()))
        .addVolumesItem(new V1Volume().name("all").projected(new V1ProjectedVolumeSource()))
        .addVolumesItem(new V1Volume().name("driver").csi(new V1CSIVolumeSource()))
        .affinity(new V1Affinity())
        .addTolerationsItem(new V1Toleration().operator("Exists"))
        .addEphemeralContainersItem(new V1EphemeralContainer().name("debug").image("busybox:1"))
        .securityContext(
            new V1PodSecurityContext()
                .addSysctlsItem(new V1Sysctl().name("kernel.shm_rmid_forced")))
        .os(new V1PodOS().name("linux"))
        .addHostAliasesItem(new V1HostAlias().ip("10.0.0.1").addHostnamesItem("db"))
        .resources(
            new V1ResourceRequirements().requests(Map.of("cpu", Quantity.fromString("200m"))))
        .overhead(Map.of("cpu", Quantity.fromString("10m")));
  }

  /**
   * Loads Podwright's classes itself (from the test class path), everything else from its parent,
   * and tells which of them it loaded.
   */
  private static final class IsolatingLoader extends ClassLoader {

    IsolatingLoader() {
      super(ColdPathClassesTest.class.getClassLoader());
    }

    boolean loaded(String name) {
      synchronized (getClassLoadingLock(name)) {
        return findLoadedClass(name) != null;
      }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("dev.podwright.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> type = findLoadedClass(name);
        if (type == null) {
          String resource = name.replace('.', '/') + ".class";
          try (InputStream in = getParent().getResourceAsStream(resource)) {
            if (in == null) {
              throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            type = defineClass(name, bytes, 0, bytes.length);
          } catch (IOException unreadable) {
            throw new ClassNotFoundException(name, unreadable);
          }
        }
        if (resolve) {
          resolveClass(type);
        }
        return type;
      }
    }
  }
}
