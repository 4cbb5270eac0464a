package dev.podwright.validation.rules.support;

import java.util.Optional;

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
    if (!isPortNameChars(name)) {
      return problem("must contain only lowercase letters (a-z), digits (0-9) and '-'");
    }
    if (!hasLowercaseLetter(name)) {
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
    if (!isStrictEnvName(name)) {
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
    if (!isConfigMapKeyChars(key)) {
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
    int slash = value.indexOf('/');
    if (slash >= 0) {
      if (value.indexOf('/', slash + 1) >= 0) {
        return problem("must be a name with an optional DNS subdomain prefix and '/'");
      }
      if (slash == 0) {
        return problem("prefix part must not be empty");
      }
      if (slash > DnsNames.SUBDOMAIN_MAX_LENGTH || !DnsNames.isSubdomainFormat(value, 0, slash)) {
        return problem("prefix part must be a lowercase DNS-1123 subdomain");
      }
    }
    int from = slash + 1;
    int to = value.length();
    if (from == to) {
      return problem("name part must not be empty");
    }
    if (to - from > 63) {
      return problem("name part must be no more than 63 characters");
    }
    if (!isQualifiedNamePart(value, from, to)) {
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
    if (!value.isEmpty() && !isQualifiedNamePart(value, 0, value.length())) {
      return problem(
          "must be empty or consist of alphanumeric characters, '-', '_' or '.', starting and"
              + " ending with an alphanumeric character");
    }
    return Optional.empty();
  }

  /** An HTTP header name: {@code [-A-Za-z0-9]+}. */
  public static Optional<String> httpHeaderName(String name) {
    if (name == null || !isHttpHeaderName(name)) {
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

  // Hand-written forms of the API server's regular expressions. Each accepts exactly the strings
  // its expression matches in full (IdentifierGrammarTest checks that against the expressions):
  // ASCII classes only, no Character.isLetterOrDigit.

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code [A-Za-z0-9]}. */
  private static boolean isAlphanumeric(char c) {
    return isLower(c) || (c >= 'A' && c <= 'Z') || isDigit(c);
  }

  /** {@code [-a-z0-9]+}. */
  static boolean isPortNameChars(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '-' && !isLower(c) && !isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code .*[a-z].*}: a lowercase ASCII letter somewhere, and no line terminator (which {@code .}
   * does not match): {@code \n}, {@code \r}, U+0085, U+2028, U+2029.
   */
  static boolean hasLowercaseLetter(String text) {
    boolean letter = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
      letter |= isLower(c);
    }
    return letter;
  }

  /** {@code [-._a-zA-Z][-._a-zA-Z0-9]*}. */
  static boolean isStrictEnvName(String text) {
    if (text.isEmpty() || isDigit(text.charAt(0))) {
      return false;
    }
    return isConfigMapKeyChars(text);
  }

  /** {@code [-._a-zA-Z0-9]+}. */
  static boolean isConfigMapKeyChars(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '-' && c != '.' && c != '_' && !isAlphanumeric(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code ([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]} on {@code text[from, to)}: alphanumeric at
   * both ends, alphanumerics, {@code -}, {@code _} and {@code .} between. A label value is empty or
   * this.
   */
  static boolean isQualifiedNamePart(String text, int from, int to) {
    if (from >= to || !isAlphanumeric(text.charAt(from)) || !isAlphanumeric(text.charAt(to - 1))) {
      return false;
    }
    for (int i = from + 1; i < to - 1; i++) {
      char c = text.charAt(i);
      if (c != '-' && c != '_' && c != '.' && !isAlphanumeric(c)) {
        return false;
      }
    }
    return true;
  }

  /** {@code [-A-Za-z0-9]+}. */
  static boolean isHttpHeaderName(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '-' && !isAlphanumeric(c)) {
        return false;
      }
    }
    return true;
  }
}
