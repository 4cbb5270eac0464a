package dev.podwright.io.declaration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean": the known names closest to a misspelt one. */
final class Suggestions {

  private Suggestions() {}

  /** At most three known names within a small edit distance of the given one, closest first. */
  static List<String> closest(String given, Collection<String> known) {
    if (given == null || known == null) {
      return List.of();
    }
    String lower = given.toLowerCase(Locale.ROOT);
    int allowed = Math.max(1, Math.min(3, given.length() / 3));
    record Candidate(String name, int distance) {}
    List<Candidate> candidates = new ArrayList<>();
    for (String name : known) {
      String other = name.toLowerCase(Locale.ROOT);
      int distance = other.equals(lower) ? 0 : distance(lower, other);
      if (distance <= allowed) {
        candidates.add(new Candidate(name, distance));
      }
    }
    candidates.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name));
    return candidates.stream().limit(3).map(Candidate::name).toList();
  }

  /** Levenshtein distance with adjacent transpositions counted as one edit. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
