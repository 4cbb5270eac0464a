package dev.podwright.validation.rules.warnings;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Affinity;
import io.kubernetes.client.openapi.models.V1HostAlias;
import io.kubernetes.client.openapi.models.V1LocalObjectReference;
import io.kubernetes.client.openapi.models.V1NodeSelectorRequirement;
import io.kubernetes.client.openapi.models.V1NodeSelectorTerm;
import io.kubernetes.client.openapi.models.V1PodAffinityTerm;
import io.kubernetes.client.openapi.models.V1PreferredSchedulingTerm;
import io.kubernetes.client.openapi.models.V1TopologySpreadConstraint;
import io.kubernetes.client.openapi.models.V1WeightedPodAffinityTerm;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks behind {@link WarningRule}, one static method per rule, and their helpers: {@code
 * W_IMAGEPULLSECRETS}, {@code W_HOSTALIAS_DUP_IP}, {@code W_NEGATIVE_TGPS}, {@code
 * W_NONSTANDARD_IP}, {@code W_SELECTOR_NULL_OR_DEPRECATED_LABEL}.
 */
final class PodWarningChecks {

  /** The first release assumed to emit this warning (stricter IP validation, KEP-4858). */
  static final KubernetesVersion SINCE = KubernetesVersion.of(1, 33);

  /** The length of the IPv4-mapped IPv6 prefix, colon colon ffff colon. */
  private static final int MAPPED_PREFIX_LENGTH = 7;

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

  private PodWarningChecks() {}

  /** Checks {@link WarningRule#W_IMAGEPULLSECRETS}. */
  static void warnImagePullSecrets(PodSpecContext context, ViolationSink sink) {
    List<V1LocalObjectReference> secrets = context.spec().getImagePullSecrets();
    if (secrets == null) {
      return;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < secrets.size(); i++) {
      V1LocalObjectReference secret = secrets.get(i);
      if (secret == null) {
        continue;
      }
      String name = secret.getName() == null ? "" : secret.getName();
      if (!seen.add(name) && secrets.size() > 1) {
        sink.report(path(context, i), name, "duplicate name \"" + name + "\"");
      }
      if (name.isEmpty()) {
        sink.report(path(context, i), name, "invalid empty name \"\"");
      }
    }
  }

  /** Checks {@link WarningRule#W_HOSTALIAS_DUP_IP}. */
  static void warnHostAliasDupIp(PodSpecContext context, ViolationSink sink) {
    List<V1HostAlias> aliases = context.spec().getHostAliases();
    if (aliases == null || aliases.size() < 2) {
      return;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < aliases.size(); i++) {
      V1HostAlias alias = aliases.get(i);
      if (alias == null) {
        continue;
      }
      String ip = alias.getIp() == null ? "" : alias.getIp();
      if (!seen.add(ip)) {
        sink.report(
            context.root().child("hostAliases").index(i).child("ip"),
            ip,
            "duplicate ip \"" + ip + "\"");
      }
    }
  }

  /** Checks {@link WarningRule#W_NEGATIVE_TGPS}. */
  static void warnNegativeTgps(PodSpecContext context, ViolationSink sink) {
    Long grace = context.spec().getTerminationGracePeriodSeconds();
    if (grace != null && grace < 0) {
      sink.report(
          context.root().child("terminationGracePeriodSeconds"),
          grace,
          "terminationGracePeriodSeconds "
              + grace
              + " must be >= 0; negative values are invalid and will be treated as 1");
    }
  }

  /** Checks {@link WarningRule#W_NONSTANDARD_IP}. */
  static void warnNonStandardIp(PodSpecContext context, ViolationSink sink) {
    if (!context.version().isAtLeast(SINCE)) {
      return;
    }
    if (context.spec().getDnsConfig() != null) {
      List<String> servers = context.spec().getDnsConfig().getNameservers();
      if (servers != null) {
        for (int i = 0; i < servers.size(); i++) {
          String ip = servers.get(i);
          Optional<String> fixed = standard(ip);
          if (fixed.isPresent()) {
            report(
                sink,
                context.root().child("dnsConfig").child("nameservers").index(i),
                ip,
                fixed.get());
          }
        }
      }
    }
    List<V1HostAlias> aliases = context.spec().getHostAliases();
    if (aliases != null) {
      for (int i = 0; i < aliases.size(); i++) {
        if (aliases.get(i) != null) {
          String ip = aliases.get(i).getIp();
          Optional<String> fixed = standard(ip);
          if (fixed.isPresent()) {
            report(sink, context.root().child("hostAliases").index(i).child("ip"), ip, fixed.get());
          }
        }
      }
    }
  }

  /** Checks {@link WarningRule#W_SELECTOR_NULL_OR_DEPRECATED_LABEL}. */
  static void warnSelectorNullOrDeprecatedLabel(PodSpecContext context, ViolationSink sink) {
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

  private static FieldPath path(PodSpecContext context, int i) {
    return context.root().child("imagePullSecrets").index(i).child("name");
  }

  private static void report(ViolationSink sink, FieldPath path, String ip, String fixed) {
    sink.report(
        path,
        ip,
        "non-standard IP address \""
            + ip
            + "\" will be considered invalid in a future"
            + " Kubernetes release: use \""
            + fixed
            + "\"");
  }

  /** The standard form of a valid but non-standard IP, empty when it is standard or invalid. */
  static Optional<String> standard(String ip) {
    if (ip == null) {
      return Optional.empty();
    }
    if (isMappedPrefix(ip)) {
      // IPv4-mapped IPv6, (?i)::ffff:(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})
      return Optional.ofNullable(canonicalV4(ip, MAPPED_PREFIX_LENGTH));
    }
    String canonical = canonicalV4(ip, 0);
    return canonical == null || canonical.equals(ip) ? Optional.empty() : Optional.of(canonical);
  }

  /** True when the text starts with {@code ::ffff:}, the letters in either case (ASCII only). */
  private static boolean isMappedPrefix(String ip) {
    if (ip.length() < MAPPED_PREFIX_LENGTH
        || ip.charAt(0) != ':'
        || ip.charAt(1) != ':'
        || ip.charAt(6) != ':') {
      return false;
    }
    for (int i = 2; i < 6; i++) {
      char c = ip.charAt(i);
      if (c != 'f' && c != 'F') {
        return false;
      }
    }
    return true;
  }

  /**
   * The dotted-decimal form of {@code text[from..]} when it is four groups of one to three ASCII
   * digits ({@code (\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})}) with no group above 255; null
   * otherwise.
   */
  private static String canonicalV4(String text, int from) {
    int[] octets = new int[4];
    int i = from;
    int n = text.length();
    for (int group = 0; group < 4; group++) {
      if (group > 0) {
        if (i >= n || text.charAt(i) != '.') {
          return null;
        }
        i++;
      }
      int start = i;
      int value = 0;
      while (i < n && i - start < 3 && isDigit(text.charAt(i))) {
        value = value * 10 + (text.charAt(i) - '0');
        i++;
      }
      if (i == start || (i < n && isDigit(text.charAt(i)))) {
        return null;
      }
      octets[group] = value;
    }
    if (i != n) {
      return null;
    }
    StringBuilder canonical = new StringBuilder(15);
    for (int group = 0; group < 4; group++) {
      if (octets[group] > 255) {
        return null;
      }
      canonical.append(group > 0 ? "." : "").append(octets[group]);
    }
    return canonical.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

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
