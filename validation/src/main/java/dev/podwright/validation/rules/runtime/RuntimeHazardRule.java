package dev.podwright.validation.rules.runtime;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.Section;
import dev.podwright.validation.spi.ViolationSink;

/**
 * The built-in rules for what the API server accepts but breaks at run time: one constant per rule,
 * named by its rule id, in catalog order. Hosts pick rules by constant, e.g. {@code
 * RuntimeHazardRule.RT_PORT_BIND_CONFLICT}.
 */
public enum RuntimeHazardRule implements PodSpecRule {
  /**
   * Two containers that run at the same time (regular containers and native sidecars) declare the
   * same {@code containerPort}/{@code protocol}: they share the pod's network namespace, so the
   * second bind fails.
   */
  RT_PORT_BIND_CONFLICT(
      Severity.WARNING,
      Hazards.SECTION,
      "Two containers that run at the same time (regular containers and native sidecars)"
          + " declare the same containerPort and protocol.",
      "All containers of a pod share one network namespace: the second process to bind the"
          + " port fails with EADDRINUSE and crash-loops.",
      "Move one of the two to another port (and change what it listens on)."),

  /**
   * A native sidecar and another running container (regular or sidecar) claim the same {@code
   * hostPort}. The API server checks host port conflicts among regular containers only, and each
   * init container on its own, so a conflict that involves a sidecar passes validation.
   */
  RT_SIDECAR_HOSTPORT_CONFLICT(
      Severity.ERROR,
      Hazards.SECTION,
      "A native sidecar and another container that runs at the same time use the same"
          + " hostPort (same protocol and hostIP).",
      "Sidecars run next to the main containers, but the API server checks init containers'"
          + " host ports one container at a time: the pod is accepted and the second host"
          + " port mapping fails on the node, so the pod never runs.",
      "Give each container its own hostPort, or drop hostPort and use a Service."),

  /**
   * An init container or native sidecar of a {@code hostNetwork} pod declares a hostPort that
   * differs from its containerPort. The API server demands they match for regular containers only.
   */
  RT_HOSTNETWORK_SIDECAR_PORTS(
      Severity.WARNING,
      Hazards.SECTION,
      "In a `hostNetwork` pod, an init container or sidecar declares a hostPort different"
          + " from its containerPort.",
      "On the host network the process binds the containerPort on the node itself; a"
          + " different hostPort maps nothing and misleads readers and tools. The API server"
          + " rejects this for regular containers but not for init containers.",
      "Set hostPort equal to containerPort, or leave hostPort out."),

  /**
   * An image without a tag or digest, or tagged {@code :latest}, in a container or an image volume,
   * whose pull policy is Always: left unset (Kubernetes then defaults it to Always for such an
   * image) or set to Always.
   */
  RT_IMAGE_UNTAGGED_ALWAYS_PULL(
      Severity.WARNING,
      Hazards.SECTION,
      "An image (container or image volume) has no tag and no digest, or the tag `latest`,"
          + " and its pull policy is Always (left unset, which defaults to Always for such an"
          + " image, or set explicitly).",
      "Every start pulls (registry rate limits, slow starts, no start while the registry is"
          + " down) whatever the tag points to at that moment, so pods of one workload can run"
          + " different content.",
      "Pin the image to a version tag, or better a digest (`name@sha256:…`)."),

  /**
   * An image without a tag or digest, or tagged {@code :latest}, whose pull policy is set to {@code
   * IfNotPresent} or {@code Never}: nothing is pulled at each start, but each node keeps whatever
   * copy it has. Only a note: locally loaded images in development clusters (kind, minikube) use
   * this on purpose.
   */
  RT_IMAGE_LATEST_NODE_CACHED(
      Severity.INFO,
      Hazards.SECTION,
      "An image (container or image volume) has no tag and no digest, or the tag `latest`,"
          + " and its pull policy is set to `IfNotPresent` or `Never`.",
      "The kubelet uses the copy a node already has: pods on different nodes run different"
          + " content, and a new push of the tag never reaches nodes that have an old one.",
      "Pin the image to a version tag, or better a digest (`name@sha256:…`)."),

  /**
   * A native sidecar listed after a plain init container: it is not running while that init
   * container runs. Often intended (Istio's {@code istio-init} sets up iptables before the proxy),
   * so this is only a note.
   */
  RT_SIDECAR_ORDERING(
      Severity.INFO,
      Hazards.SECTION,
      "A native sidecar (init container with `restartPolicy: Always`) comes after a plain init"
          + " container.",
      "Init containers start in list order: a sidecar listed after a plain init container is"
          + " not running while that init container runs, so the init container cannot use it"
          + " (e.g. a proxy or a log shipper).",
      "If earlier init containers need the sidecar, list the sidecar before them."),

