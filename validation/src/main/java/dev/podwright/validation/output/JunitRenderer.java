package dev.podwright.validation.output;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.Suppression;
import dev.podwright.validation.report.Violation;
import java.util.List;

/**
 * JUnit XML: {@code <testsuites>} with one {@code <testsuite>} per input and one {@code <testcase>}
 * per document ({@code classname} the input, {@code name} {@code document 0: Deployment web}); a
 * {@code <failure>} per ERROR finding ({@code type} the rule id), warnings, notes and suppressed
 * findings in {@code <system-out>}. An unreadable input is one test case with an {@code <error>}.
 * Text is escaped, and characters XML 1.0 cannot hold are replaced by U+FFFD, so the document is
 * always well-formed.
 */
final class JunitRenderer implements ReportRenderer {

  @Override
  public String render(RunResult run) {
    long documents = run.documents().count();
    long unreadable = run.files().stream().filter(f -> f.error() != null).count();
    long failing = run.documents().filter(d -> !d.isValid()).count();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuites name=\"podwright\" tests=\"")
        .append(documents + unreadable)
        .append("\" failures=\"")
        .append(failing)
        .append("\" errors=\"")
        .append(unreadable)
        .append("\">\n");
    for (FileResult file : run.files()) {
      if (file.error() != null) {
        suite(xml, file, 1, 0, 1);
        xml.append("    <testcase classname=\"").append(escape(file.file()));
        xml.append("\" name=\"read\">\n      <error message=\"");
        xml.append(escape(file.error().message())).append("\"/>\n    </testcase>\n");
        xml.append("  </testsuite>\n");
        continue;
      }
      long fails = file.documents().stream().filter(d -> !d.isValid()).count();
      suite(xml, file, file.documents().size(), fails, 0);
      for (DocumentResult document : file.documents()) {
        testCase(xml, file.file(), document);
      }
      xml.append("  </testsuite>\n");
    }
    return xml.append("</testsuites>\n").toString();
  }

  private static void suite(StringBuilder xml, FileResult file, long tests, long fails, long errs) {
    xml.append("  <testsuite name=\"")
        .append(escape(file.file()))
        .append("\" tests=\"")
        .append(tests)
        .append("\" failures=\"")
        .append(fails)
        .append("\" errors=\"")
        .append(errs)
        .append("\" skipped=\"0\">\n");
  }

  private static void testCase(StringBuilder xml, String file, DocumentResult document) {
    String name =
        "document "
            + document.index()
            + ": "
            + document.kind()
            + (document.name() == null ? "" : " " + document.name());
    xml.append("    <testcase classname=\"").append(escape(file));
    xml.append("\" name=\"").append(escape(name)).append("\">\n");
    StringBuilder out = new StringBuilder();
    for (Violation violation : document.violations()) {
      if (violation.severity() == Severity.ERROR) {
        xml.append("      <failure type=\"")
            .append(escape(violation.ruleId()))
            .append("\" message=\"")
            .append(escape(violation.path() + ": " + violation.message()))
            .append("\">")
            .append(text(TextRenderer.violations(List.of(violation), "")))
            .append("</failure>\n");
      } else {
        out.append(TextRenderer.violations(List.of(violation), "")).append('\n');
      }
    }
    for (Suppression suppression : document.suppressed()) {
      out.append("suppressed (")
          .append(TextRenderer.by(suppression.by()))
          .append(") ")
          .append(TextRenderer.violations(List.of(suppression.violation()), ""))
          .append('\n');
    }
    if (out.length() > 0) {
      xml.append("      <system-out>").append(text(out.toString())).append("</system-out>\n");
    }
    xml.append("    </testcase>\n");
  }

  /** Text as XML character data: line breaks and tabs kept. */
  static String text(String text) {
    return escape(text).replace("&#10;", "\n").replace("&#9;", "\t");
  }

  /** Text as an XML attribute value (or character data). */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&apos;");
        case '\n' -> escaped.append("&#10;");
        case '\t' -> escaped.append("&#9;");
        case '\r' -> escaped.append("&#13;");
        default -> {
          boolean legal =
              (c >= 0x20 && c <= 0xD7FF)
                  || (c >= 0xE000 && c <= 0xFFFD)
                  || (c >= 0x10000 && c <= 0x10FFFF);
          if (legal) {
            escaped.appendCodePoint(c);
          } else {
            escaped.append('\uFFFD');
          }
        }
      }
    }
    return escaped.toString();
  }
}
