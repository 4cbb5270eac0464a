package dev.podwright.emit;

import dev.podwright.kubernetes.KubernetesModels;
import dev.podwright.kubernetes.Quantities;
import dev.podwright.model.Action;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.EnvFrom;
import dev.podwright.model.EnvVar;
import dev.podwright.model.Lifecycle;
import dev.podwright.model.Port;
import dev.podwright.model.Probe;
import dev.podwright.model.Resources;
import dev.podwright.model.VolumeMount;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.CoreV1ResourceClaim;
import io.kubernetes.client.openapi.models.V1ConfigMapEnvSource;
import io.kubernetes.client.openapi.models.V1ConfigMapKeySelector;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1ExecAction;
import io.kubernetes.client.openapi.models.V1FileKeySelector;
import io.kubernetes.client.openapi.models.V1GRPCAction;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1HTTPHeader;
import io.kubernetes.client.openapi.models.V1Lifecycle;
import io.kubernetes.client.openapi.models.V1LifecycleHandler;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceFieldSelector;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1SecretEnvSource;
import io.kubernetes.client.openapi.models.V1SecretKeySelector;
import io.kubernetes.client.openapi.models.V1SleepAction;
import io.kubernetes.client.openapi.models.V1TCPSocketAction;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link ContainerSpec} into a fresh {@link V1Container}: the base container (if any) with
 * the modelled fields laid over it, merged by Kubernetes' keys (env by name, ports by
 * containerPort, mounts by mountPath). The result is in canonical form ({@link
 * KubernetesModels#canonicalize}) without a walk over it: unset stays unset (empty lists become
 * null), quantities are canonical, and a host's base container is canonicalised as it comes in.
 */
final class ContainerConverter {

  private ContainerConverter() {}

  static V1Container toV1(ContainerSpec spec) {
    V1Container container =
        spec.hasBase() ? KubernetesModels.canonicalize(spec.base()) : new V1Container();
    if (spec.name() != null) {
      container.setName(spec.name());
    }
    if (spec.image() != null) {
      container.setImage(spec.image());
    }
    if (spec.pullPolicy() != null) {
      container.setImagePullPolicy(spec.pullPolicy().value());
    }
    if (!spec.command().isEmpty()) {
      container.setCommand(new ArrayList<>(spec.command()));
    }
    if (!spec.args().isEmpty()) {
      container.setArgs(new ArrayList<>(spec.args()));
    }
    if (spec.workingDir() != null) {
      container.setWorkingDir(spec.workingDir());
    }
    List<Port> declaredPorts = spec.ports();
    if (!declaredPorts.isEmpty()) {
      List<V1ContainerPort> ports = new ArrayList<>(declaredPorts.size());
      for (int i = 0; i < declaredPorts.size(); i++) {
        ports.add(port(declaredPorts.get(i)));
      }
      container.setPorts(mergeByKey(container.getPorts(), ports));
    }
    List<EnvVar> declaredEnv = spec.env();
    if (!declaredEnv.isEmpty()) {
      List<V1EnvVar> env = new ArrayList<>(declaredEnv.size());
      for (int i = 0; i < declaredEnv.size(); i++) {
        env.add(env(declaredEnv.get(i)));
      }
      container.setEnv(mergeByKey(container.getEnv(), env));
    }
    List<EnvFrom> declaredEnvFrom = spec.envFrom();
    if (!declaredEnvFrom.isEmpty()) {
      List<V1EnvFromSource> envFrom = new ArrayList<>(declaredEnvFrom.size());
      for (int i = 0; i < declaredEnvFrom.size(); i++) {
        envFrom.add(envFrom(declaredEnvFrom.get(i)));
      }
      container.setEnvFrom(append(container.getEnvFrom(), envFrom));
    }
    List<VolumeMount> declaredMounts = spec.volumeMounts();
    if (!declaredMounts.isEmpty()) {
      List<V1VolumeMount> mounts = new ArrayList<>(declaredMounts.size());
      for (int i = 0; i < declaredMounts.size(); i++) {
        mounts.add(mount(declaredMounts.get(i)));
      }
      container.setVolumeMounts(mergeByKey(container.getVolumeMounts(), mounts));
    }
    if (spec.resources() != null) {
      V1ResourceRequirements requirements = resources(spec.resources());
      if (requirements.getClaims() == null && container.getResources() != null) {
        requirements.setClaims(Canonical.orNull(container.getResources().getClaims()));
      }
      container.setResources(requirements);
    }
    if (spec.startupProbe() != null) {
      container.setStartupProbe(probe(spec.startupProbe()));
    }
    if (spec.readinessProbe() != null) {
      container.setReadinessProbe(probe(spec.readinessProbe()));
    }
    if (spec.livenessProbe() != null) {
      container.setLivenessProbe(probe(spec.livenessProbe()));
    }
    if (spec.lifecycle() != null) {
      container.setLifecycle(lifecycle(spec.lifecycle()));
    }
    if (spec.securityContext() != null && !spec.securityContext().isEmpty()) {
      container.setSecurityContext(SecurityContextConverter.toV1(spec.securityContext()));
    }
    return Canonical.clean(container);
  }

  /**
   * What identifies an entry when ours replaces the base's: a port by number and protocol, an env
   * var by name, a mount by mount path.
   */
  private static Object key(Object entry) {
    if (entry instanceof V1ContainerPort port) {
      String protocol = port.getProtocol() == null ? "TCP" : port.getProtocol();
      return port.getContainerPort() + "/" + protocol;
    }
    if (entry instanceof V1EnvVar variable) {
      return variable.getName();
    }
    if (entry instanceof V1VolumeMount mount) {
      return mount.getMountPath();
    }
    return null;
  }

  /** Base entries first, then ours; one of ours with the key of a base entry replaces it. */
  private static <V> List<V> mergeByKey(List<V> base, List<V> ours) {
    if (ours.isEmpty()) {
      return base;
    }
    if (base == null || base.isEmpty()) {
      return ours;
    }
    List<V> merged = base == null ? new ArrayList<>() : new ArrayList<>(base);
    Map<Object, Integer> index = new HashMap<>();
    for (int i = 0; i < merged.size(); i++) {
      index.putIfAbsent(key(merged.get(i)), i);
    }
    for (V converted : ours) {
      Object key = key(converted);
      Integer at = index.get(key);
      if (at != null && key != null) {
        merged.set(at, converted);
      } else {
        merged.add(converted);
      }
    }
    return merged;
  }

  private static <V> List<V> append(List<V> base, List<V> ours) {
    if (ours.isEmpty()) {
      return base;
    }
    if (base == null || base.isEmpty()) {
      return ours;
    }
    List<V> merged = base == null ? new ArrayList<>() : new ArrayList<>(base);
    merged.addAll(ours);
    return merged;
  }

  static V1ContainerPort port(Port port) {
    V1ContainerPort v1 = new V1ContainerPort().containerPort(port.containerPort());
    v1.setName(port.name());
    v1.setProtocol(port.protocol() == null ? null : port.protocol().value());
    v1.setHostPort(port.hostPort());
    v1.setHostIP(port.hostIp());
    return v1;
  }

  static V1EnvVar env(EnvVar variable) {
    V1EnvVar v1 = new V1EnvVar().name(variable.name());
    if (variable instanceof EnvVar.Literal literal) {
      v1.setValue(literal.value());
    } else if (variable instanceof EnvVar.SecretKey secret) {
      v1.setValueFrom(
          new V1EnvVarSource()
              .secretKeyRef(
                  new V1SecretKeySelector()
                      .name(secret.secretName())
                      .key(secret.key())
                      .optional(secret.optional())));
    } else if (variable instanceof EnvVar.ConfigMapKey configMap) {
      v1.setValueFrom(
          new V1EnvVarSource()
              .configMapKeyRef(
                  new V1ConfigMapKeySelector()
                      .name(configMap.configMapName())
                      .key(configMap.key())
                      .optional(configMap.optional())));
    } else if (variable instanceof EnvVar.FieldRef field) {
      v1.setValueFrom(
          new V1EnvVarSource()
              .fieldRef(
                  new V1ObjectFieldSelector()
                      .fieldPath(field.fieldPath())
                      .apiVersion(field.apiVersion())));
    } else if (variable instanceof EnvVar.ResourceFieldRef resource) {
      v1.setValueFrom(
          new V1EnvVarSource()
              .resourceFieldRef(
                  new V1ResourceFieldSelector()
                      .containerName(resource.containerName())
                      .resource(resource.resource())
                      .divisor(Quantities.canonical(resource.divisor()))));
    } else if (variable instanceof EnvVar.FileKey file) {
      v1.setValueFrom(
          new V1EnvVarSource()
              .fileKeyRef(
                  new V1FileKeySelector()
                      .volumeName(file.volumeName())
                      .path(file.path())
                      .key(file.key())
                      .optional(file.optional())));
    }
    return v1;
  }

  static V1EnvFromSource envFrom(EnvFrom source) {
    V1EnvFromSource v1 = new V1EnvFromSource().prefix(source.prefix());
    if (source.source() == EnvFrom.Source.SECRET) {
      v1.setSecretRef(new V1SecretEnvSource().name(source.name()).optional(source.optional()));
    } else {
      v1.setConfigMapRef(
          new V1ConfigMapEnvSource().name(source.name()).optional(source.optional()));
    }
    return v1;
  }

  static V1VolumeMount mount(VolumeMount mount) {
    V1VolumeMount v1 = new V1VolumeMount().name(mount.name()).mountPath(mount.mountPath());
    v1.setSubPath(mount.subPath());
    v1.setSubPathExpr(mount.subPathExpr());
    v1.setReadOnly(mount.readOnly() ? Boolean.TRUE : null);
    v1.setMountPropagation(mount.propagation() == null ? null : mount.propagation().value());
    v1.setRecursiveReadOnly(
        mount.recursiveReadOnly() == null ? null : mount.recursiveReadOnly().value());
    return v1;
  }

  static V1ResourceRequirements resources(Resources resources) {
    V1ResourceRequirements v1 = new V1ResourceRequirements();
    v1.setClaims(claims(resources.claims()));
    v1.setRequests(resources.requests().isEmpty() ? null : copy(resources.requests()));
    v1.setLimits(resources.limits().isEmpty() ? null : copy(resources.limits()));
    return v1;
  }

  private static List<CoreV1ResourceClaim> claims(List<Resources.Claim> claims) {
    if (claims.isEmpty()) {
      return null;
    }
    List<CoreV1ResourceClaim> out = new ArrayList<>(claims.size());
    for (Resources.Claim claim : claims) {
      out.add(new CoreV1ResourceClaim().name(claim.name()).request(claim.request()));
    }
    return out;
  }

  private static Map<String, Quantity> copy(Map<String, Quantity> quantities) {
    Map<String, Quantity> copy = new LinkedHashMap<>(Math.max(4, quantities.size() * 2));
    for (Map.Entry<String, Quantity> entry : quantities.entrySet()) {
      copy.put(entry.getKey(), Quantities.canonical(entry.getValue()));
    }
    return copy;
  }

  static V1Probe probe(Probe probe) {
    V1Probe v1 = new V1Probe();
    v1.setInitialDelaySeconds(probe.initialDelaySeconds());
    v1.setPeriodSeconds(probe.periodSeconds());
    v1.setTimeoutSeconds(probe.timeoutSeconds());
    v1.setSuccessThreshold(probe.successThreshold());
    v1.setFailureThreshold(probe.failureThreshold());
    v1.setTerminationGracePeriodSeconds(probe.terminationGracePeriodSeconds());
    Action action = probe.action();
    if (action instanceof Action.HttpGet http) {
      v1.setHttpGet(httpGet(http));
    } else if (action instanceof Action.TcpSocket tcp) {
      v1.setTcpSocket(tcpSocket(tcp));
    } else if (action instanceof Action.Exec exec) {
      v1.setExec(new V1ExecAction().command(Canonical.orNull(new ArrayList<>(exec.command()))));
    } else if (action instanceof Action.Grpc grpc) {
      v1.setGrpc(new V1GRPCAction().port(grpc.port()).service(grpc.service()));
    }
    return v1;
  }

  private static V1HTTPGetAction httpGet(Action.HttpGet http) {
    V1HTTPGetAction v1 = new V1HTTPGetAction().path(http.path()).port(http.port());
    v1.setScheme(http.scheme());
    v1.setHost(http.host());
    if (http.headers().isEmpty()) {
      v1.setHttpHeaders(null);
    } else {
      List<V1HTTPHeader> headers = new ArrayList<>(http.headers().size());
      for (Action.HttpHeader header : http.headers()) {
        headers.add(new V1HTTPHeader().name(header.name()).value(header.value()));
      }
      v1.setHttpHeaders(headers);
    }
    return v1;
  }

  private static V1TCPSocketAction tcpSocket(Action.TcpSocket tcp) {
    return new V1TCPSocketAction().port(tcp.port()).host(tcp.host());
  }

  static V1Lifecycle lifecycle(Lifecycle lifecycle) {
    V1Lifecycle v1 = new V1Lifecycle();
    v1.setPostStart(handler(lifecycle.postStart()));
    v1.setPreStop(handler(lifecycle.preStop()));
    v1.setStopSignal(lifecycle.stopSignal());
    return v1;
  }

  private static V1LifecycleHandler handler(Action action) {
    if (action == null) {
      return null;
    }
    V1LifecycleHandler v1 = new V1LifecycleHandler();
    if (action instanceof Action.HttpGet http) {
      v1.setHttpGet(httpGet(http));
    } else if (action instanceof Action.TcpSocket tcp) {
      v1.setTcpSocket(tcpSocket(tcp));
    } else if (action instanceof Action.Exec exec) {
      v1.setExec(new V1ExecAction().command(Canonical.orNull(new ArrayList<>(exec.command()))));
    } else if (action instanceof Action.Sleep sleep) {
      v1.setSleep(new V1SleepAction().seconds(sleep.seconds()));
    }
    return v1;
  }
}
