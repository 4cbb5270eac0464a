package dev.podwright.validation.rules.scheduling;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1LabelSelectorRequirement;
import io.kubernetes.client.openapi.models.V1PodReadinessGate;
import io.kubernetes.client.openapi.models.V1PodSchedulingGate;
import io.kubernetes.client.openapi.models.V1Toleration;
import io.kubernetes.client.openapi.models.V1TopologySpreadConstraint;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The checks behind {@link SchedulingRule#TOLERATION_FIELDS}, {@link
 * SchedulingRule#TOPOLOGY_SPREAD_CONSTRAINTS}, {@link SchedulingRule#SCHEDULING_GATES} and {@link
 * SchedulingRule#READINESS_GATES}: the API server's {@code ValidateTolerations}, {@code
 * validateTopologySpreadConstraints}, {@code validateSchedulingGates} (with the nodeName check of
 * {@code ValidatePodCreate}) and {@code validateReadinessGates}.
 */
final class PlacementChecks {

  static final List<String> TAINT_EFFECTS = List.of("NoSchedule", "PreferNoSchedule", "NoExecute");

  private static final List<String> WHEN_UNSATISFIABLE = List.of("DoNotSchedule", "ScheduleAnyway");

  private static final List<String> NODE_INCLUSION_POLICIES = List.of("Honor", "Ignore");

  private PlacementChecks() {}

  /** Checks {@link SchedulingRule#TOLERATION_FIELDS}. */
  static void tolerationFields(PodSpecContext context, ViolationSink sink) {
    List<V1Toleration> tolerations = Selectors.list(context.spec().getTolerations());
    FieldPath root = context.root().child("tolerations");
    for (int i = 0; i < tolerations.size(); i++) {
      V1Toleration toleration = tolerations.get(i);
      if (toleration == null) {
        continue;
      }
      FieldPath path = root.index(i);
      String key = toleration.getKey() == null ? "" : toleration.getKey();
      String operator = toleration.getOperator() == null ? "" : toleration.getOperator();
      String value = toleration.getValue() == null ? "" : toleration.getValue();
      String effect = toleration.getEffect() == null ? "" : toleration.getEffect();
      if (!key.isEmpty()) {
        Selectors.labelName(key, path.child("key"), sink);
      }
      if (key.isEmpty() && !operator.equals("Exists")) {
        sink.report(
            path.child("operator"),
            operator,
            "Invalid value: \""
                + operator
                + "\": operator must be Exists when `key` is empty, which means \"match all values"
                + " and all keys\".");
      }
      if (toleration.getTolerationSeconds() != null && !effect.equals("NoExecute")) {
        sink.report(
            path.child("effect"),
            effect,
            "Invalid value: \""
                + effect
                + "\": effect must be 'NoExecute' when `tolerationSeconds` is set.");
      }
      if (operator.isEmpty() || operator.equals("Equal")) {
        String problem = KubeIdentifiers.labelValue(value).orElse(null);
        if (problem != null) {
          // the API server reports a bad value at the operator's path
          sink.report(
              path.child("operator"),
              value,
              "Invalid value: \"" + value + "\": the toleration value " + problem + ".");
        }
      } else if (operator.equals("Exists")) {
        if (!value.isEmpty()) {
          sink.report(
              path.child("operator"),
              value,
              "Invalid value: \"" + value + "\": value must be empty when `operator` is 'Exists'.");
        }
      } else {
        sink.report(
            path.child("operator"),
            operator,
            "Unsupported value: \""
                + operator
                + "\": supported values: \"Equal\", \"Exists\" (Lt and Gt need the alpha feature"
                + " gate TaintTolerationComparisonOperators).");
      }
      if (!effect.isEmpty() && !TAINT_EFFECTS.contains(effect)) {
        sink.report(
            path.child("effect"),
            effect,
            "Unsupported value: \""
                + effect
                + "\": supported values: \"NoSchedule\", \"PreferNoSchedule\", \"NoExecute\".");
      }
    }
  }

