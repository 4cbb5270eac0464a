package dev.podwright.validation.rules.scheduling;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.rules.support.DnsNames;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Affinity;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1NodeAffinity;
import io.kubernetes.client.openapi.models.V1NodeSelector;
import io.kubernetes.client.openapi.models.V1NodeSelectorRequirement;
import io.kubernetes.client.openapi.models.V1NodeSelectorTerm;
import io.kubernetes.client.openapi.models.V1PodAffinityTerm;
import io.kubernetes.client.openapi.models.V1PreferredSchedulingTerm;
import io.kubernetes.client.openapi.models.V1WeightedPodAffinityTerm;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks behind {@link SchedulingRule#NODE_AFFINITY_TERMS} and {@link
 * SchedulingRule#POD_AFFINITY_TERMS}: {@code validateNodeAffinity}, {@code validatePodAffinity} and
 * {@code validatePodAntiAffinity} of the API server.
 */
final class AffinityChecks {

  private AffinityChecks() {}

  /** Checks {@link SchedulingRule#NODE_AFFINITY_TERMS}. */
  static void nodeAffinityTerms(PodSpecContext context, ViolationSink sink) {
    V1Affinity affinity = context.spec().getAffinity();
    if (affinity == null || affinity.getNodeAffinity() == null) {
      return;
    }
    V1NodeAffinity node = affinity.getNodeAffinity();
    FieldPath path = context.root().child("affinity").child("nodeAffinity");
    V1NodeSelector required = node.getRequiredDuringSchedulingIgnoredDuringExecution();
    if (required != null) {
      FieldPath terms =
          path.child("requiredDuringSchedulingIgnoredDuringExecution").child("nodeSelectorTerms");
      List<V1NodeSelectorTerm> list = Selectors.list(required.getNodeSelectorTerms());
      if (list.isEmpty()) {
        sink.report(terms, null, "Required value: must have at least one node selector term.");
      }
      for (int i = 0; i < list.size(); i++) {
        nodeSelectorTerm(list.get(i), true, terms.index(i), sink);
      }
    }
    List<V1PreferredSchedulingTerm> preferred =
        Selectors.list(node.getPreferredDuringSchedulingIgnoredDuringExecution());
    FieldPath preferredPath = path.child("preferredDuringSchedulingIgnoredDuringExecution");
    for (int i = 0; i < preferred.size(); i++) {
      V1PreferredSchedulingTerm term = preferred.get(i);
      if (term == null) {
        continue;
      }
      weight(term.getWeight(), preferredPath.index(i).child("weight"), sink);
      // invalid label values are allowed in preferred terms
      nodeSelectorTerm(
          term.getPreference(), false, preferredPath.index(i).child("preference"), sink);
    }
  }

  private static void weight(Integer weight, FieldPath path, ViolationSink sink) {
    int value = weight == null ? 0 : weight;
    if (value <= 0 || value > 100) {
      sink.report(path, value, "Invalid value: " + value + ": must be in the range 1-100.");
    }
  }

  private static void nodeSelectorTerm(
      V1NodeSelectorTerm term, boolean checkValues, FieldPath path, ViolationSink sink) {
    if (term == null) {
      return;
    }
    List<V1NodeSelectorRequirement> expressions = Selectors.list(term.getMatchExpressions());
    for (int j = 0; j < expressions.size(); j++) {
      if (expressions.get(j) != null) {
        nodeSelectorRequirement(
            expressions.get(j), checkValues, path.child("matchExpressions").index(j), sink);
      }
    }
    List<V1NodeSelectorRequirement> fields = Selectors.list(term.getMatchFields());
    for (int j = 0; j < fields.size(); j++) {
      if (fields.get(j) != null) {
        nodeFieldRequirement(fields.get(j), path.child("matchFields").index(j), sink);
      }
    }
  }

  private static void nodeSelectorRequirement(
      V1NodeSelectorRequirement requirement,
      boolean checkValues,
      FieldPath path,
      ViolationSink sink) {
    List<String> values = Selectors.list(requirement.getValues());
    String operator = requirement.getOperator();
    if ("In".equals(operator) || "NotIn".equals(operator)) {
      if (values.isEmpty()) {
        sink.report(
            path.child("values"),
            null,
            "Required value: must be specified when `operator` is 'In' or 'NotIn'.");
      }
    } else if ("Exists".equals(operator) || "DoesNotExist".equals(operator)) {
      if (!values.isEmpty()) {
        sink.report(
            path.child("values"),
            values,
            "Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'.");
      }
    } else if ("Gt".equals(operator) || "Lt".equals(operator)) {
      if (values.size() != 1) {
        sink.report(
            path.child("values"),
            values,
            "Required value: must be specified single value when `operator` is 'Lt' or 'Gt'.");
      }
    } else {
      sink.report(
          path.child("operator"),
          operator,
          "Invalid value: \"" + operator + "\": not a valid selector operator.");
    }
    Selectors.labelName(requirement.getKey(), path.child("key"), sink);
    if (checkValues) {
      for (int i = 0; i < values.size(); i++) {
        Selectors.labelValue(values.get(i), path.child("values").index(i), sink);
      }
    }
  }

  private static void nodeFieldRequirement(
      V1NodeSelectorRequirement requirement, FieldPath path, ViolationSink sink) {
    List<String> values = Selectors.list(requirement.getValues());
    String operator = requirement.getOperator();
    if ("In".equals(operator) || "NotIn".equals(operator)) {
      if (values.size() != 1) {
        sink.report(
            path.child("values"),
            values,
            "Required value: must be only one value when `operator` is 'In' or 'NotIn' for node"
                + " field selector.");
      }
    } else {
      sink.report(
          path.child("operator"),
          operator,
          "Invalid value: \"" + operator + "\": not a valid selector operator.");
    }
    if (!"metadata.name".equals(requirement.getKey())) {
      sink.report(
          path.child("key"),
          requirement.getKey(),
          "Invalid value: \""
              + requirement.getKey()
              + "\": not a valid field selector key (only metadata.name).");
      return;
    }
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (value == null || value.length() > 253 || !DnsNames.isDns1123Subdomain(value)) {
        sink.report(
            path.child("values").index(i),
            value,
            "Invalid value: \""
                + value
                + "\": a node name must be a lowercase DNS-1123 subdomain.");
      }
    }
  }

  /** Checks {@link SchedulingRule#POD_AFFINITY_TERMS}. */
  static void podAffinityTerms(PodSpecContext context, ViolationSink sink) {
    V1Affinity affinity = context.spec().getAffinity();
    if (affinity == null) {
      return;
    }
    FieldPath path = context.root().child("affinity");
    if (affinity.getPodAffinity() != null) {
      podAffinity(
          affinity.getPodAffinity().getRequiredDuringSchedulingIgnoredDuringExecution(),
          affinity.getPodAffinity().getPreferredDuringSchedulingIgnoredDuringExecution(),
          path.child("podAffinity"),
          sink);
    }
    if (affinity.getPodAntiAffinity() != null) {
      podAffinity(
          affinity.getPodAntiAffinity().getRequiredDuringSchedulingIgnoredDuringExecution(),
          affinity.getPodAntiAffinity().getPreferredDuringSchedulingIgnoredDuringExecution(),
          path.child("podAntiAffinity"),
          sink);
    }
  }

  private static void podAffinity(
      List<V1PodAffinityTerm> required,
      List<V1WeightedPodAffinityTerm> preferred,
      FieldPath path,
      ViolationSink sink) {
    List<V1PodAffinityTerm> terms = Selectors.list(required);
    FieldPath requiredPath = path.child("requiredDuringSchedulingIgnoredDuringExecution");
    for (int i = 0; i < terms.size(); i++) {
      podAffinityTerm(terms.get(i), requiredPath.index(i), sink);
    }
    List<V1WeightedPodAffinityTerm> weighted = Selectors.list(preferred);
    FieldPath preferredPath = path.child("preferredDuringSchedulingIgnoredDuringExecution");
    for (int i = 0; i < weighted.size(); i++) {
      V1WeightedPodAffinityTerm term = weighted.get(i);
      if (term == null) {
        continue;
      }
      weight(term.getWeight(), preferredPath.index(i).child("weight"), sink);
      podAffinityTerm(
          term.getPodAffinityTerm(), preferredPath.index(i).child("podAffinityTerm"), sink);
    }
  }

  private static void podAffinityTerm(V1PodAffinityTerm term, FieldPath path, ViolationSink sink) {
    if (term == null) {
      return;
    }
    Selectors.labelSelector(term.getLabelSelector(), path.child("labelSelector"), sink);
    Selectors.labelSelector(term.getNamespaceSelector(), path.child("namespaceSelector"), sink);
    for (String namespace : Selectors.list(term.getNamespaces())) {
      if (namespace == null || !DnsNames.isDns1123Label(namespace)) {
        // the API server prints this path in the singular
        sink.report(
            path.child("namespace"),
            namespace,
            "Invalid value: \"" + namespace + "\": a namespace must be a DNS-1123 label.");
      }
    }
    labelKeys(term, path, sink);
    String topologyKey = term.getTopologyKey();
    if (topologyKey == null || topologyKey.isEmpty()) {
      sink.report(path.child("topologyKey"), null, "Required value: can not be empty.");
    }
    Selectors.labelName(topologyKey, path.child("topologyKey"), sink);
  }

  /** {@code validateMatchLabelKeysAndMismatchLabelKeys}. */
  private static void labelKeys(V1PodAffinityTerm term, FieldPath path, ViolationSink sink) {
    List<String> match = Selectors.list(term.getMatchLabelKeys());
    List<String> mismatch = Selectors.list(term.getMismatchLabelKeys());
    V1LabelSelector selector = term.getLabelSelector();
    labelKeyList(match, selector, path.child("matchLabelKeys"), sink);
    labelKeyList(mismatch, selector, path.child("mismatchLabelKeys"), sink);
    Set<String> mismatched = new HashSet<>(mismatch);
    for (int i = 0; i < match.size(); i++) {
      if (mismatched.contains(match.get(i))) {
        sink.report(
            path.child("matchLabelKeys").index(i),
            match.get(i),
            "Invalid value: \""
                + match.get(i)
                + "\": exists in both matchLabelKeys and mismatchLabelKeys.");
      }
    }
  }

  private static void labelKeyList(
      List<String> keys, V1LabelSelector selector, FieldPath path, ViolationSink sink) {
    if (keys.isEmpty()) {
      return;
    }
    if (selector == null) {
      sink.report(path, keys, "Forbidden: must not be specified when labelSelector is not set.");
      return;
    }
    for (int i = 0; i < keys.size(); i++) {
      Selectors.labelName(keys.get(i), path.index(i), sink);
    }
  }
}
