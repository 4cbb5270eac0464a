package dev.podwright.validation.rules.runtime;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1DownwardAPIVolumeFile;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeProjection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks behind {@link RuntimeHazardRule}, one static method per rule, and their helpers:
 * {@code RT_ENV_EXPANSION_ORDER}, {@code RT_DOWNWARDAPI_VOL_CONTAINERNAME}.
 */
final class EnvHazardChecks {

  private EnvHazardChecks() {}

  /** Checks {@link RuntimeHazardRule#RT_ENV_EXPANSION_ORDER}. */
  static void envExpansionOrder(PodSpecContext context, ViolationSink sink) {
    boolean serviceLinks = !Boolean.FALSE.equals(context.spec().getEnableServiceLinks());
    for (ContainerRef ref : context.containers()) {
      V1Container c = ref.container();
      boolean envFrom = !Hazards.list(c.getEnvFrom()).isEmpty();
      List<V1EnvVar> env = Hazards.list(c.getEnv());
      if (!anyReference(env)) {
        continue; // no $(...) in any value: nothing to index
      }
      Map<String, Integer> firstIndex = new HashMap<>();
      for (int i = 0; i < env.size(); i++) {
        V1EnvVar var = env.get(i);
        if (var != null && var.getName() != null) {
          firstIndex.putIfAbsent(var.getName(), i);
        }
      }
      for (int i = 0; i < env.size(); i++) {
        V1EnvVar var = env.get(i);
        if (var == null || var.getValue() == null) {
          continue;
        }
        for (String name : references(var.getValue())) {
          Integer at = firstIndex.get(name);
          if (at != null && at < i) {
            continue;
          }
          if (at != null) {
            sink.report(
                valuePath(ref, i),
                var.getValue(),
                "env "
                    + Hazards.quote(var.getName())
                    + " of container "
                    + Hazards.quote(ref.displayName())
                    + " uses $("
                    + name
                    + "), which "
                    + (at == i ? "is this very entry" : "is defined later, at env[" + at + "]")
                    + "; it stays the literal text $("
                    + name
                    + ").");
          } else if (!envFrom && isEnvName(name) && !mayBeProvided(name, serviceLinks)) {
            sink.report(
                valuePath(ref, i),
                var.getValue(),
                "env "
                    + Hazards.quote(var.getName())
                    + " of container "
                    + Hazards.quote(ref.displayName())
                    + " uses $("
                    + name
                    + "), which is not"
                    + " defined; it stays the literal text $("
                    + name
                    + ").");
          }
        }
      }
      if (!envFrom) {
        args(ref, c.getCommand(), "command", firstIndex, serviceLinks, sink);
        args(ref, c.getArgs(), "args", firstIndex, serviceLinks, sink);
      }
    }
  }

