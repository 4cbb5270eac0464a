package dev.podwright.cli;

import dev.podwright.model.Composition;
import dev.podwright.model.SidecarMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a path of the emitted pod spec ({@code spec.initContainers[1].image}) back to the part of
 * the declaration it came from ({@code sidecars[1].image}), so that a violation can point into the
 * declaration file. Assumes no host base spec, as on the command line.
 */
final class DeclarationPaths {

  private static final Pattern ELEMENT =
      Pattern.compile("^spec\\.(containers|initContainers|volumes)\\[(\\d+)](.*)$");

  private DeclarationPaths() {}

  /** The declaration path for a violation path; paths not in the spec are returned as they are. */
  static String toDeclaration(String path, Composition composition, SidecarMode mode) {
    if (!path.startsWith("spec")) {
      return path;
    }
    Matcher element = ELEMENT.matcher(path);
    if (!element.matches()) {
      return "";
    }
    String list = element.group(1);
    int index;
    try {
      index = Integer.parseInt(element.group(2));
    } catch (NumberFormatException huge) {
      return "";
    }
    String rest = element.group(3);
    int sidecars = composition.sidecars().size();
    boolean hasMain = composition.mainContainer() != null;
    String mapped;
    if (list.equals("volumes")) {
      mapped = "volumes[" + index + "]";
    } else if (list.equals("containers")) {
      if (hasMain && index == 0) {
        mapped = "mainContainer";
      } else {
        int sidecar = index - (hasMain ? 1 : 0);
        mapped =
            mode == SidecarMode.CLASSIC && sidecar < sidecars ? "sidecars[" + sidecar + "]" : "";
      }
    } else if (mode == SidecarMode.NATIVE && index < sidecars) {
      mapped = "sidecars[" + index + "]";
    } else {
      int init = index - (mode == SidecarMode.NATIVE ? sidecars : 0);
      mapped = init < composition.initContainers().size() ? "initContainers[" + init + "]" : "";
    }
    return mapped.isEmpty() ? "" : mapped + rest;
  }
}
