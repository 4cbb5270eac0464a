package dev.podwright.validation.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podwright.io.Manifest;
import dev.podwright.io.ManifestReader;
import dev.podwright.validation.PodSpecValidator;
import dev.podwright.validation.policy.HostPolicy;
import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One finding, one rule id: the full standard validator, without a policy and under the restricted
 * Pod Security level, over bad specs (the realworld and Pod Security corpora and hand-made specs
 * that break every runtime rule) reports no problem twice under two ids. Two findings overlap when
 * they sit at the same path, or one sits inside the other's field (a port entry and its {@code
 * containerPort}); findings about a whole container or volume never overlap with ones about its
 * fields. Every overlap left is between rules of different meaning, each named below with why.
 */
class DuplicateFindingsTest {

  private static final ObjectMapper YAML = Conformance.yaml();

  private static final List<PodSpecValidator> VALIDATORS =
      List.of(
          PodSpecValidator.standard(),
          PodSpecValidator.builder()
              .policy(HostPolicy.builder().podSecurityLevel(PodSecurityLevel.RESTRICTED).build())
              .build());

  /** Pairs of rules that may report at one path, because they mean different things. */
  private static final Map<String, String> DISTINCT =
      Map.of(
          "PSS_PROC_MOUNT_RESTRICTED + SC_PROCMOUNT",
          "the API server refuses Unmasked with host users, the restricted level refuses it even"
              + " with hostUsers: false: SC_PROCMOUNT's fix does not satisfy the level",
          "PSS_RESTRICTED_VOLUMES + W_DEPRECATED_VOLUME_PLUGIN",
          "the API server's deprecation warning and the restricted level's refusal of the type",
          "HOSTPORT_CONFLICT_REGULAR + PSS_HOST_PORTS",
          "a host port held twice breaks the pod; the level forbids host ports at all",
          "PSS_HOST_PORTS + RT_SIDECAR_HOSTPORT_CONFLICT",
          "a host port held twice breaks the pod; the level forbids host ports at all",
          "PSS_HOST_PORTS + RT_HOSTNETWORK_SIDECAR_PORTS",
          "a misleading host port mapping; the level forbids host ports at all",
          "RT_PORT_BIND_CONFLICT + W_PORT_NAME_DUP_ACROSS_CONTAINERS",
          "the same number cannot be bound twice; the same name makes Services and probes pick"
              + " one of the containers");

  record Input(String name, Manifest manifest) {}

