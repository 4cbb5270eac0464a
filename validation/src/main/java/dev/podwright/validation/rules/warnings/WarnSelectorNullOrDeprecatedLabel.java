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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

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
      for (String key : deprecatedKeys(nodeSelector)) {
        sink.report(
            root.child("nodeSelector").key(key),
            key,
            "node label " + key + " is " + DEPRECATED.get(key));
      }
    }
    V1Affinity affinity = context.spec().getAffinity();
    if (affinity != null && affinity.getNodeAffinity() != null) {
      if (affinity.getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution() != null) {
        List<V1NodeSelectorTerm> terms =
            affinity
                .getNodeAffinity()
                .getRequiredDuringSchedulingIgnoredDuringExecution()
                .getNodeSelectorTerms();
        if (terms != null) {
          for (int i = 0; i < terms.size(); i++) {
            term(sink, root, true, i, terms.get(i));
          }
        }
      }
      List<V1PreferredSchedulingTerm> preferred =
          affinity.getNodeAffinity().getPreferredDuringSchedulingIgnoredDuringExecution();
      if (preferred != null) {
        for (int i = 0; i < preferred.size(); i++) {
          if (preferred.get(i) != null) {
            term(sink, root, false, i, preferred.get(i).getPreference());
          }
        }
      }
    }
    List<V1TopologySpreadConstraint> spread = context.spec().getTopologySpreadConstraints();
    if (spread != null) {
      for (int i = 0; i < spread.size(); i++) {
        V1TopologySpreadConstraint constraint = spread.get(i);
        if (constraint == null) {
          continue;
        }
        String key = constraint.getTopologyKey();
        String message = key == null ? null : DEPRECATED.get(key);
        if (message != null) {
          sink.report(
              root.child("topologySpreadConstraints").index(i).child("topologyKey"),
              key,
              key + " is " + message);
        }
        if (constraint.getLabelSelector() == null) {
          nullSelector(
              sink, root.child("topologySpreadConstraints").index(i).child("labelSelector"));
        }
      }
    }
    if (affinity != null && affinity.getPodAffinity() != null) {
      required(
          sink,
          root,
          "podAffinity",
          affinity.getPodAffinity().getRequiredDuringSchedulingIgnoredDuringExecution());
      preferred(
          sink,
          root,
          "podAffinity",
          affinity.getPodAffinity().getPreferredDuringSchedulingIgnoredDuringExecution());
    }
    if (affinity != null && affinity.getPodAntiAffinity() != null) {
      required(
          sink,
          root,
          "podAntiAffinity",
          affinity.getPodAntiAffinity().getRequiredDuringSchedulingIgnoredDuringExecution());
      preferred(
          sink,
          root,
          "podAntiAffinity",
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

  /**
   * The deprecated keys of the selector, sorted (as a {@code TreeMap} of its non-null keys would
   * list them), each once.
   */
  private static List<String> deprecatedKeys(Map<String, String> selector) {
    List<String> keys = null;
    for (Map.Entry<String, String> entry : selector.entrySet()) {
      String key = entry.getKey();
      if (key != null && DEPRECATED.containsKey(key)) {
        if (keys == null) {
          keys = new ArrayList<>();
        }
        if (!keys.contains(key)) {
          keys.add(key);
        }
      }
    }
    if (keys == null) {
      return List.of();
    }
    Collections.sort(keys);
    return keys;
  }

  /**
   * Reports the deprecated keys of a node selector term: {@code
   * nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[i]} when {@code
   * required}, else {@code nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[i]
   * .preference}.
   */
  private static void term(
      ViolationSink sink, FieldPath root, boolean required, int i, V1NodeSelectorTerm term) {
    if (term == null || term.getMatchExpressions() == null) {
      return;
    }
    List<V1NodeSelectorRequirement> expressions = term.getMatchExpressions();
    for (int j = 0; j < expressions.size(); j++) {
      V1NodeSelectorRequirement requirement = expressions.get(j);
      String key = requirement == null ? null : requirement.getKey();
      String message = key == null ? null : DEPRECATED.get(key);
      if (message != null) {
        FieldPath node = root.child("affinity").child("nodeAffinity");
        FieldPath path =
            required
                ? node.child("requiredDuringSchedulingIgnoredDuringExecution")
                    .child("nodeSelectorTerms")
                    .index(i)
                : node.child("preferredDuringSchedulingIgnoredDuringExecution")
                    .index(i)
                    .child("preference");
        sink.report(
            path.child("matchExpressions").index(j).child("key"), key, key + " is " + message);
      }
    }
  }

  private static void required(
      ViolationSink sink, FieldPath root, String affinity, List<V1PodAffinityTerm> terms) {
    if (terms == null) {
      return;
    }
    for (int i = 0; i < terms.size(); i++) {
      if (terms.get(i) != null && terms.get(i).getLabelSelector() == null) {
        nullSelector(
            sink,
            root.child("affinity")
                .child(affinity)
                .child("requiredDuringSchedulingIgnoredDuringExecution")
                .index(i)
                .child("labelSelector"));
      }
    }
  }

  private static void preferred(
      ViolationSink sink, FieldPath root, String affinity, List<V1WeightedPodAffinityTerm> terms) {
    if (terms == null) {
      return;
    }
    for (int i = 0; i < terms.size(); i++) {
      V1WeightedPodAffinityTerm term = terms.get(i);
      if (term != null
          && (term.getPodAffinityTerm() == null
              || term.getPodAffinityTerm().getLabelSelector() == null)) {
        nullSelector(
            sink,
            root.child("affinity")
                .child(affinity)
                .child("preferredDuringSchedulingIgnoredDuringExecution")
                .index(i)
                .child("podAffinityTerm")
                .child("labelSelector"));
      }
    }
  }

  private static void nullSelector(ViolationSink sink, FieldPath path) {
    sink.report(path, null, "a null labelSelector results in matching no pod");
  }
}
