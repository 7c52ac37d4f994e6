package io.github.sigma2sumo.pack;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes HashiCorp configuration language as {@code terraform fmt} lays it out: two-space indents,
 * the {@code =} of consecutive one-line attributes aligned, nested blocks after the attributes. The
 * one escaping layer of HCL text: quoted strings escape {@code \ " } and control characters, and
 * double the {@code $} of {@code ${} and the {@code %} of {@code %{}, which would otherwise start an
 * interpolation or a directive (HCL native syntax specification, "Template Expressions").
 */
final class Hcl {
  private Hcl() {}

  /** A block: a type and labels, attributes in order, then nested blocks. */
  record Block(String type, List<String> labels, List<Attribute> attributes, List<Block> blocks) {}

  /** {@code name = value}; the value is a String, Boolean, Integer, Long, List of those, or {@link Raw}. */
  record Attribute(String name, Object value) {}

  /** Text written as it is: a reference such as {@code var.folder_id} or a heredoc. */
  record Raw(String text) {}

  static String render(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < blocks.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      block(out, blocks.get(i), "");
    }
    return out.toString();
  }

  private static void block(StringBuilder out, Block b, String indent) {
    out.append(indent).append(b.type());
    b.labels().forEach(l -> out.append(' ').append(string(l)));
    out.append(" {\n");
    String inner = indent + "  ";
    int width = 0;
    for (Attribute a : b.attributes()) {
      width = Math.max(width, a.name().length());
    }
    for (Attribute a : b.attributes()) {
      out.append(inner).append(a.name()).append(" ".repeat(width - a.name().length())).append(" = ")
          .append(value(a.value())).append('\n');
    }
    for (Block nested : b.blocks()) {
      block(out, nested, inner);
    }
    out.append(indent).append("}\n");
  }

  private static String value(Object v) {
    if (v instanceof String s) {
      return string(s);
    } else if (v instanceof Raw r) {
      return r.text();
    } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
      return v.toString();
    } else if (v instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      list.forEach(item -> items.add(value(item)));
      return "[" + String.join(", ", items) + "]";
    }
    throw new IllegalArgumentException("no HCL form for " + v);
  }

  /** A quoted HCL string whose value is {@code s}. */
  static String string(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean opensTemplate = i + 1 < s.length() && s.charAt(i + 1) == '{';
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '$' -> out.append(opensTemplate ? "$$" : "$");
        case '%' -> out.append(opensTemplate ? "%%" : "%");
        default -> {
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A heredoc holding {@code text} literally (interpolation sequences doubled), for JSON documents. */
  static Raw heredoc(String text) {
    String marker = "EOT";
    while (text.contains(marker)) {
      marker = marker + "_";
    }
    String escaped = text.replace("${", "$${").replace("%{", "%%{");
    return new Raw("<<" + marker + "\n" + escaped + (escaped.endsWith("\n") ? "" : "\n") + marker);
  }
}
