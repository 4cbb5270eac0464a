package dev.podwright.validation.rules.support;

import java.util.ArrayList;
import java.util.List;

/**
 * DNS name formats as the Kubernetes API server checks them ({@code IsDNS1123Label}, {@code
 * IsDNS1123Subdomain}).
 *
 * <p>Internal support for the built-in rules; not part of Podwright's supported API and may change
 * without notice. Every method is total: null is treated as the empty string.
 */
public final class DnsNames {

  /** The most characters a DNS-1123 label may have. */
  public static final int LABEL_MAX_LENGTH = 63;

  /** The most characters a DNS-1123 subdomain may have. */
  public static final int SUBDOMAIN_MAX_LENGTH = 253;

  private DnsNames() {}

  /** True when the value is a DNS-1123 label: {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?}, at most 63. */
  public static boolean isDns1123Label(String value) {
    return value != null
        && value.length() <= LABEL_MAX_LENGTH
        && isLabelFormat(value, 0, value.length());
  }

  /**
   * Why the value is not a DNS-1123 label, in the API server's words; empty when it is one.
   *
   * @param value the value, may be null
   * @return the reasons, in a stable order
   */
  public static List<String> dns1123LabelErrors(String value) {
    String text = value == null ? "" : value;
    boolean format = isLabelFormat(text, 0, text.length());
    if (format && text.length() <= LABEL_MAX_LENGTH) {
      return List.of();
    }
    List<String> errors = new ArrayList<>(2);
    if (text.length() > LABEL_MAX_LENGTH) {
      errors.add("must be no more than " + LABEL_MAX_LENGTH + " characters");
    }
    if (!format) {
      errors.add(
          "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-',"
              + " and must start and end with an alphanumeric character (e.g. 'my-name',  or"
              + " '123-abc')");
    }
    return List.copyOf(errors);
  }

  /** True when the value is a DNS-1123 subdomain: dot-separated labels, at most 253 in all. */
  public static boolean isDns1123Subdomain(String value) {
    return value != null
        && value.length() <= SUBDOMAIN_MAX_LENGTH
        && isSubdomainFormat(value, 0, value.length());
  }

  /**
   * Why the value is not a DNS-1123 subdomain, in the API server's words; empty when it is one.
   *
   * @param value the value, may be null
   * @return the reasons, in a stable order
   */
  public static List<String> dns1123SubdomainErrors(String value) {
    String text = value == null ? "" : value;
    boolean format = isSubdomainFormat(text, 0, text.length());
    if (format && text.length() <= SUBDOMAIN_MAX_LENGTH) {
      return List.of();
    }
    List<String> errors = new ArrayList<>(2);
    if (text.length() > SUBDOMAIN_MAX_LENGTH) {
      errors.add("must be no more than " + SUBDOMAIN_MAX_LENGTH + " characters");
    }
    if (!format) {
      errors.add(
          "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-'"
              + " or '.', and must start and end with an alphanumeric character (e.g."
              + " 'example.com')");
    }
    return List.copyOf(errors);
  }

  /** True for {@code [a-z0-9]}: ASCII lowercase letters and digits only. */
  static boolean isLowerAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /**
   * True when {@code text[from, to)} has the label format {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?} (no
   * length limit), the way the regular expression matches it: ASCII only.
   */
  static boolean isLabelFormat(String text, int from, int to) {
    if (from >= to
        || !isLowerAlphanumeric(text.charAt(from))
        || !isLowerAlphanumeric(text.charAt(to - 1))) {
      return false;
    }
    for (int i = from + 1; i < to - 1; i++) {
      char c = text.charAt(i);
      if (c != '-' && !isLowerAlphanumeric(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code text[from, to)} has the subdomain format {@code
   * [a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*} (no length limit): labels,
   * none empty, separated by single dots.
   */
  static boolean isSubdomainFormat(String text, int from, int to) {
    int start = from;
    while (true) {
      int dot = text.indexOf('.', start);
      int end = dot < 0 || dot >= to ? to : dot;
      if (!isLabelFormat(text, start, end)) {
        return false;
      }
      if (end == to) {
        return true;
      }
      start = end + 1;
    }
  }
}
