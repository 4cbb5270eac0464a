package dev.podwright.validation.rules;

import dev.podwright.validation.pss.PodSecurityRule;
import dev.podwright.validation.rules.containers.ContainerRule;
import dev.podwright.validation.rules.env.EnvRule;
import dev.podwright.validation.rules.ephemeral.EphemeralRule;
import dev.podwright.validation.rules.mounts.MountRule;
import dev.podwright.validation.rules.names.NameRule;
import dev.podwright.validation.rules.pod.PodRule;
import dev.podwright.validation.rules.podlevel.PodLevelRule;
import dev.podwright.validation.rules.policy.PolicyRule;
import dev.podwright.validation.rules.ports.PortRule;
import dev.podwright.validation.rules.probes.ProbeRule;
import dev.podwright.validation.rules.resources.ResourceRule;
import dev.podwright.validation.rules.runtime.RuntimeHazardRule;
import dev.podwright.validation.rules.scheduling.SchedulingRule;
import dev.podwright.validation.rules.security.SecurityContextRule;
import dev.podwright.validation.rules.volumes.VolumeRule;
import dev.podwright.validation.rules.warnings.WarningRule;
import dev.podwright.validation.spi.PodSpecRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Every built-in pod spec rule, grouped as the catalog groups them, each group the {@code values()}
 * of its rule enums in declaration order: nothing lists a rule by hand. One class, built once, so
 * that a validating JVM loads no registry class per group ({@link StructureRules} and the other
 * group classes delegate here).
 */
public final class BuiltInRules {

  private static final List<PodSpecRule> STRUCTURE =
      of(
          NameRule.values(),
          ContainerRule.values(),
          VolumeRule.values(),
          MountRule.values(),
          PodRule.values(),
          SchedulingRule.values(),
          PodLevelRule.values(),
          EphemeralRule.values());

  private static final List<PodSpecRule> FIELDS =
      of(
          EnvRule.values(),
          PortRule.values(),
          ResourceRule.values(),
          ProbeRule.values(),
          SecurityContextRule.values(),
          WarningRule.values());

  private static final List<PodSpecRule> API_SERVER = concat(STRUCTURE, FIELDS);

  private static final List<PodSpecRule> RUNTIME_HAZARDS = of(RuntimeHazardRule.values());

  private static final List<PodSpecRule> POLICY = of(PolicyRule.values());

  private BuiltInRules() {}

  /**
   * The structure of a pod spec that the API server rejects: names (catalog section A), containers
   * (B), volumes (C), mounts (D), common pod-level fields (J), scheduling (S), further pod-level
   * settings (T), ephemeral containers (U).
   */
  public static List<PodSpecRule> structure() {
    return STRUCTURE;
  }

  /**
   * Container fields the API server rejects: env (E), ports (F), resources (G), probes and hooks
   * (H), security contexts (I); and the warnings it returns (K).
   */
  public static List<PodSpecRule> fields() {
    return FIELDS;
  }

  /** Everything the API server rejects or warns about: {@link #structure()}, {@link #fields()}. */
  public static List<PodSpecRule> apiServer() {
    return API_SERVER;
  }

  /** What the API server accepts but breaks at run time (M). */
  public static List<PodSpecRule> runtimeHazards() {
    return RUNTIME_HAZARDS;
  }

  /** The host policy's rules on the spec (P). */
  public static List<PodSpecRule> policy() {
    return POLICY;
  }

  /**
   * The Pod Security Standards checks (L), baseline first. Built on each call, so that a validator
   * under the privileged level never loads them.
   */
  public static List<PodSpecRule> podSecurity() {
    return of(PodSecurityRule.values());
  }

  private static List<PodSpecRule> of(PodSpecRule[]... groups) {
    List<PodSpecRule> all = new ArrayList<>();
    for (PodSpecRule[] group : groups) {
      for (PodSpecRule rule : group) {
        all.add(rule);
      }
    }
    return List.copyOf(all);
  }

  private static List<PodSpecRule> concat(List<PodSpecRule> first, List<PodSpecRule> second) {
    List<PodSpecRule> all = new ArrayList<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }
}