  /** Checks {@link SchedulingRule#TOPOLOGY_SPREAD_CONSTRAINTS}. */
  static void topologySpreadConstraints(PodSpecContext context, ViolationSink sink) {
    List<V1TopologySpreadConstraint> constraints =
        Selectors.list(context.spec().getTopologySpreadConstraints());
    FieldPath root = context.root().child("topologySpreadConstraints");
    for (int i = 0; i < constraints.size(); i++) {
      V1TopologySpreadConstraint constraint = constraints.get(i);
      if (constraint == null) {
        continue;
      }
      FieldPath path = root.index(i);
      int maxSkew = constraint.getMaxSkew() == null ? 0 : constraint.getMaxSkew();
      if (maxSkew <= 0) {
        sink.report(
            path.child("maxSkew"),
            maxSkew,
            "Invalid value: " + maxSkew + ": must be greater than zero.");
      }
      String topologyKey = constraint.getTopologyKey();
      if (topologyKey == null || topologyKey.isEmpty()) {
        sink.report(path.child("topologyKey"), null, "Required value: can not be empty.");
      }
      String when =
          constraint.getWhenUnsatisfiable() == null ? "" : constraint.getWhenUnsatisfiable();
      if (!WHEN_UNSATISFIABLE.contains(when)) {
        sink.report(
            path.child("whenUnsatisfiable"),
            when,
            "Unsupported value: \""
                + when
                + "\": supported values: \"DoNotSchedule\", \"ScheduleAnyway\".");
      }
      for (int j = i + 1; j < constraints.size(); j++) {
        V1TopologySpreadConstraint other = constraints.get(j);
        if (other != null
            && Objects.equals(blank(topologyKey), blank(other.getTopologyKey()))
            && Objects.equals(when, blank(other.getWhenUnsatisfiable()))) {
          String pair = "{" + blank(topologyKey) + ", " + when + "}";
          sink.report(
              path.child("{topologyKey, whenUnsatisfiable}"),
              pair,
              "Duplicate value: \"" + pair + "\": another constraint has the same pair.");
          break;
        }
      }
      Integer minDomains = constraint.getMinDomains();
      if (minDomains != null) {
        if (minDomains <= 0) {
          sink.report(
              path.child("minDomains"),
              minDomains,
              "Invalid value: " + minDomains + ": must be greater than zero.");
        }
        if (!when.equals("DoNotSchedule")) {
          sink.report(
              path.child("minDomains"),
              minDomains,
              "Invalid value: "
                  + minDomains
                  + ": can only use minDomains if whenUnsatisfiable=DoNotSchedule, not "
                  + when
                  + ".");
        }
      }
      inclusionPolicy(constraint.getNodeAffinityPolicy(), path.child("nodeAffinityPolicy"), sink);
      inclusionPolicy(constraint.getNodeTaintsPolicy(), path.child("nodeTaintsPolicy"), sink);
      matchLabelKeys(constraint, path.child("matchLabelKeys"), sink);
      Selectors.labelSelector(constraint.getLabelSelector(), path.child("labelSelector"), sink);
    }
  }

  private static String blank(String text) {
    return text == null ? "" : text;
  }

  private static void inclusionPolicy(String policy, FieldPath path, ViolationSink sink) {
    if (policy != null && !NODE_INCLUSION_POLICIES.contains(policy)) {
      sink.report(
          path,
          policy,
          "Unsupported value: \"" + policy + "\": supported values: \"Honor\", \"Ignore\".");
    }
  }

  /** {@code validateMatchLabelKeysInTopologySpread}. */
  private static void matchLabelKeys(
      V1TopologySpreadConstraint constraint, FieldPath path, ViolationSink sink) {
    List<String> keys = Selectors.list(constraint.getMatchLabelKeys());
    if (keys.isEmpty()) {
      return;
    }
    V1LabelSelector selector = constraint.getLabelSelector();
    Set<String> selectorKeys = new HashSet<>();
    if (selector == null) {
      sink.report(path, keys, "Forbidden: must not be specified when labelSelector is not set.");
    } else {
      if (selector.getMatchLabels() != null) {
        selectorKeys.addAll(selector.getMatchLabels().keySet());
      }
      for (V1LabelSelectorRequirement expression : Selectors.list(selector.getMatchExpressions())) {
        if (expression != null) {
          selectorKeys.add(expression.getKey());
        }
      }
    }
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      Selectors.labelName(key, path.index(i), sink);
      if (selectorKeys.contains(key)) {
        sink.report(
            path.index(i),
            key,
            "Invalid value: \"" + key + "\": exists in both matchLabelKeys and labelSelector.");
      }
    }
  }

  /** Checks {@link SchedulingRule#SCHEDULING_GATES}. */
  static void schedulingGates(PodSpecContext context, ViolationSink sink) {
    List<V1PodSchedulingGate> gates = Selectors.list(context.spec().getSchedulingGates());
    FieldPath root = context.root().child("schedulingGates");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < gates.size(); i++) {
      V1PodSchedulingGate gate = gates.get(i);
      String name = gate == null || gate.getName() == null ? "" : gate.getName();
      Selectors.labelName(name, root.index(i), sink);
      if (!seen.add(name)) {
        sink.report(root.index(i), name, "Duplicate value: \"" + name + "\".");
      }
    }
    String nodeName = context.spec().getNodeName();
    if (!gates.isEmpty() && nodeName != null && !nodeName.isEmpty()) {
      sink.report(
          context.root().child("nodeName"),
          nodeName,
          "Forbidden: cannot be set until all schedulingGates have been cleared.");
    }
  }

  /** Checks {@link SchedulingRule#READINESS_GATES}. */
  static void readinessGates(PodSpecContext context, ViolationSink sink) {
    List<V1PodReadinessGate> gates = Selectors.list(context.spec().getReadinessGates());
    FieldPath root = context.root().child("readinessGates");
    for (int i = 0; i < gates.size(); i++) {
      V1PodReadinessGate gate = gates.get(i);
      String type = gate == null ? null : gate.getConditionType();
      Selectors.labelName(type, root.index(i).child("conditionType"), sink);
    }
  }
}
