package dev.podwright.validation.rules.podlevel;

/**
 * IP addresses as the API server's {@code IsValidIP} parses them ({@code netutils.ParseIPSloppy}):
 * dotted IPv4 (leading zeros tolerated) or IPv6 with at most one {@code ::} and an optional
 * trailing IPv4 part; no zone.
 */
final class IpAddresses {

  private IpAddresses() {}

  /** True for an IPv4 or IPv6 address. */
  static boolean isIp(String text) {
    return text.indexOf(':') >= 0 ? isIpv6(text) : isIpv4(text, 0, text.length());
  }

  /** Four decimal groups of 1-3 digits, each at most 255. */
  static boolean isIpv4(String text, int from, int to) {
    int groups = 0;
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == '.') {
        int length = i - start;
        if (length < 1 || length > 3) {
          return false;
        }
        int value = 0;
        for (int j = start; j < i; j++) {
          char c = text.charAt(j);
          if (c < '0' || c > '9') {
            return false;
          }
          value = value * 10 + (c - '0');
        }
        if (value > 255) {
          return false;
        }
        groups++;
        start = i + 1;
      }
    }
    return groups == 4;
  }

  /** Eight 16-bit hex groups, fewer with one {@code ::}; the last two may be an IPv4 address. */
  static boolean isIpv6(String text) {
    int doubleColon = text.indexOf("::");
    if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
      return false;
    }
    int groups = 0;
    int i = 0;
    int length = text.length();
    if (doubleColon == 0) {
      i = 2;
    } else if (text.startsWith(":")) {
      return false;
    }
    while (i < length) {
      int end = i;
      while (end < length && text.charAt(end) != ':') {
        end++;
      }
      if (end == i) {
        return false;
      }
      if (end == length && text.indexOf('.', i) >= 0) {
        if (!isIpv4(text, i, end)) {
          return false;
        }
        groups += 2;
      } else {
        if (end - i > 4) {
          return false;
        }
        for (int j = i; j < end; j++) {
          if (!isHex(text.charAt(j))) {
            return false;
          }
        }
        groups++;
      }
      if (end == length) {
        break;
      }
      if (end == doubleColon) {
        i = end + 2;
      } else {
        i = end + 1;
        if (i == length) {
          return false;
        }
      }
    }
    return doubleColon >= 0 ? groups < 8 : groups == 8;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
