package dev.podwright.validation.rules.scheduling;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.Section;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.List;

/**
 * The built-in rules for where a pod may run: node and pod (anti-)affinity, tolerations, topology
 * spread constraints, scheduling gates and readiness gates, as the API server checks them on Pod
 * create (label values and selectors strictly, as for a new object). One constant per rule, named
 * by its rule id, in catalog order.
 */
public enum SchedulingRule implements PodSpecRule {
  /**
   * {@code spec.affinity.nodeAffinity} ({@code NODE_AFFINITY_TERMS}): required node selectors have
   * at least one term; every matchExpression has a known operator (In, NotIn, Exists, DoesNotExist,
   * Gt, Lt) with the right number of values, a qualified-name key and (in required terms) label
   * values; matchFields use metadata.name with In or NotIn and one node name; preferred terms weigh
   * 1-100.
   */
  NODE_AFFINITY_TERMS(
      Severity.ERROR,
      Section.SCHEDULING,
      "Node affinity terms are well formed: at least one required term, known operators with the"
          + " right values, label keys and values, matchFields on metadata.name, weights 1-100.",
      "The API server rejects malformed node affinity (Required, Forbidden or Invalid value,"
          + " e.g. at spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution"
          + ".nodeSelectorTerms[0].matchExpressions[0].values).",
      "Give In/NotIn at least one value, Exists/DoesNotExist none, Gt/Lt exactly one; use label"
          + " keys and values; for matchFields use key metadata.name with one node name."),

  /**
   * {@code spec.affinity.podAffinity} and {@code podAntiAffinity} ({@code POD_AFFINITY_TERMS}):
   * label and namespace selectors are valid, namespaces are DNS-1123 labels, matchLabelKeys and
   * mismatchLabelKeys are label keys used only with a labelSelector and not both at once, the
   * topologyKey is a non-empty label key, weights are 1-100.
   */
  POD_AFFINITY_TERMS(
      Severity.ERROR,
      Section.SCHEDULING,
      "Pod affinity and anti-affinity terms have valid selectors, namespaces, match label keys,"
          + " a topologyKey and weights 1-100.",
      "The API server rejects such terms (Required, Forbidden or Invalid value); note that it"
          + " reports a bad namespaces entry at the path ...namespace.",
      "Set topologyKey (e.g. kubernetes.io/hostname), use valid label selectors, DNS-1123"
          + " namespace names, and matchLabelKeys only together with a labelSelector."),

  /**
   * {@code spec.tolerations} ({@code TOLERATION_FIELDS}): the key is a label key; an empty key
   * needs operator Exists; operator is Equal (or empty) with a label value, or Exists without a
   * value (Lt and Gt need an alpha gate, off in every supported release); effect is NoSchedule,
   * PreferNoSchedule or NoExecute; tolerationSeconds only with NoExecute.
   */
  TOLERATION_FIELDS(
      Severity.ERROR,
      Section.SCHEDULING,
      "Tolerations have a label-key key, operator Equal or Exists with a matching value, a known"
          + " effect, and tolerationSeconds only with NoExecute.",
      "The API server rejects other tolerations (Invalid or Unsupported value, e.g. at"
          + " spec.tolerations[0].operator, where it also reports a bad value).",
      "Use operator Exists without a value (the only choice with an empty key) or Equal with a"
          + " label value; effect NoSchedule, PreferNoSchedule or NoExecute."),

  /**
   * {@code spec.topologySpreadConstraints} ({@code TOPOLOGY_SPREAD_CONSTRAINTS}): maxSkew above 0,
   * a topologyKey, whenUnsatisfiable DoNotSchedule or ScheduleAnyway, no two constraints with the
   * same topologyKey and whenUnsatisfiable, minDomains above 0 and only with DoNotSchedule, node
   * inclusion policies Honor or Ignore, matchLabelKeys that are label keys, used with a
   * labelSelector and not in it, and a valid labelSelector.
   */
  TOPOLOGY_SPREAD_CONSTRAINTS(
      Severity.ERROR,
      Section.SCHEDULING,
      "Topology spread constraints have maxSkew > 0, a topologyKey, a known whenUnsatisfiable,"
          + " no repeated {topologyKey, whenUnsatisfiable}, valid minDomains, policies,"
          + " matchLabelKeys and labelSelector.",
      "The API server rejects such constraints (Invalid, Required, Unsupported, Duplicate or"
          + " Forbidden value).",
      "Use maxSkew >= 1, whenUnsatisfiable DoNotSchedule (needed for minDomains) or"
          + " ScheduleAnyway, one constraint per topologyKey and action, and keys in"
          + " matchLabelKeys that the labelSelector does not name."),

  /**
   * {@code spec.schedulingGates} ({@code SCHEDULING_GATES}): names are qualified names and unique;
   * a pod with gates sets no {@code nodeName} ({@code ValidatePodCreate}).
   */
  SCHEDULING_GATES(
      Severity.ERROR,
      Section.SCHEDULING,
      "Scheduling gate names are unique qualified names, and a gated pod sets no nodeName.",
      "The API server rejects invalid (Invalid value) or repeated (Duplicate value) gate names,"
          + " and a Pod with both gates and nodeName (Forbidden: cannot be set until all"
          + " schedulingGates have been cleared).",
      "Name each gate once, e.g. example.com/wait-for-quota, and leave nodeName unset."),

  /** {@code spec.readinessGates[*].conditionType} is a qualified name ({@code READINESS_GATES}). */
  READINESS_GATES(
      Severity.ERROR,
      Section.SCHEDULING,
      "Readiness gate condition types are qualified names.",
      "The API server rejects other condition types (Invalid value at"
          + " spec.readinessGates[i].conditionType).",
      "Use a condition type like example.com/ready: an optional DNS prefix, '/', and a name.");

  private final RuleInfo info;

  SchedulingRule(Severity severity, Section section, String what, String why, String fix) {
    this.info = new RuleInfo(name(), severity, section, what, why, fix);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    // Each check reads one pod field and reports nothing when it is unset or empty; testing that
    // here keeps the check classes unloaded for a pod without them (cold start).
    V1PodSpec spec = context.spec();
    switch (this) {
      case NODE_AFFINITY_TERMS -> {
        if (spec.getAffinity() != null) {
          AffinityChecks.nodeAffinityTerms(context, sink);
        }
      }
      case POD_AFFINITY_TERMS -> {
        if (spec.getAffinity() != null) {
          AffinityChecks.podAffinityTerms(context, sink);
        }
      }
      case TOLERATION_FIELDS -> {
        if (isSet(spec.getTolerations())) {
          PlacementChecks.tolerationFields(context, sink);
        }
      }
      case TOPOLOGY_SPREAD_CONSTRAINTS -> {
        if (isSet(spec.getTopologySpreadConstraints())) {
          PlacementChecks.topologySpreadConstraints(context, sink);
        }
      }
      case SCHEDULING_GATES -> {
        if (isSet(spec.getSchedulingGates())) {
          PlacementChecks.schedulingGates(context, sink);
        }
      }
      case READINESS_GATES -> {
        if (isSet(spec.getReadinessGates())) {
          PlacementChecks.readinessGates(context, sink);
        }
      }
    }
  }

  private static boolean isSet(List<?> list) {
    return list != null && !list.isEmpty();
  }
}