  /**
   * A native sidecar that serves ports (so later containers likely talk to it) without a {@code
   * startupProbe} or a blocking {@code postStart} hook: the next container starts as soon as the
   * sidecar's process has started, maybe before it listens.
   */
  RT_SIDECAR_NO_STARTUP_PROBE(
      Severity.WARNING,
      Hazards.SECTION,
      "A native sidecar declares ports but has neither a `startupProbe` nor a `postStart`"
          + " hook.",
      "The kubelet starts the next container as soon as a sidecar has started (or, with a"
          + " startupProbe, once it succeeded): containers that use the sidecar at start race"
          + " it and fail their first connections.",
      "Give the sidecar a `startupProbe` that succeeds once it serves (e.g. a tcpSocket probe"
          + " on its port)."),

  /**
   * A pod that must run to completion (Job, CronJob) with a regular container besides its main
   * container: a long-running helper among them (a classic sidecar) keeps the pod from ever
   * completing. The main containers are the ones the caller names ({@link
   * PodSpecContext#isMainContainer}), never reported: for a composition, every regular container
   * that is not one of its sidecars (its main container and the host's base-spec containers, such
   * as HKube's {@code worker} and {@code algorunner}), so only a sidecar emitted as a classic
   * container is flagged.
   */
  RT_JOB_LEGACY_SIDECAR(
      Severity.WARNING,
      Hazards.SECTION,
      "A Job-like pod has a regular container besides its main container.",
      "A Job's pod completes only when every regular container has exited; a sidecar that"
          + " runs as a regular container (proxy, log shipper) never exits, so the Job never"
          + " completes.",
      "Make the helper a native sidecar (an init container with `restartPolicy: Always`,"
          + " Kubernetes 1.29+): it is stopped once the main containers finish."),

  /**
   * The one container that is not Guaranteed (cpu and memory limits with equal requests) in a pod
   * whose other containers all are: that container alone keeps the pod Burstable. Follows
   * Kubernetes' QoS computation: init containers and native sidecars count, a missing request
   * defaults to its limit, and pod-level {@code resources} (1.34+) decide alone, so this rule then
   * stays silent, as it does when two or more containers are not Guaranteed.
   */
  RT_QOS_DOWNGRADE(
      Severity.WARNING,
      Hazards.SECTION,
      "One container (regular, init or sidecar) lacks cpu or memory limits, or requests other"
          + " than its limits, while every other container of the pod is Guaranteed.",
      "The pod's QoS class is derived from every container: the pod is Guaranteed only when"
          + " all of them are, so this container turns it Burstable (earlier eviction, no"
          + " exclusive CPUs) although its other containers ask for Guaranteed.",
      "Give the container cpu and memory limits with requests equal to them (or set"
          + " pod-level resources, Kubernetes 1.34+)."),

  /**
   * A probe or lifecycle hook that names its port ({@code port: http}) where the name is declared
   * on another container of the pod, not on the probed one. The kubelet resolves port names only
   * within the container itself.
   */
  RT_NAMED_PROBE_PORT_OTHER_CONTAINER(
      Severity.ERROR,
      Hazards.SECTION,
      "A probe or lifecycle hook names a port that is declared on another container, not on"
          + " its own.",
      "The kubelet resolves a named port only among the probed container's own ports: the"
          + " probe can never succeed (a liveness probe restarts the container forever, a"
          + " readiness probe keeps the pod unready).",
      "Declare the port on this container too, or give the probe the port number."),

  /**
   * A probe or an httpGet lifecycle hook that names a port ({@code port: http}) no container of the
   * pod declares. The API server checks only the name's syntax; the kubelet resolves it among the
   * container's own ports, fails, and the probe or hook fails every time.
   */
  RT_PROBE_PORT_NAME_UNDECLARED(
      Severity.ERROR,
      Hazards.SECTION,
      "A probe (httpGet, tcpSocket) or an httpGet lifecycle hook names a port that no"
          + " container of the pod declares in `ports`.",
      "The API server accepts any well-formed port name; the kubelet looks it up among the"
          + " container's own ports, finds none and fails the probe every time (a liveness"
          + " probe restarts the container forever, a readiness probe keeps the pod unready, a"
          + " failed postStart hook kills the container).",
      "Declare the port under that name in the container's `ports`, or give the probe the"
          + " port number."),

