package dev.podwright.validation.rules.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic test strings glued from tokens (the pieces a grammar is made of, and near misses)
 * and single characters of {@link GrammarStrings#ALPHABET}, for comparing a hand-written check with
 * the regular expression it replaces.
 */
public final class TokenStrings {

  private TokenStrings() {}

  /**
   * {@code count} strings of up to {@code maxTokens} pieces each: a token (three times in four) or
   * one character of the alphabet; the same arguments give the same list.
   */
  public static List<String> generate(long seed, int count, int maxTokens, String... tokens) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>(count);
    out.add("");
    for (String token : tokens) {
      out.add(token);
    }
    while (out.size() < count) {
      int pieces = random.nextInt(maxTokens + 1);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < pieces; i++) {
        if (random.nextInt(4) == 0) {
          text.append(
              GrammarStrings.ALPHABET.charAt(random.nextInt(GrammarStrings.ALPHABET.length())));
        } else {
          text.append(tokens[random.nextInt(tokens.length)]);
        }
      }
      out.add(text.toString());
    }
    return out;
  }

  /**
   * {@code count} strings that follow a shape: one token from each slot in turn, then, one time in
   * three, a near miss (a slot left out or repeated, or one character inserted, removed or replaced
   * by one of the alphabet). The same arguments give the same list.
   */
  public static List<String> shaped(long seed, int count, String[]... slots) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>(count);
    while (out.size() < count) {
      StringBuilder text = new StringBuilder();
      int skip = random.nextInt(8) == 0 ? random.nextInt(slots.length) : -1;
      int twice = random.nextInt(8) == 0 ? random.nextInt(slots.length) : -1;
      for (int i = 0; i < slots.length; i++) {
        if (i == skip) {
          continue;
        }
        text.append(slots[i][random.nextInt(slots[i].length)]);
        if (i == twice) {
          text.append(slots[i][random.nextInt(slots[i].length)]);
        }
      }
      if (random.nextInt(3) == 0) {
        char c = GrammarStrings.ALPHABET.charAt(random.nextInt(GrammarStrings.ALPHABET.length()));
        int at = text.length() == 0 ? 0 : random.nextInt(text.length());
        switch (random.nextInt(3)) {
          case 0:
            text.insert(at, c);
            break;
          case 1:
            if (text.length() > 0) {
              text.deleteCharAt(at);
            }
            break;
          default:
            if (text.length() > 0) {
              text.setCharAt(at, c);
            }
            break;
        }
      }
      out.add(text.toString());
    }
    return out;
  }
}
