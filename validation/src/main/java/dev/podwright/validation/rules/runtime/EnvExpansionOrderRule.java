package dev.podwright.validation.rules.runtime;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvVar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code $(VAR)} in an env value, the command or the args that Kubernetes will not expand: in
 * {@code env[i].value} only variables of earlier {@code env} entries (and of {@code envFrom})
 * expand; in command and args any variable of the container's environment does. An unresolvable
 * reference stays in the text as the literal {@code $(VAR)}; {@code $$(VAR)} is an escape and never
 * expands. Containers with {@code envFrom} are only checked for ordering (their keys are unknown
 * here); names that service links may define are never reported as missing, nor is shell command
 * substitution in command and args ({@code $(hostname)}).
 */
public final class EnvExpansionOrderRule implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RT_ENV_EXPANSION_ORDER",
          Severity.WARNING,
          Hazards.SECTION,
          "`$(VAR)` in an env value, command or args refers to a variable defined later in `env`,"
              + " or nowhere.",
          "Kubernetes expands `$(VAR)` only from env entries listed earlier (and envFrom); an"
              + " unresolved reference stays as the literal text `$(VAR)` and the program gets a"
              + " wrong value.",
          "Define the variable before the entry that uses it, or write `$$(VAR)` for a literal"
              + " `$(VAR)`.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    boolean serviceLinks = !Boolean.FALSE.equals(context.spec().getEnableServiceLinks());
    for (ContainerRef ref : context.containers()) {
      V1Container c = ref.container();
      boolean envFrom = !Hazards.list(c.getEnvFrom()).isEmpty();
      List<V1EnvVar> env = Hazards.list(c.getEnv());
      Map<String, Integer> firstIndex = env.isEmpty() ? Map.of() : new HashMap<>();
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
}
