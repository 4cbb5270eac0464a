package dev.podwright.examples.patterns;

import dev.podwright.emit.EmitOptions;
import dev.podwright.examples.Example;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.Probe;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import dev.podwright.model.WorkloadKind;
import io.kubernetes.client.openapi.models.V1PodSpec;

/**
 * The general sidecar patterns: a log shipper tailing a shared log volume, an ambassador proxy on
 * localhost, and a Job whose sidecar must not keep the pod from completing.
 */
public final class PatternExamples {

  private PatternExamples() {}

  /**
   * nginx writes its logs into the {@code shared-logs} emptyDir; the sidecar tails the access log
   * (read-only mount) and would forward it elsewhere. Valid.
   */
  public static Example logShipping() {
    Composition composition =
        Composition.builder()
            .mainContainer(
                ContainerSpec.builder("main-app")
                    .image("nginx:1.27")
                    .port(80)
                    .volumeMount("shared-logs", "/var/log/nginx")
                    .build())
            .sidecar(
                Sidecar.builder("log-sidecar")
                    .image("busybox:1.36")
                    .command("sh", "-c", "tail -F /var/log/nginx/access.log")
                    .volumeMount(VolumeMount.of("shared-logs", "/var/log/nginx").asReadOnly())
                    .build())
            .volume(Volume.emptyDir("shared-logs"))
            .build();
    return Example.of(
        "Log shipping: a sidecar tailing a shared log volume",
        "The main container writes logs into an emptyDir; the sidecar reads them (read-only) and"
            + " forwards them.",
        composition);
  }

  /**
   * The application talks to {@code localhost:6379}; the ambassador listens there and forwards to
   * the real Redis service. Its startup probe holds the application back until the port is open.
   * Valid.
   */
  public static Example ambassadorProxy() {
    Composition composition =
        Composition.builder()
            .mainContainer(
                ContainerSpec.builder("app")
                    .image("ghcr.io/example/shop:2.3.1")
                    .env("REDIS_ADDR", "localhost:6379")
                    .port("http", 8080)
                    .build())
            .sidecar(
                Sidecar.builder("redis-ambassador")
                    .image("alpine/socat:1.8.0.0")
                    .args(
                        "TCP-LISTEN:6379,fork,reuseaddr,bind=127.0.0.1",
                        "TCP:redis.cache.svc.cluster.local:6379")
                    .startupProbe(Probe.tcpSocket(6379).periodSeconds(1).failureThreshold(30))
                    .build())
            .build();
    return Example.of(
        "Ambassador: the application talks to localhost, the sidecar forwards",
        "Containers of a pod share the network namespace: the app connects to localhost:6379,"
            + " where the ambassador listens and forwards to the Redis service.",
        composition);
  }

  /** The host's Job template spec: a Job's pod must not restart forever, so {@code Never}. */
  public static V1PodSpec jobTemplateSpec() {
    return new V1PodSpec().restartPolicy("Never");
  }

  /** The Job's composition: a batch step and a log shipper on a shared volume. */
  public static Composition batchJob() {
    return Composition.builder()
        .kind(WorkloadKind.JOB)
        .mainContainer(
            ContainerSpec.builder("batch")
                .image("busybox:1.36")
                .command(
                    "sh",
                    "-c",
                    "for i in 1 2 3; do echo step $i >> /var/log/job/run.log; sleep 1; done")
                .volumeMount("job-logs", "/var/log/job")
                .build())
        .sidecar(
            Sidecar.builder("log-shipper")
                .image("busybox:1.36")
                .command("sh", "-c", "tail -F /var/log/job/run.log")
                .volumeMount(VolumeMount.of("job-logs", "/var/log/job").asReadOnly())
                .build())
        .volume(Volume.emptyDir("job-logs"))
        .build();
  }

  /**
   * The Job with a native sidecar: Kubernetes stops the log shipper once {@code batch} exits, so
   * the pod completes. Valid.
   */
  public static Example jobWithNativeSidecar() {
    return Example.of(
            "Job with a native sidecar: it stops when the main container finishes",
            "As an init container with restartPolicy: Always, the log shipper is stopped once the"
                + " batch container exits, and the Job completes.",
            batchJob())
        .withBase(jobTemplateSpec())
        .withOptions(EmitOptions.builder().sidecarMode(SidecarMode.NATIVE).build());
  }

  /**
   * The same Job with a classic sidecar (an extra regular container): it never exits, so the pod
   * never completes; flagged (a warning) by the runtime-hazard rule {@code RT_JOB_LEGACY_SIDECAR}.
   */
  public static Example jobWithClassicSidecar() {
    return Example.of(
            "Job with a classic sidecar (flagged): the pod would never complete",
            "As a regular container the log shipper keeps running after batch exits; the Job"
                + " never completes.",
            batchJob())
        .withBase(jobTemplateSpec())
        .withOptions(EmitOptions.builder().sidecarMode(SidecarMode.CLASSIC).build());
  }
}
