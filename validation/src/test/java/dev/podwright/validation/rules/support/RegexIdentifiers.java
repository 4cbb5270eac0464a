package dev.podwright.validation.rules.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The regular-expression implementation of {@link DnsNames} and {@link KubeIdentifiers} as it was
 * before the expressions were replaced by hand-written checks, kept as the oracle those checks are
 * compared against ({@code IdentifierGrammarTest}, {@code NamesFuzzTest}). Same expressions, same
 * order of checks, same messages.
 */
public final class RegexIdentifiers {

  /** DNS-1123 label format, no length limit. */
  public static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

  /** DNS-1123 subdomain format, no length limit. */
  public static final Pattern SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  /** The characters of an IANA service (port) name. */
  public static final Pattern PORT_NAME_CHARS = Pattern.compile("[-a-z0-9]+");

  /** Some lowercase letter. */
  public static final Pattern HAS_LETTER = Pattern.compile(".*[a-z].*");

  /** A strict (C-identifier-like) environment variable name. */
  public static final Pattern STRICT_ENV_NAME = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");

  /** The characters of a ConfigMap key. */
  public static final Pattern CONFIG_MAP_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

  /** The name part of a qualified name. */
  public static final Pattern QUALIFIED_NAME_PART =
      Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");

  /** A label value (length aside). */
  public static final Pattern LABEL_VALUE =
      Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");

  /** An HTTP header name. */
  public static final Pattern HTTP_HEADER_NAME = Pattern.compile("[-A-Za-z0-9]+");

  private RegexIdentifiers() {}

  /** {@link DnsNames#isDns1123Label} by regex. */
  public static boolean isDns1123Label(String value) {
    return value != null
        && value.length() <= DnsNames.LABEL_MAX_LENGTH
        && LABEL.matcher(value).matches();
  }

  /** {@link DnsNames#dns1123LabelErrors} by regex. */
  public static List<String> dns1123LabelErrors(String value) {
    String text = value == null ? "" : value;
    List<String> errors = new ArrayList<>();
    if (text.length() > DnsNames.LABEL_MAX_LENGTH) {
      errors.add("must be no more than " + DnsNames.LABEL_MAX_LENGTH + " characters");
    }
    if (!LABEL.matcher(text).matches()) {
      errors.add(
          "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-',"
              + " and must start and end with an alphanumeric character (e.g. 'my-name',  or"
              + " '123-abc')");
    }
    return List.copyOf(errors);
  }

  /** {@link DnsNames#isDns1123Subdomain} by regex. */
  public static boolean isDns1123Subdomain(String value) {
    return value != null
        && value.length() <= DnsNames.SUBDOMAIN_MAX_LENGTH
        && SUBDOMAIN.matcher(value).matches();
  }

  /** {@link DnsNames#dns1123SubdomainErrors} by regex. */
  public static List<String> dns1123SubdomainErrors(String value) {
    String text = value == null ? "" : value;
    List<String> errors = new ArrayList<>();
    if (text.length() > DnsNames.SUBDOMAIN_MAX_LENGTH) {
      errors.add("must be no more than " + DnsNames.SUBDOMAIN_MAX_LENGTH + " characters");
    }
    if (!SUBDOMAIN.matcher(text).matches()) {
      errors.add(
          "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-'"
              + " or '.', and must start and end with an alphanumeric character (e.g."
              + " 'example.com')");
    }
    return List.copyOf(errors);
  }

  /** {@link KubeIdentifiers#portName} by regex. */
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

  /** {@link KubeIdentifiers#envVarName} by regex. */
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

  /** {@link KubeIdentifiers#configMapKey} by regex. */
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

  /** {@link KubeIdentifiers#qualifiedName} by regex. */
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
      if (!isDns1123Subdomain(parts[0])) {
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

  /** {@link KubeIdentifiers#labelValue} by regex. */
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

  /** {@link KubeIdentifiers#httpHeaderName} by regex. */
  public static Optional<String> httpHeaderName(String name) {
    if (name == null || !HTTP_HEADER_NAME.matcher(name).matches()) {
      return problem("must be a valid HTTP header name: letters, digits and '-'");
    }
    return Optional.empty();
  }

  /** {@link KubeIdentifiers#objectName} by regex. */
  public static Optional<String> objectName(String name) {
    if (name == null || name.isEmpty()) {
      return problem("must not be empty");
    }
    if (name.length() > 253) {
      return problem("must be no more than 253 characters");
    }
    if (!isDns1123Subdomain(name)) {
      return problem(
          "must be a lowercase RFC 1123 subdomain: lowercase alphanumerics, '-' and '.', starting"
              + " and ending with an alphanumeric character");
    }
    return Optional.empty();
  }

  private static Optional<String> problem(String text) {
    return Optional.of(text);
  }
}
