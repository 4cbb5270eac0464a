package dev.podwright.validation.rules.runtime;

import dev.podwright.kubernetes.Quantities;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.List;
import java.util.Locale;

/**
 * An {@code emptyDir.medium} other than {@code ""}, {@code Memory}, {@code HugePages} or {@code
 * HugePages-<size>}. The API server accepts any string; the kubelet cannot set the volume up.
 */
public final class EmptyDirMediumRule implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RT_EMPTYDIR_MEDIUM",
          Severity.ERROR,
          Hazards.SECTION,
          "`emptyDir.medium` is not one of \"\" (node disk), `Memory`, `HugePages` or"
              + " `HugePages-<size>`.",
          "The API server accepts any medium; the kubelet fails the mount (\"unknown storage"
              + " medium\") and the pod never starts.",
          "Use `Memory` (tmpfs), `HugePages`/`HugePages-2Mi`, or leave the medium out for disk.");

  private static final List<String> KNOWN = List.of("Memory", "HugePages", "HugePages-2Mi");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    List<V1Volume> volumes = Hazards.list(context.spec().getVolumes());
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume volume = volumes.get(i);
      if (volume == null || volume.getEmptyDir() == null) {
        continue;
      }
      String medium = volume.getEmptyDir().getMedium();
      if (medium == null || valid(medium)) {
        continue;
      }
      sink.report(
          context.root().child("volumes").index(i).child("emptyDir").child("medium"),
          medium,
          "volume "
              + Hazards.quote(volume.getName())
              + " asks for emptyDir medium "
              + Hazards.quote(medium)
              + ", which the kubelet does not know; did you mean "
              + Hazards.quote(suggest(medium))
              + "?");
    }
  }

  static boolean valid(String medium) {
    if (medium.isEmpty() || medium.equals("Memory") || medium.equals("HugePages")) {
      return true;
    }
    return medium.startsWith("HugePages-")
        && Quantities.parse(medium.substring("HugePages-".length())).isPresent();
  }

  /** The nearest known medium. */
  static String suggest(String medium) {
    String lower = medium.trim().toLowerCase(Locale.ROOT);
    if (lower.startsWith("hugepages-") || lower.startsWith("hugepage-")) {
      String size = medium.trim().substring(medium.trim().indexOf('-') + 1);
      return Quantities.parse(size).isPresent() ? "HugePages-" + size : "HugePages-2Mi";
    }
    String best = KNOWN.get(0);
    int bestDistance = Integer.MAX_VALUE;
    for (String known : KNOWN) {
      int d = distance(lower, known.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = known;
      }
    }
    return best;
  }

  /** Levenshtein distance, capped input length so absurd values stay cheap. */
  static int distance(String a, String b) {
    String s = a.length() > 64 ? a.substring(0, 64) : a;
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= s.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = s.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[b.length()];
  }
}
