package io.github.sigma2sumo.pack;

import io.github.sigma2sumo.parallel.ParallelMap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

  /**
   * {@code name = value}; the value is a String, Boolean, Integer, Long, List of those, {@link Raw}
   * or {@link Heredoc}.
   */
  record Attribute(String name, Object value) {}

  /** Text written as it is: a reference such as {@code var.folder_id}. */
  record Raw(String text) {}

  /**
   * A heredoc ({@code <<MARKER ... MARKER}) whose text {@code body} writes as the file is written,
   * interpolation sequences doubled on the way. The text must hold no line that is the marker alone.
   */
  record Heredoc(String marker, Body body) {}

  /** Writes text to a writer. */
  @FunctionalInterface
  interface Body {
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Writes the blocks in order. Blocks of plain values are rendered on all cores first (a pack has
   * thousands); a block holding a streamed heredoc is written in its place as the file is written.
   */
  static void write(List<Block> blocks, Writer out) throws IOException {
    List<Optional<String>> rendered =
        ParallelMap.map(blocks, b -> streams(b) ? Optional.<String>empty() : Optional.of(render(b)));
    for (int i = 0; i < blocks.size(); i++) {
      if (i > 0) {
        out.write('\n');
      }
      Optional<String> text = rendered.get(i);
      if (text.isPresent()) {
        out.write(text.get());
      } else {
        block(out, blocks.get(i), "");
      }
    }
  }

  private static boolean streams(Block b) {
    return b.attributes().stream().anyMatch(a -> a.value() instanceof Heredoc)
        || b.blocks().stream().anyMatch(Hcl::streams);
  }

  private static String render(Block b) {
    StringWriter text = new StringWriter();
    try {
      block(text, b, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }

  private static void block(Writer out, Block b, String indent) throws IOException {
    out.append(indent).append(b.type());
    for (String label : b.labels()) {
      out.append(' ').append(string(label));
    }
    out.append(" {\n");
    String inner = indent + "  ";
    int width = 0;
    for (Attribute a : b.attributes()) {
      width = Math.max(width, a.name().length());
    }
    for (Attribute a : b.attributes()) {
      out.append(inner).append(a.name()).append(" ".repeat(width - a.name().length())).append(" = ");
      if (a.value() instanceof Heredoc h) {
        heredoc(out, h);
      } else {
        out.append(value(a.value()));
      }
      out.append('\n');
    }
    for (Block nested : b.blocks()) {
      block(out, nested, inner);
    }
    out.append(indent).append("}\n");
  }

  private static void heredoc(Writer out, Heredoc h) throws IOException {
    out.append("<<").append(h.marker()).append('\n');
    HeredocText text = new HeredocText(out, h.marker());
    h.body().writeTo(text);
    text.finish();
    out.append(h.marker());
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

  /** A quoted HCL string whose value is {@code s}; runs of characters that need no escape are copied at once. */
  static String string(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8).append('"');
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean opensTemplate = (c == '$' || c == '%') && i + 1 < s.length() && s.charAt(i + 1) == '{';
      if (opensTemplate || c == '"' || c == '\\' || c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
        out.append(s, run, i);
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          case '$' -> out.append("$$");
          case '%' -> out.append("%%");
          default -> out.append(String.format("\\u%04x", (int) c));
        }
        run = i + 1;
      }
    }
    return out.append(s, run, s.length()).append('"').toString();
  }

  /**
   * The text of a heredoc on its way out: doubles the {@code $} of {@code ${} and the {@code %} of
   * {@code %{} (a {@code $} or {@code %} is held back until the next character shows which),
   * fails on a line that would end the heredoc early (the marker alone, maybe indented), and ends
   * the text with a newline.
   */
  private static final class HeredocText extends Writer {
    private final Writer out;
    private final String marker;
    private final char[] buffer = new char[4096];
    private char held;
    private char last;
    /** Characters of the current line that match the marker after its indent; -1 once they do not. */
    private int matched;

    HeredocText(Writer out, String marker) {
      this.out = out;
      this.marker = marker;
    }

    /** Writes runs of plain characters through at once; a character that needs a look goes by {@link #write(int)}. */
    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      int run = offset;
      for (int i = offset; i < offset + length; i++) {
        char ch = chars[i];
        if (held == 0 && matched < 0 && ch != '$' && ch != '%' && ch != '\n') {
          last = ch;
        } else {
          out.write(chars, run, i - run);
          write(ch);
          run = i + 1;
        }
      }
      out.write(chars, run, offset + length - run);
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
      for (int at = offset; at < offset + length; at += buffer.length) {
        int n = Math.min(buffer.length, offset + length - at);
        s.getChars(at, at + n, buffer, 0);
        write(buffer, 0, n);
      }
    }

    @Override
    public void write(int c) throws IOException {
      char ch = (char) c;
      if (held != 0) {
        out.write(held);
        if (ch == '{') {
          out.write(held);
        }
        held = 0;
      }
      track(ch);
      if (ch == '$' || ch == '%') {
        held = ch;
      } else {
        out.write(ch);
      }
    }

    private void track(char ch) {
      if (ch == '\n') {
        if (matched == marker.length()) {
          throw new IllegalStateException("a heredoc line is its marker " + marker);
        }
        matched = 0;
      } else if (matched == 0 && (ch == ' ' || ch == '\t')) {
        // the indent before a closing marker
      } else if (matched >= 0 && matched < marker.length() && marker.charAt(matched) == ch) {
        matched++;
      } else {
        matched = -1;
      }
      last = ch;
    }

    void finish() throws IOException {
      if (held != 0) {
        out.write(held);
        held = 0;
      }
      if (matched == marker.length()) {
        throw new IllegalStateException("a heredoc line is its marker " + marker);
      }
      if (last != '\n') {
        out.write('\n');
      }
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() {
      // the heredoc ends, not the file
    }
  }
}
