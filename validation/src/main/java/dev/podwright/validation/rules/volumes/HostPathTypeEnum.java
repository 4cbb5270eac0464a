package dev.podwright.validation.rules.volumes;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.List;

/** A hostPath {@code type} is one of the supported values ({@code HOSTPATH_TYPE_ENUM}). */
public final class HostPathTypeEnum implements PodSpecRule {

  private static final List<String> SUPPORTED =
      List.of(
          "",
          "BlockDevice",
          "CharDevice",
          "Directory",
          "DirectoryOrCreate",
          "File",
          "FileOrCreate",
          "Socket");

  private static final RuleInfo INFO =
      new RuleInfo(
          "HOSTPATH_TYPE_ENUM",
          Severity.ERROR,
          VolumeRules.SECTION,
          "hostPath.type, when set, is \"\", DirectoryOrCreate, Directory, FileOrCreate, File,"
              + " Socket, CharDevice or BlockDevice.",
          "The API server rejects any other type (Unsupported value); values are case-sensitive.",
          "Use one of the supported types in exact case, e.g. DirectoryOrCreate.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (VolumeRules.At at : VolumeRules.volumes(context)) {
      if (at.volume().getHostPath() == null) {
        continue;
      }
      String type = at.volume().getHostPath().getType();
      if (type != null && !SUPPORTED.contains(type)) {
        sink.report(
            at.path().child("hostPath").child("type"),
            type,
            "Unsupported value: \""
                + type
                + "\": supported values: "
                + VolumeRules.quoted(SUPPORTED)
                + ".");
      }
    }
  }
}