  /**
   * A lifecycle hook with a {@code tcpSocket} handler, which the API keeps only for compatibility:
   * the hook always fails. A failing postStart hook kills the container, so that case is an error.
   */
  RT_LIFECYCLE_TCPSOCKET(
      Severity.WARNING,
      Hazards.SECTION,
      "A `postStart` or `preStop` hook uses a `tcpSocket` handler (postStart: error).",
      "TCPSocket is not supported as a lifecycle handler (kept only for compatibility): the"
          + " hook fails at run time; a failed postStart hook kills the container, a failed"
          + " preStop hook does nothing useful.",
      "Use an exec, httpGet or sleep handler instead."),

  /**
   * {@code $(VAR)} in an env value, the command or the args that Kubernetes will not expand: in
   * {@code env[i].value} only variables of earlier {@code env} entries (and of {@code envFrom})
   * expand; in command and args any variable of the container's environment does. An unresolvable
   * reference stays in the text as the literal {@code $(VAR)}; {@code $$(VAR)} is an escape and
   * never expands. Containers with {@code envFrom} are only checked for ordering (their keys are
   * unknown here); names that service links may define are never reported as missing, nor is shell
   * command substitution in command and args ({@code $(hostname)}).
   */
  RT_ENV_EXPANSION_ORDER(
      Severity.WARNING,
      Hazards.SECTION,
      "`$(VAR)` in an env value, command or args refers to a variable defined later in `env`,"
          + " or nowhere.",
      "Kubernetes expands `$(VAR)` only from env entries listed earlier (and envFrom); an"
          + " unresolved reference stays as the literal text `$(VAR)` and the program gets a"
          + " wrong value.",
      "Define the variable before the entry that uses it, or write `$$(VAR)` for a literal"
          + " `$(VAR)`."),

  /**
   * A relative {@code mountPath} ({@code data} instead of {@code /data}) in a Linux pod. The API
   * server does not check that a mount path is absolute; Windows paths are left alone.
   */
  RT_MOUNTPATH_RELATIVE_OR_ODD(
      Severity.WARNING,
      Hazards.SECTION,
      "A `mountPath` is not absolute.",
      "The API server accepts any non-empty mount path; container runtimes resolve a relative"
          + " one unexpectedly or refuse it (runc 1.2+ rejects relative mount destinations),"
          + " so the container fails to start or the volume lands elsewhere.",
      "Write the mount path as an absolute path, e.g. `/data`."),

  /**
   * Two mounts of one container whose paths differ as text but name the same directory ({@code
   * /data} and {@code /data/}). Exact duplicates are the API server's business (it rejects them);
   * these slip through its string comparison.
   */
  RT_MOUNTPATH_TWIN(
      Severity.WARNING,
      Hazards.SECTION,
      "Two volume mounts of one container name the same directory in different spellings"
          + " (`/data` and `/data/`, `/a//b`).",
      "The API server compares mount paths as strings and accepts them; the runtime mounts"
          + " both over the same directory, so one volume hides the other (or the runtime"
          + " refuses a duplicate mount point).",
      "Keep one mount per directory; mount the other volume elsewhere or use subPath."),

  /**
   * A mount nested inside another mount of the same container ({@code /etc/app} and {@code
   * /etc/app/conf}): the inner mount hides what the outer volume holds at that path. Only a note:
   * injectors nest on purpose (Istio mounts its CRL inside its CA certificate directory). Linear:
   * each mount looks up its ancestors in a map.
   */
  RT_MOUNT_SHADOWING(
      Severity.INFO,
      Hazards.SECTION,
      "A volume mount lies inside another volume mount of the same container (`/a` and"
          + " `/a/b`).",
      "The kubelet mounts the outer volume first and the inner one over it: whatever the"
          + " outer volume holds at that path is hidden, and writes there go to the inner"
          + " volume.",
      "Mount the volumes at sibling paths, or use subPath if the nesting is intended."),

  /**
   * A {@code subPath} (or {@code subPathExpr}) mount of a configMap, secret, projected or
   * downwardAPI volume: the file is copied once and never sees later updates.
   */
  RT_SUBPATH_NO_UPDATES(
      Severity.INFO,
      Hazards.SECTION,
      "A configMap, secret, projected or downwardAPI volume is mounted with `subPath`.",
      "The kubelet updates these volumes in place through a symlink swap, which a subPath"
          + " mount does not follow: the container keeps the content it started with.",
      "Mount the whole volume at a directory (optionally with `items`) if the container must"
          + " see updates, or restart the pod on change."),