  static List<Input> corpus() throws IOException {
    List<Input> all = new ArrayList<>();
    ManifestReader reader = new ManifestReader();
    for (String name : List.of("realworld", "pss")) {
      Path dir = Conformance.corpus(name).orElse(null);
      if (dir == null) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
          List<Manifest> manifests =
              name.equals("pss")
                  ? reader.read(
                      YAML.writeValueAsString(YAML.readTree(file.toFile()).get("pod")),
                      file.getFileName().toString())
                  : reader.read(file);
          for (Manifest m : manifests) {
            all.add(new Input(name + "/" + file.getFileName(), m));
          }
        }
      }
    }
    return all;
  }

  static final List<String> HANDMADE =
      List.of(
          """
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        containers:
        - name: app
          image: nginx
          ports: [{containerPort: 80}, {containerPort: 81, hostPort: 81}]
          livenessProbe: {httpGet: {path: /, port: http}}
          readinessProbe: {tcpSocket: {port: metrics}}
          lifecycle:
            preStop: {tcpSocket: {port: admin}}
            postStart: {httpGet: {path: /, port: admin}}
          volumeMounts: [{name: d, mountPath: data}, {name: e, mountPath: /data/}, {name: e, mountPath: /data}]
          env: [{name: A, value: "$(B)"}, {name: B, value: x}]
          resources: {limits: {cpu: "1", memory: 1Gi}}
        - name: other
          image: nginx:latest
          imagePullPolicy: IfNotPresent
          ports: [{containerPort: 80, name: metrics}, {containerPort: 81, hostPort: 81}]
        initContainers:
        - name: proxy
          image: envoy
          restartPolicy: Always
          ports: [{containerPort: 80}, {containerPort: 81, hostPort: 81}, {containerPort: 82, hostPort: 83}]
          securityContext: {privileged: true, procMount: Unmasked}
        - name: plain
          image: busybox:1.36
          livenessProbe: {httpGet: {path: /, port: gone}}
          ports: [{containerPort: 80}]
        hostNetwork: false
        volumes:
        - {name: d, emptyDir: {medium: memory}}
        - {name: e, emptyDir: {}}
        - {name: f, downwardAPI: {items: [{path: x, resourceFieldRef: {containerName: nobody, resource: limits.cpu}}]}}
        - {name: g, hostPath: {path: /var}}
        - {name: h, image: {reference: tools}}
      """,
          """
      apiVersion: batch/v1
      kind: Job
      metadata: {name: j}
      spec:
        template:
          spec:
            restartPolicy: Never
            hostNetwork: true
            containers:
            - {name: shipper, image: "fluent:1", ports: [{containerPort: 9000, hostPort: 9000}]}
            - {name: main, image: "busybox:1.36", ports: [{containerPort: 9000, hostPort: 9000}]}
            initContainers:
            - {name: side, image: "x:1", restartPolicy: Always, ports: [{containerPort: 7000, hostPort: 7001}, {containerPort: 9000, hostPort: 9000}]}
      """);

  /** Every overlap, keyed by the two rule ids, with where it was seen. */
  static Map<String, TreeSet<String>> overlaps(List<Input> inputs) {
    Map<String, TreeSet<String>> pairs = new TreeMap<>();
    for (Input input : inputs) {
      for (PodSpecValidator validator : VALIDATORS) {
        List<Violation> found =
            validator
                .validate(
                    input.manifest().podSpecAsRun(),
                    input.manifest().specPath(),
                    input.manifest().runsToCompletion(),
                    input.manifest().podAnnotations())
                .violations();
        for (Violation a : found) {
          for (Violation b : found) {
            if (a.ruleId().compareTo(b.ruleId()) < 0 && overlap(a.path(), b.path())) {
              pairs
                  .computeIfAbsent(a.ruleId() + " + " + b.ruleId(), k -> new TreeSet<>())
                  .add(input.name() + " @ " + b.path());
            }
          }
        }
      }
    }
    return pairs;
  }

  static boolean overlap(String a, String b) {
    return a.equals(b) || inside(a, b) || inside(b, a);
  }

  /**
   * Whether {@code inner} is a field of {@code outer}, and outer is not a whole container/volume.
   */
  private static boolean inside(String outer, String inner) {
    boolean child = inner.startsWith(outer + ".") || inner.startsWith(outer + "[");
    return child && !outer.matches(".*(containers|initContainers|volumes)\\[\\d+]");
  }

  static List<Input> handmade() {
    ManifestReader reader = new ManifestReader();
    List<Input> all = new ArrayList<>();
    for (int i = 0; i < HANDMADE.size(); i++) {
      for (Manifest m : reader.read(HANDMADE.get(i), "handmade-" + i)) {
        all.add(new Input("handmade-" + i, m));
      }
    }
    return all;
  }

  @Test
  void noProblemIsReportedTwiceUnderTwoIds() throws IOException {
    List<Input> inputs = new ArrayList<>(corpus());
    inputs.addAll(handmade());
    Map<String, TreeSet<String>> found = overlaps(inputs);
    Map<String, TreeSet<String>> unexplained = new TreeMap<>(found);
    unexplained.keySet().removeAll(DISTINCT.keySet());
    assertThat(unexplained).as("overlapping findings under two ids").isEmpty();
  }

  @Test
  void theDetectorSeesOverlaps() {
    // the hand-made pod has procMount Unmasked without hostUsers: false
    assertThat(overlaps(handmade())).containsKey("PSS_PROC_MOUNT_RESTRICTED + SC_PROCMOUNT");
    assertThat(overlap("spec.containers[0].ports[0]", "spec.containers[0].ports[0].hostPort"))
        .isTrue();
    assertThat(overlap("spec.containers[0]", "spec.containers[0].ports[0].hostPort")).isFalse();
  }

  private static List<Violation> standard(int handmade) {
    Manifest m = handmade().get(handmade).manifest();
    return PodSpecValidator.standard()
        .validate(m.podSpecAsRun(), m.specPath(), m.runsToCompletion(), m.podAnnotations())
        .violations();
  }

  @Test
  void aPortTwoRunningContainersDeclareIsTheBindConflictOnly() {
    assertThat(standard(0))
        .filteredOn(v -> v.path().startsWith("spec.containers[1].ports[0]"))
        .extracting(Violation::ruleId, Violation::path, Violation::severity)
        .containsExactly(
            tuple(
                "RT_PORT_BIND_CONFLICT",
                "spec.containers[1].ports[0].containerPort",
                Severity.WARNING));
  }

  @Test
  void aHostPortTwoRegularContainersHoldIsTheApiServersOnly() {
    assertThat(standard(1))
        .filteredOn(v -> v.path().contains(".hostPort"))
        .extracting(Violation::ruleId, Violation::path, Violation::severity)
        .containsExactlyInAnyOrder(
            tuple(
                "RT_SIDECAR_HOSTPORT_CONFLICT",
                "spec.template.spec.containers[0].ports[0].hostPort",
                Severity.ERROR),
            tuple(
                "HOSTPORT_CONFLICT_REGULAR",
                "spec.template.spec.containers[1].ports[0].hostPort",
                Severity.ERROR),
            tuple(
                "RT_HOSTNETWORK_SIDECAR_PORTS",
                "spec.template.spec.initContainers[0].ports[0].hostPort",
                Severity.WARNING));
  }

  @Test
  void hooksAndPlainInitProbesAreReportedByTheirOwnRule() {
    List<Violation> found = standard(0);
    assertThat(found)
        .filteredOn(v -> v.path().startsWith("spec.containers[0].lifecycle.preStop"))
        .extracting(Violation::ruleId, Violation::path)
        .containsExactly(
            tuple("RT_LIFECYCLE_TCPSOCKET", "spec.containers[0].lifecycle.preStop.tcpSocket"));
    assertThat(found)
        .filteredOn(v -> v.path().startsWith("spec.initContainers[1].livenessProbe"))
        .extracting(Violation::ruleId, Violation::path)
        .containsExactly(
            tuple("INIT_PROBES_ONLY_FOR_SIDECARS", "spec.initContainers[1].livenessProbe"));
  }
}
