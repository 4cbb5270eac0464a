package dev.podwright.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule enums of the sub-packages: each constant is named by its rule id, and the registries
 * list every constant, in the enum's order, exactly once.
 */
class RuleEnumsTest {

  static Stream<Class<? extends Enum<?>>> enums() {
    return Stream.of(
        ContainerRule.class,
        EnvRule.class,
        EphemeralRule.class,
        MountRule.class,
        NameRule.class,
        PodRule.class,
        PodLevelRule.class,
        PolicyRule.class,
        PortRule.class,
        ProbeRule.class,
        ResourceRule.class,
        RuntimeHazardRule.class,
        SchedulingRule.class,
        SecurityContextRule.class,
        VolumeRule.class,
        WarningRule.class);
  }

  @ParameterizedTest
  @MethodSource("enums")
  void everyConstantIsNamedByItsRuleId(Class<? extends Enum<?>> type) {
    for (Enum<?> constant : type.getEnumConstants()) {
      assertThat(((PodSpecRule) constant).info().id()).isEqualTo(constant.name());
    }
  }

  @ParameterizedTest
  @MethodSource("enums")
  void registriesListEveryConstantOnceInEnumOrder(Class<? extends Enum<?>> type) {
    List<PodSpecRule> registered = new ArrayList<>();
    registered.addAll(ApiServerRules.all());
    registered.addAll(RuntimeHazardRules.all());
    registered.addAll(PolicyRules.all());
    List<Object> ofThisEnum = new ArrayList<>();
    for (PodSpecRule rule : registered) {
      if (type.isInstance(rule)) {
        ofThisEnum.add(rule);
      }
    }
    assertThat(ofThisEnum).containsExactly((Object[]) type.getEnumConstants());
  }
}