  /**
   * An {@code emptyDir.medium} other than {@code ""}, {@code Memory}, {@code HugePages} or {@code
   * HugePages-<size>}. The API server accepts any string; the kubelet cannot set the volume up.
   */
  RT_EMPTYDIR_MEDIUM(
      Severity.ERROR,
      Hazards.SECTION,
      "`emptyDir.medium` is not one of \"\" (node disk), `Memory`, `HugePages` or"
          + " `HugePages-<size>`.",
      "The API server accepts any medium; the kubelet fails the mount (\"unknown storage"
          + " medium\") and the pod never starts.",
      "Use `Memory` (tmpfs), `HugePages`/`HugePages-2Mi`, or leave the medium out for disk."),

  /**
   * A downwardAPI volume item (plain or projected) whose {@code resourceFieldRef.containerName}
   * names no container of the pod. The API server only checks that the name is not empty.
   */
  RT_DOWNWARDAPI_VOL_CONTAINERNAME(
      Severity.ERROR,
      Hazards.SECTION,
      "A downwardAPI volume item's `resourceFieldRef.containerName` names no container of"
          + " the pod.",
      "The API server only checks that the name is present; the kubelet cannot resolve it,"
          + " the volume is never set up and the pod stays in ContainerCreating.",
      "Name an existing container (regular, init or sidecar) in `containerName`."),

  /** A volume that no container mounts (or uses as a block device). */
  RT_VOLUME_UNUSED(
      Severity.INFO,
      Hazards.SECTION,
      "A volume is declared but no container mounts it.",
      "It is still set up (a PVC is bound and attached, a secret is fetched) for nothing;"
          + " often a mount was forgotten or names the wrong volume.",
      "Mount the volume where it is needed, or remove it.");

  private final RuleInfo info;

  RuntimeHazardRule(Severity severity, Section section, String what, String why, String fix) {
    this.info = new RuleInfo(name(), severity, section, what, why, fix);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    switch (this) {
      case RT_PORT_BIND_CONFLICT -> ContainerHazardChecks.portBindConflict(context, sink);
      case RT_SIDECAR_HOSTPORT_CONFLICT ->
          ContainerHazardChecks.sidecarHostPortConflict(context, sink);
      case RT_HOSTNETWORK_SIDECAR_PORTS ->
          ContainerHazardChecks.hostNetworkSidecarPorts(context, sink);
      case RT_IMAGE_UNTAGGED_ALWAYS_PULL -> ContainerHazardChecks.imageTag(context, sink);
      case RT_IMAGE_LATEST_NODE_CACHED -> ContainerHazardChecks.imageLatestCached(context, sink);
      case RT_SIDECAR_ORDERING -> ContainerHazardChecks.sidecarOrdering(context, sink);
      case RT_SIDECAR_NO_STARTUP_PROBE -> ContainerHazardChecks.sidecarStartupProbe(context, sink);
      case RT_JOB_LEGACY_SIDECAR -> ContainerHazardChecks.jobLegacySidecar(context, sink);
      case RT_QOS_DOWNGRADE -> ContainerHazardChecks.qosDowngrade(context, sink);
      case RT_NAMED_PROBE_PORT_OTHER_CONTAINER ->
          ContainerHazardChecks.namedProbePort(context, sink);
      case RT_PROBE_PORT_NAME_UNDECLARED -> ProbePorts.undeclared(context, sink);
      case RT_LIFECYCLE_TCPSOCKET -> ContainerHazardChecks.lifecycleTcpSocket(context, sink);
      case RT_ENV_EXPANSION_ORDER -> EnvHazardChecks.envExpansionOrder(context, sink);
      case RT_MOUNTPATH_RELATIVE_OR_ODD -> StorageHazardChecks.mountPathRelative(context, sink);
      case RT_MOUNTPATH_TWIN -> StorageHazardChecks.mountPathTwin(context, sink);
      case RT_MOUNT_SHADOWING -> StorageHazardChecks.mountShadowing(context, sink);
      case RT_SUBPATH_NO_UPDATES -> StorageHazardChecks.subPathNoUpdates(context, sink);
      case RT_EMPTYDIR_MEDIUM -> StorageHazardChecks.emptyDirMedium(context, sink);
      case RT_DOWNWARDAPI_VOL_CONTAINERNAME ->
          EnvHazardChecks.downwardApiContainerName(context, sink);
      case RT_VOLUME_UNUSED -> StorageHazardChecks.unusedVolume(context, sink);
    }
  }
}
