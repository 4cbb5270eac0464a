package dev.podwright.validation.rules.warnings;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Affinity;
import io.kubernetes.client.openapi.models.V1NodeSelectorRequirement;
import io.kubernetes.client.openapi.models.V1NodeSelectorTerm;
import io.kubernetes.client.openapi.models.V1PodAffinityTerm;
import io.kubernetes.client.openapi.models.V1PreferredSchedulingTerm;
import io.kubernetes.client.openapi.models.V1TopologySpreadConstraint;
import io.kubernetes.client.openapi.models.V1WeightedPodAffinityTerm;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scheduling selectors that match nothing or use deprecated node labels ({@code
 * W_SELECTOR_NULL_OR_DEPRECATED_LABEL}): a null {@code labelSelector} in pod (anti-)affinity terms
 * and topology spread constraints; {@code beta.kubernetes.io/*} and {@code
 * failure-domain.beta.kubernetes.io/*} node labels in nodeSelector, node affinity and topology
 * keys.
 */
public final class WarnSelectorNullOrDeprecatedLabel implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "W_SELECTOR_NULL_OR_DEPRECATED_LABEL",
          Severity.WARNING,
          "K. Warnings returned by the API server",
          "Pod affinity terms and topology spread constraints have a labelSelector; node selectors avoid deprecated beta node labels.",
          "The API server warns: a null labelSelector matches no pod, and deprecated node labels may be missing on newer nodes.",
          "Add a labelSelector; use kubernetes.io/os, kubernetes.io/arch, topology.kubernetes.io/zone|region and node.kubernetes.io/instance-type.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    FieldPath root = context.root();
    Map<String, String> nodeSelector = context.spec().getNodeSelector();
    if (nodeSelector != null) {
      new TreeMap<>(withoutNullKeys(nodeSelector))
          .keySet()
          .forEach(key -> deprecated(sink, root.child("nodeSelector").key(key), key, false));
    }
    V1Affinity affinity = context.spec().getAffinity();
    if (affinity != null && affinity.getNodeAffinity() != null) {
      FieldPath node = root.child("affinity").child("nodeAffinity");
      if (affinity.getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution() != null) {
        List<V1NodeSelectorTerm> terms =
            affinity
                .getNodeAffinity()
                .getRequiredDuringSchedulingIgnoredDuringExecution()
                .getNodeSelectorTerms();
        FieldPath list =
            node.child("requiredDuringSchedulingIgnoredDuringExecution").child("nodeSelectorTerms");
        if (terms != null) {
          for (int i = 0; i < terms.size(); i++) {
            term(sink, list.index(i), terms.get(i));
          }
        }
      }
      List<V1PreferredSchedulingTerm> preferred =
          affinity.getNodeAffinity().getPreferredDuringSchedulingIgnoredDuringExecution();
      if (preferred != null) {
        FieldPath list = node.child("preferredDuringSchedulingIgnoredDuringExecution");
        for (int i = 0; i < preferred.size(); i++) {
          if (preferred.get(i) != null) {
            term(sink, list.index(i).child("preference"), preferred.get(i).getPreference());
          }
        }
      }
    }
    List<V1TopologySpreadConstraint> spread = context.spec().getTopologySpreadConstraints();
    if (spread != null) {
      FieldPath list = root.child("topologySpreadConstraints");
      for (int i = 0; i < spread.size(); i++) {
        V1TopologySpreadConstraint constraint = spread.get(i);
        if (constraint == null) {
          continue;
        }
        if (constraint.getTopologyKey() != null) {
          deprecated(sink, list.index(i).child("topologyKey"), constraint.getTopologyKey(), true);
        }
        if (constraint.getLabelSelector() == null) {
          nullSelector(sink, list.index(i).child("labelSelector"));
        }
      }
    }
    if (affinity != null && affinity.getPodAffinity() != null) {
      FieldPath pod = root.child("affinity").child("podAffinity");
      required(
          sink, pod, affinity.getPodAffinity().getRequiredDuringSchedulingIgnoredDuringExecution());
      preferred(
          sink,
          pod,
          affinity.getPodAffinity().getPreferredDuringSchedulingIgnoredDuringExecution());
    }
    if (affinity != null && affinity.getPodAntiAffinity() != null) {
      FieldPath pod = root.child("affinity").child("podAntiAffinity");
      required(
          sink,
          pod,
          affinity.getPodAntiAffinity().getRequiredDuringSchedulingIgnoredDuringExecution());
      preferred(
          sink,
          pod,
          affinity.getPodAntiAffinity().getPreferredDuringSchedulingIgnoredDuringExecution());
    }
  }

  private static final Map<String, String> DEPRECATED =
      Map.of(
          "beta.kubernetes.io/arch", "deprecated since v1.14; use \"kubernetes.io/arch\" instead",
          "beta.kubernetes.io/os", "deprecated since v1.14; use \"kubernetes.io/os\" instead",
          "failure-domain.beta.kubernetes.io/region",
              "deprecated since v1.17; use \"topology.kubernetes.io/region\" instead",
          "failure-domain.beta.kubernetes.io/zone",
              "deprecated since v1.17; use \"topology.kubernetes.io/zone\" instead",
          "beta.kubernetes.io/instance-type",
              "deprecated since v1.17; use \"node.kubernetes.io/instance-type\" instead");

  private static Map<String, String> withoutNullKeys(Map<String, String> map) {
    Map<String, String> copy = new TreeMap<>();
    map.forEach(
        (k, v) -> {
          if (k != null) {
            copy.put(k, v);
          }
        });
    return copy;
  }

  private static void deprecated(ViolationSink sink, FieldPath path, String key, boolean named) {
    String message = DEPRECATED.get(key);
    if (message != null) {
      sink.report(
          path, key, named ? key + " is " + message : "node label " + key + " is " + message);
    }
  }

  private static void term(ViolationSink sink, FieldPath path, V1NodeSelectorTerm term) {
    if (term == null || term.getMatchExpressions() == null) {
      return;
    }
    List<V1NodeSelectorRequirement> expressions = term.getMatchExpressions();
    for (int i = 0; i < expressions.size(); i++) {
      V1NodeSelectorRequirement requirement = expressions.get(i);
      if (requirement != null && requirement.getKey() != null) {
        deprecated(
            sink, path.child("matchExpressions").index(i).child("key"), requirement.getKey(), true);
      }
    }
  }

  private static void required(
      ViolationSink sink, FieldPath affinity, List<V1PodAffinityTerm> terms) {
    if (terms == null) {
      return;
    }
    FieldPath list = affinity.child("requiredDuringSchedulingIgnoredDuringExecution");
    for (int i = 0; i < terms.size(); i++) {
      if (terms.get(i) != null && terms.get(i).getLabelSelector() == null) {
        nullSelector(sink, list.index(i).child("labelSelector"));
      }
    }
  }

  private static void preferred(
      ViolationSink sink, FieldPath affinity, List<V1WeightedPodAffinityTerm> terms) {
    if (terms == null) {
      return;
    }
    FieldPath list = affinity.child("preferredDuringSchedulingIgnoredDuringExecution");
    for (int i = 0; i < terms.size(); i++) {
      V1WeightedPodAffinityTerm term = terms.get(i);
      if (term != null
          && (term.getPodAffinityTerm() == null
              || term.getPodAffinityTerm().getLabelSelector() == null)) {
        nullSelector(sink, list.index(i).child("podAffinityTerm").child("labelSelector"));
      }
    }
  }

  private static void nullSelector(ViolationSink sink, FieldPath path) {
    sink.report(path, null, "a null labelSelector results in matching no pod");
  }
}
