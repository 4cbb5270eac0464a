package dev.podwright.invariants;

import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.EnvVar;
import dev.podwright.model.InitContainer;
import dev.podwright.model.Port;
import dev.podwright.model.Probe;
import dev.podwright.model.Resources;
import dev.podwright.model.Sidecar;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import dev.podwright.model.WorkloadKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Deterministic generated compositions: valid ones and ones with mistakes, from a seed. */
final class Compositions {

  private Compositions() {}

  /** The seed scenarios' shapes plus {@code count} generated ones. */
  static List<Composition> generated(long seed, int count) {
    Random random = new Random(seed);
    List<Composition> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      all.add(one(random, i));
    }
    return all;
  }

  private static Composition one(Random random, int n) {
    String volume = "shared-" + n % 7;
    Composition.Builder builder =
        Composition.builder()
            .kind(random.nextInt(5) == 0 ? WorkloadKind.JOB : WorkloadKind.GENERIC)
            .mainContainer(
                ContainerSpec.builder("main")
                    .image("example/app:1." + n % 10)
                    .port("http", 8080)
                    .env("MODE", "n" + n)
                    .volumeMount(volume, "/data")
                    .resources(Resources.builder().requestCpu("100m").requestMemory("64Mi").build())
                    .build())
            .volume(
                random.nextBoolean()
                    ? Volume.emptyDir(volume).inMemory()
                    : Volume.emptyDir(volume));
    int sidecars = random.nextInt(4);
    for (int s = 0; s < sidecars; s++) {
      Sidecar.Builder sidecar =
          Sidecar.builder("helper-" + s)
              .image("example/helper:2." + s)
              .env(EnvVar.fromField("POD", "metadata.name"))
              .env("TARGET", "$(POD)")
              .volumeMount(VolumeMount.of(volume, "/shared").asReadOnly());
      if (random.nextBoolean()) {
        sidecar.port(Port.named("m" + s, 9000 + s)).startupProbe(Probe.tcpSocket(9000 + s));
      }
      if (random.nextInt(6) == 0) {
        sidecar.port(8080); // a mistake: the main container listens there
      }
      if (random.nextInt(8) == 0) {
        sidecar.volumeMount("missing-volume", "/missing"); // a mistake: no such volume
      }
      builder.sidecar(sidecar.build());
    }
    if (random.nextInt(3) == 0) {
      builder.initContainer(
          InitContainer.builder("setup").image("busybox:1.36").command("true").build());
    }
    if (random.nextInt(4) == 0) {
      builder.volume(Volume.configMap("config-" + n, "app-config"));
    }
    return builder.build();
  }
}