  /** Checks {@link RuntimeHazardRule#RT_DOWNWARDAPI_VOL_CONTAINERNAME}. */
  static void downwardApiContainerName(PodSpecContext context, ViolationSink sink) {
    List<V1Volume> volumes = Hazards.list(context.spec().getVolumes());
    Set<String> names = null;
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume volume = volumes.get(i);
      if (volume == null) {
        continue;
      }
      if (names == null && (volume.getDownwardAPI() != null || volume.getProjected() != null)) {
        names = new HashSet<>();
        for (ContainerRef ref : context.containers()) {
          names.add(ref.container().getName());
        }
      }
      if (volume.getDownwardAPI() != null) {
        items(volume.getDownwardAPI().getItems(), context.root(), i, -1, volume, names, sink);
      }
      if (volume.getProjected() != null) {
        List<V1VolumeProjection> sources = Hazards.list(volume.getProjected().getSources());
        for (int s = 0; s < sources.size(); s++) {
          V1VolumeProjection source = sources.get(s);
          if (source != null && source.getDownwardAPI() != null) {
            items(source.getDownwardAPI().getItems(), context.root(), i, s, volume, names, sink);
          }
        }
      }
    }
  }

  private static void args(
      ContainerRef ref,
      List<String> values,
      String field,
      Map<String, Integer> defined,
      boolean serviceLinks,
      ViolationSink sink) {
    List<String> list = Hazards.list(values);
    for (int i = 0; i < list.size(); i++) {
      String value = list.get(i);
      if (value == null) {
        continue;
      }
      for (String name : references(value)) {
        if (!defined.containsKey(name) && isShouted(name) && !mayBeProvided(name, serviceLinks)) {
          sink.report(
              ref.path().child(field).index(i),
              value,
              field
                  + " of container "
                  + Hazards.quote(ref.displayName())
                  + " uses $("
                  + name
                  + "), which is not in the container's env; it stays the literal text $("
                  + name
                  + ").");
        }
      }
    }
  }

  private static FieldPath valuePath(ContainerRef ref, int i) {
    return ref.path().child("env").index(i).child("value");
  }

  private static boolean mayBeProvided(String name, boolean serviceLinks) {
    return name.startsWith("KUBERNETES_") || (serviceLinks && isServiceLink(name));
  }

  /** The variable names {@code $(NAME)} refers to, in order, skipping {@code $$} escapes. */
  /** True when some value of the list may hold a {@code $(NAME)} reference. */
  private static boolean anyReference(List<V1EnvVar> env) {
    for (V1EnvVar var : env) {
      if (var != null && var.getValue() != null && var.getValue().indexOf("$(") >= 0) {
        return true;
      }
    }
    return false;
  }

  static List<String> references(String text) {
    if (text.indexOf("$(") < 0) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n - 1) {
      char c = text.charAt(i);
      if (c != '$') {
        i++;
        continue;
      }
      char next = text.charAt(i + 1);
      if (next == '$') {
        i += 2;
      } else if (next == '(') {
        int close = text.indexOf(')', i + 2);
        if (close < 0) {
          return names;
        }
        String name = text.substring(i + 2, close);
        if (!name.isEmpty()) {
          names.add(name);
        }
        i = close + 1;
      } else {
        i++;
      }
    }
    return names;
  }

  // Hand-written forms of three regular expressions; EnvExpansionGrammarTest checks that each
  // accepts exactly what its expression matches in full.

  /**
   * What can be a variable name in an env value (the classic env var name format): {@code
   * [-._a-zA-Z][-._a-zA-Z0-9]*}.
   */
  static boolean isEnvName(String name) {
    if (name.isEmpty() || isDigit(name.charAt(0))) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '-' && c != '.' && c != '_' && !isUpper(c) && !isLower(c) && !isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * In command and args, only upper-case names count as variables when undefined: {@code
   * $(hostname)} or {@code $(az storage ...)} there is shell command substitution, which Kubernetes
   * leaves alone on purpose. {@code [A-Z_][A-Z0-9_]*}.
   */
  static boolean isShouted(String name) {
    return !name.isEmpty() && !isDigit(name.charAt(0)) && isShoutedChars(name);
  }

  /**
   * Names Kubernetes may define itself: service links and the API server service. {@code
   * [A-Z0-9_]+_(SERVICE_HOST|SERVICE_PORT(_[A-Z0-9_]+)?|PORT(_[0-9]+_(TCP|UDP|SCTP)(_(PROTO|PORT|ADDR))?)?)}:
   * a non-empty prefix, then one of the suffixes.
   */
  static boolean isServiceLink(String name) {
    if (!isShoutedChars(name)) {
      return false;
    }
    // every suffix starts with '_' after a non-empty prefix: try each such '_'
    for (int at = name.indexOf('_', 1); at >= 0; at = name.indexOf('_', at + 1)) {
      if (isServiceLinkSuffix(name, at + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code name[from..]} is {@code SERVICE_HOST}, {@code SERVICE_PORT(_[A-Z0-9_]+)?} or
   * {@code PORT(_[0-9]+_(TCP|UDP|SCTP)(_(PROTO|PORT|ADDR))?)?}; the name is known to consist of
   * {@code [A-Z0-9_]} only.
   */
  private static boolean isServiceLinkSuffix(String name, int from) {
    int n = name.length();
    if (name.startsWith("SERVICE_HOST", from) && from + 12 == n) {
      return true;
    }
    if (name.startsWith("SERVICE_PORT", from)) {
      int rest = from + 12;
      return rest == n || (rest + 1 < n && name.charAt(rest) == '_');
    }
    if (!name.startsWith("PORT", from)) {
      return false;
    }
    int i = from + 4;
    if (i == n) {
      return true;
    }
    if (name.charAt(i) != '_') {
      return false;
    }
    int digits = ++i;
    while (i < n && isDigit(name.charAt(i))) {
      i++;
    }
    if (i == digits || i == n || name.charAt(i) != '_') {
      return false;
    }
    i++;
    int protocol = name.startsWith("TCP", i) || name.startsWith("UDP", i) ? 3 : 0;
    if (protocol == 0 && name.startsWith("SCTP", i)) {
      protocol = 4;
    }
    if (protocol == 0) {
      return false;
    }
    i += protocol;
    if (i == n) {
      return true;
    }
    if (name.charAt(i) != '_') {
      return false;
    }
    i++;
    return (name.startsWith("PROTO", i) && i + 5 == n)
        || (name.startsWith("PORT", i) && i + 4 == n)
        || (name.startsWith("ADDR", i) && i + 4 == n);
  }

  /** True when the name is all {@code [A-Z0-9_]} and not empty. */
  private static boolean isShoutedChars(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '_' && !isUpper(c) && !isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Checks the items of {@code volumes[volume].downwardAPI}, or of {@code
   * volumes[volume].projected.sources[source].downwardAPI} when {@code source >= 0}.
   */
  private static void items(
      List<V1DownwardAPIVolumeFile> files,
      FieldPath root,
      int index,
      int source,
      V1Volume volume,
      Set<String> names,
      ViolationSink sink) {
    List<V1DownwardAPIVolumeFile> list = Hazards.list(files);
    for (int j = 0; j < list.size(); j++) {
      V1DownwardAPIVolumeFile file = list.get(j);
      if (file == null || file.getResourceFieldRef() == null) {
        continue;
      }
      String container = file.getResourceFieldRef().getContainerName();
      if (container != null && !container.isEmpty() && !names.contains(container)) {
        FieldPath at = root.child("volumes").index(index);
        if (source >= 0) {
          at = at.child("projected").child("sources").index(source);
        }
        sink.report(
            at.child("downwardAPI")
                .child("items")
                .index(j)
                .child("resourceFieldRef")
                .child("containerName"),
            container,
            "volume "
                + Hazards.quote(volume.getName())
                + " reads resources of container "
                + Hazards.quote(container)
                + ", which the pod does not have.");
      }
    }
  }
}
