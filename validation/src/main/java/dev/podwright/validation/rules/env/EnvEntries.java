package dev.podwright.validation.rules.env;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import java.util.ArrayList;
import java.util.List;

/** Walks the {@code env} and {@code envFrom} entries of every container, skipping nulls. */
final class EnvEntries {

  /** The release where {@code valueFrom.fileKeyRef} (feature EnvFiles) is on by default. */
  static final KubernetesVersion ENV_FILES = KubernetesVersion.of(1, 35);

  private EnvEntries() {}

  /** One non-null env entry of a container. */
  record Env(ContainerRef container, int index, V1EnvVar var) {
    /** The entry's path, {@code spec.containers[0].env[2]}; built when a finding needs it. */
    FieldPath path() {
      return container.path().child("env").index(index);
    }

    /** The entry's {@code valueFrom}, or null. */
    V1EnvVarSource valueFrom() {
      return var.getValueFrom();
    }

    /** The path of the entry's {@code valueFrom}. */
    FieldPath valueFromPath() {
      return path().child("valueFrom");
    }
  }

  /** One non-null envFrom entry of a container. */
  record EnvFrom(ContainerRef container, int index, V1EnvFromSource source, FieldPath path) {
    /** The path of the container's whole {@code envFrom} list. */
    FieldPath listPath() {
      return container.path().child("envFrom");
    }
  }

  private static final PodSpecContext.Derived<List<Env>> ALL_ENV = new AllEnv();

  private static final PodSpecContext.Derived<List<EnvFrom>> ALL_ENV_FROM = new AllEnvFrom();

  /** Every non-null env entry of every container, in spec order; built once per validation. */
  static List<Env> env(PodSpecContext context) {
    return context.derived(ALL_ENV);
  }

  /** Every non-null envFrom entry of every container, in spec order; built once per validation. */
  static List<EnvFrom> envFrom(PodSpecContext context) {
    return context.derived(ALL_ENV_FROM);
  }

  private static final class AllEnv implements PodSpecContext.Derived<List<Env>> {
    @Override
    public List<Env> compute(PodSpecContext context) {
      List<Env> all = new ArrayList<>();
      for (ContainerRef ref : context.containers()) {
        List<V1EnvVar> env = ref.container().getEnv();
        if (env == null) {
          continue;
        }
        for (int i = 0; i < env.size(); i++) {
          V1EnvVar var = env.get(i);
          if (var != null) {
            all.add(new Env(ref, i, var));
          }
        }
      }
      return List.copyOf(all);
    }
  }

  private static final class AllEnvFrom implements PodSpecContext.Derived<List<EnvFrom>> {
    @Override
    public List<EnvFrom> compute(PodSpecContext context) {
      List<EnvFrom> all = new ArrayList<>();
      for (ContainerRef ref : context.containers()) {
        List<V1EnvFromSource> envFrom = ref.container().getEnvFrom();
        if (envFrom == null) {
          continue;
        }
        FieldPath listPath = ref.path().child("envFrom");
        for (int i = 0; i < envFrom.size(); i++) {
          V1EnvFromSource source = envFrom.get(i);
          if (source != null) {
            all.add(new EnvFrom(ref, i, source, listPath.index(i)));
          }
        }
      }
      return List.copyOf(all);
    }
  }

  /** True when the target version validates env names and prefixes with the relaxed rules. */
  static boolean relaxed(PodSpecContext context) {
    return context.version().isAtLeast(KubernetesVersion.RELAXED_ENV_VAR_NAMES);
  }

  static boolean isEmpty(String value) {
    return value == null || value.isEmpty();
  }
}
