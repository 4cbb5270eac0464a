package dev.podwright.io;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The field names of a YAML text's first document, two levels deep, read line by line without a
 * parser, for {@link InputFormat}: a detection that costs nothing beside the read that follows.
 * Only plain block style is understood (keys {@code name:} or {@code "name":} at the start of a
 * line, values on the same line); anything else — a flow map or sequence at the top, tags, anchors,
 * aliases or complex keys among the keys, tabs — gives up (null), and the caller parses.
 */
final class BlockYamlScan {

  private BlockYamlScan() {}

  /**
   * The fields, each with its scalar text ("" for a nested value); an empty map when the first
   * document is empty or a sequence; null when the text is beyond this scan.
   */
  static Map<String, String> fields(String text, int maxFields) {
    Map<String, String> fields = new LinkedHashMap<>();
    String top = null; // the current top-level key
    int childIndent = -1; // the indentation of its fields
    int blockScalarIndent = -1; // inside a block scalar: the indentation of its key line
    boolean started = false;
    int start = 0;
    while (start <= text.length() && fields.size() < maxFields) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end);
      start = end + 1;
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      int indent = indentation(line);
      String rest = line.substring(indent);
      if (rest.isEmpty() || rest.startsWith("#")) {
        continue;
      }
      if (blockScalarIndent >= 0) {
        if (indent > blockScalarIndent) {
          continue;
        }
        blockScalarIndent = -1;
      }
      if (line.indexOf('\t') >= 0 && line.indexOf('\t') < indent + 1) {
        return null;
      }
      if (indent == 0) {
        if (rest.equals("---") || rest.startsWith("--- ") || rest.equals("...")) {
          if (started) {
            break;
          }
          if (rest.length() > 3 && !rest.substring(4).isBlank()) {
            return null; // content after the marker
          }
          continue;
        }
        if (rest.startsWith("%")) {
          continue; // a directive
        }
        if (rest.startsWith("- ") || rest.equals("-")) {
          if (top == null) {
            return Map.of(); // the document is a sequence
          }
          childIndent = Integer.MAX_VALUE; // the top key's value is a sequence: no fields
          continue;
        }
      }
      started = true;
      if (indent > 0 && top != null && childIndent < 0) {
        childIndent = rest.startsWith("-") ? Integer.MAX_VALUE : indent;
      }
      String[] keyValue = keyValue(rest);
      if (keyValue == null) {
        if (indent == 0) {
          return null; // not a plain key at the top
        }
        continue; // a sequence item, a continuation: not a field
      }
      String value = keyValue[1];
      if (value.equals("{")) {
        if (indent == 0) {
          return null; // its fields are in the flow map: leave it to the parser
        }
        value = "";
      }
      if (value.startsWith("|") || value.startsWith(">")) {
        blockScalarIndent = indent;
        value = "";
      }
      if (indent == 0) {
        top = keyValue[0];
        childIndent = -1;
        fields.putIfAbsent(top, value);
      } else if (top != null) {
        if (indent == childIndent && !rest.startsWith("-")) {
          fields.putIfAbsent(top + "." + keyValue[0], value);
        }
      }
    }
    return fields;
  }

  private static int indentation(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** {@code {key, scalar text}} of a {@code key: value} line, or null when it is not one. */
  private static String[] keyValue(String rest) {
    char first = rest.charAt(0);
    String key;
    int afterKey;
    if (first == '"' || first == '\'') {
      int close = rest.indexOf(first, 1);
      if (close < 0 || rest.substring(1, close).indexOf('\\') >= 0) {
        return null;
      }
      key = rest.substring(1, close);
      afterKey = close + 1;
      if (afterKey >= rest.length() || rest.charAt(afterKey) != ':') {
        return null;
      }
    } else {
      if ("&*!?{[|>@`%-".indexOf(first) >= 0) {
        return null;
      }
      int colon = rest.indexOf(": ");
      if (colon < 0 && rest.endsWith(":")) {
        colon = rest.length() - 1;
      }
      if (colon <= 0 || rest.substring(0, colon).contains(" #")) {
        return null;
      }
      key = rest.substring(0, colon).stripTrailing();
      afterKey = colon;
    }
    String value = rest.substring(afterKey + 1).strip();
    char quote = value.isEmpty() ? ' ' : value.charAt(0);
    if (quote == '#') {
      value = "";
    } else if (quote == '"' || quote == '\'') {
      int close = value.indexOf(quote, 1);
      if (close < 0 || (quote == '"' && value.substring(1, close).indexOf('\\') >= 0)) {
        return null; // spans lines or has escapes
      }
      String after = value.substring(close + 1).strip();
      if (!after.isEmpty() && !after.startsWith("#")) {
        return null; // e.g. 'it''s'
      }
      value = value.substring(1, close);
    } else {
      int comment = value.indexOf(" #");
      if (comment >= 0) {
        value = value.substring(0, comment).strip();
      }
      if (value.startsWith("&") || value.startsWith("*") || value.startsWith("!")) {
        return null; // anchors, aliases, tags: leave them to the parser
      }
      if (value.startsWith("{")) {
        value = "{"; // a flow map: the caller decides
      } else if (value.startsWith("[")) {
        value = "";
      }
    }
    return new String[] {key, value};
  }
}
