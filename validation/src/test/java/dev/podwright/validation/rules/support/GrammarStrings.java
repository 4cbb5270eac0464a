package dev.podwright.validation.rules.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic test strings for comparing hand-written format checks with the regular expressions
 * they replace: short strings over ASCII letters, digits, {@code - . _ /}, space, line terminators
 * and look-alike non-ASCII characters (é, ſ, the Kelvin sign K, dotted İ, non-ASCII digits, a
 * surrogate pair), with lengths 0 to 70 (labels' 63/64 boundary included) and dotted names around
 * the 253/254 boundary.
 */
public final class GrammarStrings {

  /** Every character the generated strings draw from. */
  public static final String ALPHABET =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._/ :'[]$()="
          + "\u00e9\u017f\u212a\u0130\u0131\u0661\uff10\n\r\u0085\u2028\u2029\t\ud83d\ude00";

  private static final String RARE = "A_.Z/ \u00e9\u017f\u212a\n\u2028-";

  private GrammarStrings() {}

  /**
   * {@code count} strings from a fixed seed, after a fixed list of edge cases; the same call gives
   * the same list.
   */
  public static List<String> generate(long seed, int count) {
    List<String> out = new ArrayList<>(count + 64);
    for (String edge :
        new String[] {
          "",
          ".",
          "..",
          "...",
          "-",
          "_",
          "a",
          "A",
          "0",
          "a-",
          "-a",
          "a--b",
          "a.b",
          "a..b",
          ".a",
          "a.",
          "a/b",
          "/a",
          "a/",
          "a/b/c",
          "\u00e9",
          "\u017f",
          "\u212a",
          "k",
          "K",
          "\n",
          "a\n",
          "a\nb",
          "\na",
          "a\u0085",
          "a\u2028b",
          "\r",
          "a\rb",
          "a b",
          " a",
          "a ",
          "..a",
          "A=B",
          "a".repeat(63),
          "a".repeat(64),
          "a".repeat(15),
          "a".repeat(16),
          "a".repeat(253),
          "a".repeat(254),
          "a-".repeat(31) + "a",
          "a-".repeat(32),
          ("a".repeat(63) + ".").repeat(3) + "a".repeat(61),
          ("a".repeat(63) + ".").repeat(3) + "a".repeat(62)
        }) {
      out.add(edge);
    }
    Random random = new Random(seed);
    while (out.size() < count) {
      out.add(next(random));
    }
    return out;
  }

  private static String next(Random random) {
    switch (random.nextInt(6)) {
      case 0:
        return uniform(random, ALPHABET, length(random));
      case 1:
        return mostly(random, "abcxyz0189-", length(random));
      case 2:
        return dotted(random);
      case 3:
        return mostly(random, "aZ09-_.", length(random))
            + (random.nextInt(3) == 0 ? "/" + mostly(random, "aZ09-_.", length(random)) : "");
      case 4:
        return (random.nextBoolean() ? mostly(random, "ab.-", 1 + random.nextInt(8)) + "/" : "")
            + mostly(random, "aAzZ09-_.", length(random));
      default:
        return mostly(random, "aAzZ09-._", length(random));
    }
  }

  /** 0 to 70, most often short, 63 and 64 often. */
  private static int length(Random random) {
    switch (random.nextInt(5)) {
      case 0:
        return random.nextInt(71);
      case 1:
        return 62 + random.nextInt(4);
      default:
        return random.nextInt(9);
    }
  }

  private static String uniform(Random random, String alphabet, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  /** Mostly from {@code common}, one character in 20 from the rare ones or the whole alphabet. */
  private static String mostly(Random random, String common, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int roll = random.nextInt(40);
      String from = roll == 0 ? ALPHABET : roll == 1 ? RARE : common;
      text.append(from.charAt(random.nextInt(from.length())));
    }
    return text.toString();
  }

  /** Dot-separated labels, lengths 0 to 66 each, sometimes cut or padded to 252..255 in all. */
  private static String dotted(Random random) {
    StringBuilder text = new StringBuilder();
    int labels = 1 + random.nextInt(6);
    for (int i = 0; i < labels; i++) {
      if (i > 0) {
        text.append(random.nextInt(30) == 0 ? ".." : ".");
      }
      int length = random.nextInt(4) == 0 ? 60 + random.nextInt(7) : random.nextInt(8);
      text.append(mostly(random, "abz09-", length));
    }
    if (random.nextInt(3) == 0) {
      int target = 252 + random.nextInt(4);
      while (text.length() < target) {
        text.append(text.length() % 64 == 63 ? '.' : (char) ('a' + random.nextInt(26)));
      }
      text.setLength(target);
    }
    return text.toString();
  }
}
