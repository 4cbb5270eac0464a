package dev.podwright.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Capabilities;
import io.kubernetes.client.openapi.models.V1ConfigMapVolumeSource;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1HostPathVolumeSource;
import io.kubernetes.client.openapi.models.V1KeyToPath;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1SecretKeySelector;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds pod specs from fuzzer bytes, with nulls in every list and field. */
final class FuzzSpecs {

  private static final String[] WORDS = {"app", "a", "", "Bad_Name", "/data", "$(A)", "ALL"};

  private FuzzSpecs() {}

  private static String text(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 3)) {
      case 0 -> null;
      case 1 -> data.consumeString(40);
      default -> data.pickValue(WORDS);
    };
  }

  private static <T> List<T> list(
      FuzzedDataProvider data, int max, java.util.function.Supplier<T> item) {
    if (data.consumeInt(0, 5) == 0) {
      return null;
    }
    List<T> out = new ArrayList<>();
    int n = data.consumeInt(0, max);
    for (int i = 0; i < n; i++) {
      out.add(data.consumeInt(0, 9) == 0 ? null : item.get());
    }
    return out;
  }

  private static Quantity quantity(FuzzedDataProvider data) {
    try {
      return data.consumeBoolean()
          ? null
          : Quantity.fromString(
              data.pickValue(new String[] {"1", "250m", "64Mi", "0", "-1", "1e3"}));
    } catch (RuntimeException unreachable) {
      return null;
    }
  }

  private static Map<String, Quantity> quantities(FuzzedDataProvider data) {
    if (data.consumeBoolean()) {
      return null;
    }
    Map<String, Quantity> map = new HashMap<>();
    int n = data.consumeInt(0, 3);
    for (int i = 0; i < n; i++) {
      map.put(
          data.pickValue(new String[] {"cpu", "memory", "hugepages-2Mi", "x/y", ""}),
          quantity(data));
    }
    return map;
  }

  private static IntOrString port(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 2)) {
      case 0 -> null;
      case 1 -> new IntOrString(data.consumeInt(-10, 70000));
      default -> new IntOrString(data.consumeString(20));
    };
  }

  static V1Container container(FuzzedDataProvider data) {
    V1Container c = new V1Container().name(text(data)).image(text(data));
    c.setRestartPolicy(
        data.consumeBoolean() ? null : data.pickValue(new String[] {"Always", "Never", "x"}));
    c.setImagePullPolicy(data.consumeBoolean() ? null : text(data));
    c.setCommand(list(data, 3, () -> text(data)));
    c.setArgs(list(data, 3, () -> text(data)));
    c.setPorts(
        list(
            data,
            3,
            () ->
                new V1ContainerPort()
                    .name(text(data))
                    .containerPort(data.consumeBoolean() ? null : data.consumeInt(-10, 70000))
                    .hostPort(data.consumeBoolean() ? null : data.consumeInt(-10, 70000))
                    .protocol(data.consumeBoolean() ? null : text(data))));
    c.setEnv(
        list(
            data,
            4,
            () -> {
              V1EnvVar env = new V1EnvVar().name(text(data)).value(text(data));
              if (data.consumeBoolean()) {
                env.setValueFrom(
                    new V1EnvVarSource()
                        .secretKeyRef(
                            data.consumeBoolean()
                                ? null
                                : new V1SecretKeySelector().name(text(data)).key(text(data)))
                        .fieldRef(
                            data.consumeBoolean()
                                ? null
                                : new V1ObjectFieldSelector().fieldPath(text(data))));
              }
              return env;
            }));
    c.setEnvFrom(list(data, 2, () -> new V1EnvFromSource().prefix(text(data))));
    c.setVolumeMounts(
        list(
            data,
            3,
            () ->
                new V1VolumeMount()
                    .name(text(data))
                    .mountPath(text(data))
                    .subPath(data.consumeBoolean() ? null : text(data))
                    .readOnly(data.consumeBoolean() ? null : data.consumeBoolean())));
    if (data.consumeBoolean()) {
      c.setResources(
          new V1ResourceRequirements().requests(quantities(data)).limits(quantities(data)));
    }
    if (data.consumeBoolean()) {
      c.setReadinessProbe(
          new V1Probe()
              .httpGet(
                  data.consumeBoolean()
                      ? null
                      : new V1HTTPGetAction().path(text(data)).port(port(data)))
              .periodSeconds(data.consumeBoolean() ? null : data.consumeInt(-5, 5))
              .successThreshold(data.consumeBoolean() ? null : data.consumeInt(-5, 5)));
    }
    if (data.consumeBoolean()) {
      c.setSecurityContext(
          new V1SecurityContext()
              .privileged(data.consumeBoolean() ? null : data.consumeBoolean())
              .runAsUser(data.consumeBoolean() ? null : data.consumeLong())
              .capabilities(
                  data.consumeBoolean()
                      ? null
                      : new V1Capabilities().add(list(data, 2, () -> text(data)))));
    }
    return c;
  }

  static V1Volume volume(FuzzedDataProvider data) {
    V1Volume v = new V1Volume().name(text(data));
    switch (data.consumeInt(0, 4)) {
      case 0 ->
          v.setEmptyDir(new V1EmptyDirVolumeSource().medium(text(data)).sizeLimit(quantity(data)));
      case 1 ->
          v.setConfigMap(
              new V1ConfigMapVolumeSource()
                  .name(text(data))
                  .items(list(data, 2, () -> new V1KeyToPath().key(text(data)).path(text(data))))
                  .defaultMode(data.consumeBoolean() ? null : data.consumeInt(-1, 5000)));
      case 2 -> v.setHostPath(new V1HostPathVolumeSource().path(text(data)).type(text(data)));
      case 3 -> {
        v.setEmptyDir(new V1EmptyDirVolumeSource());
        v.setHostPath(new V1HostPathVolumeSource().path(text(data)));
      }
      default -> {
        // no source: defaulted to emptyDir by the API server
      }
    }
    return v;
  }

  static V1PodSpec spec(FuzzedDataProvider data) {
    if (data.consumeInt(0, 20) == 0) {
      return null;
    }
    V1PodSpec spec = new V1PodSpec();
    spec.setContainers(list(data, 4, () -> container(data)));
    spec.setInitContainers(list(data, 3, () -> container(data)));
    spec.setVolumes(list(data, 4, () -> volume(data)));
    spec.setHostNetwork(data.consumeBoolean() ? null : data.consumeBoolean());
    spec.setRestartPolicy(data.consumeBoolean() ? null : text(data));
    spec.setOverhead(quantities(data));
    return spec;
  }
}
