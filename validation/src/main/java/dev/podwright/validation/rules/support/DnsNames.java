package dev.podwright.validation.rules.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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

  private static final String LABEL_FORMAT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  private static final Pattern LABEL = Pattern.compile(LABEL_FORMAT);
  private static final Pattern SUBDOMAIN =
      Pattern.compile(LABEL_FORMAT + "(\\." + LABEL_FORMAT + ")*");

  private DnsNames() {}

  /** True when the value is a DNS-1123 label: {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?}, at most 63. */
  public static boolean isDns1123Label(String value) {
    return value != null && value.length() <= LABEL_MAX_LENGTH && LABEL.matcher(value).matches();
  }

  /**
   * Why the value is not a DNS-1123 label, in the API server's words; empty when it is one.
   *
   * @param value the value, may be null
   * @return the reasons, in a stable order
   */
  public static List<String> dns1123LabelErrors(String value) {
    String text = value == null ? "" : value;
    List<String> errors = new ArrayList<>();
    if (text.length() > LABEL_MAX_LENGTH) {
      errors.add("must be no more than " + LABEL_MAX_LENGTH + " characters");
    }
    if (!LABEL.matcher(text).matches()) {
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
        && SUBDOMAIN.matcher(value).matches();
  }

  /**
   * Why the value is not a DNS-1123 subdomain, in the API server's words; empty when it is one.
   *
   * @param value the value, may be null
   * @return the reasons, in a stable order
   */
  public static List<String> dns1123SubdomainErrors(String value) {
    String text = value == null ? "" : value;
    List<String> errors = new ArrayList<>();
    if (text.length() > SUBDOMAIN_MAX_LENGTH) {
      errors.add("must be no more than " + SUBDOMAIN_MAX_LENGTH + " characters");
    }
    if (!SUBDOMAIN.matcher(text).matches()) {
      errors.add(
          "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-'"
              + " or '.', and must start and end with an alphanumeric character (e.g."
              + " 'example.com')");
    }
    return List.copyOf(errors);
  }
}
