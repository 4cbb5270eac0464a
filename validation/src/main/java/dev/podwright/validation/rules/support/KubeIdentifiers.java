package dev.podwright.validation.rules.support;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Format checks of Kubernetes identifiers, after the API server's {@code
 * apimachinery/pkg/util/validation}: port names, environment variable names, ConfigMap keys,
 * qualified names, label values, HTTP header names and user ids.
 *
 * <p><b>Internal support</b> for the built-in rules, not a stable API. Every method is total: a
 * null or absurd input is a problem, never an exception. Each check returns the problem as a short
 * sentence, or empty when the value is valid.
 */
public final class KubeIdentifiers {

  /** The largest user or group id the API server accepts (2^31 - 1). */
  public static final long MAX_USER_ID = 2147483647L;

  private static final Pattern PORT_NAME_CHARS = Pattern.compile("[-a-z0-9]+");
  private static final Pattern HAS_LETTER = Pattern.compile(".*[a-z].*");
  private static final Pattern STRICT_ENV_NAME = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");
  private static final Pattern CONFIG_MAP_KEY = Pattern.compile("[-._a-zA-Z0-9]+");
  private static final Pattern QUALIFIED_NAME_PART =
      Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
  private static final Pattern LABEL_VALUE =
      Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");
  private static final Pattern HTTP_HEADER_NAME = Pattern.compile("[-A-Za-z0-9]+");

  private KubeIdentifiers() {}

  /**
   * An {@code IANA_SVC_NAME} port name: at most 15 characters, lowercase letters, digits and {@code
   * -}, at least one letter, no leading, trailing or doubled {@code -}.
   */
  public static Optional<String> portName(String name) {
    if (name == null || name.isEmpty()) {
      return problem("must not be empty");
    }
    if (name.length() > 15) {
      return problem("must be no more than 15 characters");
    }
    if (!PORT_NAME_CHARS.matcher(name).matches()) {
      return problem("must contain only lowercase letters (a-z), digits (0-9) and '-'");
    }
    if (!HAS_LETTER.matcher(name).matches()) {
      return problem("must contain at least one letter (a-z)");
    }
    if (name.contains("--")) {
      return problem("must not contain consecutive hyphens ('--')");
    }
    if (name.startsWith("-") || name.endsWith("-")) {
      return problem("must not begin or end with a hyphen");
    }
    return Optional.empty();
  }

  /** True for a port number between 1 and 65535. */
  public static boolean isPortNumber(long port) {
    return port >= 1 && port <= 65535;
  }

  /**
   * An environment variable name (also an {@code envFrom} prefix): strict C-identifier-like rules
   * ({@code [-._a-zA-Z][-._a-zA-Z0-9]*}, not {@code .}, {@code ..} or starting with {@code ..}), or
   * when {@code relaxed}, any printable ASCII but {@code =}.
   */
  public static Optional<String> envVarName(String name, boolean relaxed) {
    if (name == null || name.isEmpty()) {
      return problem("must not be empty");
    }
    if (relaxed) {
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (c < 0x20 || c > 0x7e) {
          return problem("must consist only of printable ASCII characters");
        }
        if (c == '=') {
          return problem("must not contain '='");
        }
      }
      return Optional.empty();
    }
    if (!STRICT_ENV_NAME.matcher(name).matches()) {
      return problem(
          "must consist of letters, digits, '_', '-' or '.', and must not start with a digit");
    }
    return dots(name);
  }

  /** A ConfigMap or Secret key: {@code [-._a-zA-Z0-9]+}, at most 253 characters, no dot names. */
  public static Optional<String> configMapKey(String key) {
    if (key == null || key.isEmpty()) {
      return problem("must not be empty");
    }
    if (key.length() > 253) {
      return problem("must be no more than 253 characters");
    }
    if (!CONFIG_MAP_KEY.matcher(key).matches()) {
      return problem("must consist of alphanumeric characters, '-', '_' or '.'");
    }
    return dots(key);
  }

  private static Optional<String> dots(String value) {
    if (value.equals(".")) {
      return problem("must not be '.'");
    }
    if (value.equals("..")) {
      return problem("must not be '..'");
    }
    if (value.startsWith("..")) {
      return problem("must not start with '..'");
    }
    return Optional.empty();
  }

  /**
   * A qualified name (label key, resource name): an optional DNS-1123 subdomain prefix and {@code
   * /}, then a name of at most 63 characters of alphanumerics, {@code -}, {@code _} and {@code .},
   * starting and ending alphanumeric.
   */
  public static Optional<String> qualifiedName(String value) {
    if (value == null || value.isEmpty()) {
      return problem("must not be empty");
    }
    String[] parts = value.split("/", -1);
    String name;
    if (parts.length == 1) {
      name = parts[0];
    } else if (parts.length == 2) {
      if (parts[0].isEmpty()) {
        return problem("prefix part must not be empty");
      }
      if (!DnsNames.isDns1123Subdomain(parts[0])) {
        return problem("prefix part must be a lowercase DNS-1123 subdomain");
      }
      name = parts[1];
    } else {
      return problem("must be a name with an optional DNS subdomain prefix and '/'");
    }
    if (name.isEmpty()) {
      return problem("name part must not be empty");
    }
    if (name.length() > 63) {
      return problem("name part must be no more than 63 characters");
    }
    if (!QUALIFIED_NAME_PART.matcher(name).matches()) {
      return problem(
          "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and"
              + " end with an alphanumeric character");
    }
    return Optional.empty();
  }

  /** A label value: empty, or at most 63 characters like a qualified name's name part. */
  public static Optional<String> labelValue(String value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value.length() > 63) {
      return problem("must be no more than 63 characters");
    }
    if (!LABEL_VALUE.matcher(value).matches()) {
      return problem(
          "must be empty or consist of alphanumeric characters, '-', '_' or '.', starting and"
              + " ending with an alphanumeric character");
    }
    return Optional.empty();
  }

  /** An HTTP header name: {@code [-A-Za-z0-9]+}. */
  public static Optional<String> httpHeaderName(String name) {
    if (name == null || !HTTP_HEADER_NAME.matcher(name).matches()) {
      return problem("must be a valid HTTP header name: letters, digits and '-'");
    }
    return Optional.empty();
  }

  /**
   * The name of a ConfigMap or Secret (as {@code ValidateSecretName} checks it): a lowercase
   * DNS-1123 subdomain of at most 253 characters.
   */
  public static Optional<String> objectName(String name) {
    if (name == null || name.isEmpty()) {
      return problem("must not be empty");
    }
    if (name.length() > 253) {
      return problem("must be no more than 253 characters");
    }
    if (!DnsNames.isDns1123Subdomain(name)) {
      return problem(
          "must be a lowercase RFC 1123 subdomain: lowercase alphanumerics, '-' and '.', starting"
              + " and ending with an alphanumeric character");
    }
    return Optional.empty();
  }

  /** True for a user or group id between 0 and 2147483647. */
  public static boolean isUserId(long id) {
    return id >= 0 && id <= MAX_USER_ID;
  }

  private static Optional<String> problem(String text) {
    return Optional.of(text);
  }
}
