package dev.podwright.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.podwright.io.ManifestReadException.Problem;
import dev.podwright.io.ManifestReadException.Reason;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * What {@link ManifestReader} does with its raw input around the walk: decoding and sizing it,
 * telling JSON from YAML, and turning the parsers' own failures into {@link ManifestReadException}s
 * that say what to do. Stateless.
 */
final class ManifestInput {

  private ManifestInput() {}

  static ManifestReadException translate(
      Exception broken, String source, int documentIndex, boolean json, ReadLimits limits) {
    if (broken instanceof ManifestReadException already) {
      return already;
    }
    int line = 0;
    int column = 0;
    if (broken instanceof JsonProcessingException located && located.getLocation() != null) {
      SourcePosition at = DocumentWalker.position(located.getLocation());
      line = at.line();
      column = at.column();
    }
    Reason reason = Reason.SYNTAX;
    String message;
    if (broken instanceof StreamConstraintsException limit) {
      reason = Reason.LIMIT_EXCEEDED;
      message = limitMessage(limit.getOriginalMessage(), limits);
    } else if (markedYaml(broken) != null) {
      MarkedYAMLException yaml = markedYaml(broken);
      message = yamlMessage(yaml.getProblem(), yaml.getContext());
    } else if (broken instanceof JsonProcessingException syntax) {
      message =
          (json ? "not valid JSON: " : "not valid YAML: ")
              + String.valueOf(syntax.getOriginalMessage()).strip();
    } else {
      String text = String.valueOf(broken.getMessage());
      if (text.contains("exceeds the limit") || text.contains("Nesting Depth exceeded")) {
        reason = Reason.LIMIT_EXCEEDED;
        message = limitMessage(text, limits);
      } else {
        message = "cannot read the input: " + text;
      }
    }
    return new ManifestReadException(
        source, documentIndex, new Problem(reason, "", line, column, message), broken);
  }

  /** SnakeYAML's own syntax error somewhere in the cause chain, or null. */
  private static MarkedYAMLException markedYaml(Throwable broken) {
    Throwable current = broken;
    for (int depth = 0; current != null && depth < 10; depth++) {
      if (current instanceof MarkedYAMLException marked) {
        return marked;
      }
      current = current.getCause();
    }
    return null;
  }

  private static String yamlMessage(String problem, String context) {
    StringBuilder out = new StringBuilder("not valid YAML: ");
    out.append(problem == null ? "syntax error" : problem.strip());
    if (context != null && !context.isBlank()) {
      out.append(" (").append(context.strip()).append(')');
    }
    out.append("; check the indentation, colons and quotes on this line and the one before");
    return out.toString();
  }

  private static String limitMessage(String original, ReadLimits limits) {
    String text = String.valueOf(original);
    if (text.contains("nesting depth") || text.contains("Nesting Depth")) {
      return "lists and maps nested more than "
          + limits.maxNestingDepth()
          + " deep (ReadLimits.maxNestingDepth); raise the limit with"
          + " ReadLimits.defaults().withMaxNestingDepth(n)";
    }
    if (text.contains("String value length") || text.contains("Name length")) {
      return "a string is longer than "
          + limits.maxStringLength()
          + " characters (ReadLimits.maxStringLength); raise the limit with"
          + " ReadLimits.defaults().withMaxStringLength(n)";
    }
    return "the input is larger than "
        + limits.maxInputBytes()
        + " bytes (ReadLimits.maxInputBytes); raise the limit with"
        + " ReadLimits.defaults().withMaxInputBytes(n) ("
        + text
        + ")";
  }

  static ManifestReadException tooLarge(ReadLimits limits, String source, String size) {
    return new ManifestReadException(
        source,
        -1,
        new Problem(
            Reason.LIMIT_EXCEEDED,
            "",
            0,
            0,
            "the input is "
                + size
                + ", larger than the limit of "
                + limits.maxInputBytes()
                + " bytes (ReadLimits.maxInputBytes); split it, or raise the limit with"
                + " ReadLimits.defaults().withMaxInputBytes(n)"),
        null);
  }

  static String decode(byte[] bytes, String source) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      throw new ManifestReadException(
          source,
          -1,
          new Problem(
              Reason.SYNTAX, "", 0, 0, "the input is not UTF-8 text; save it as UTF-8 and retry"),
          notUtf8);
    }
  }

  static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  static boolean looksLikeJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '{' || c == '[';
      }
    }
    return false;
  }

  static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
