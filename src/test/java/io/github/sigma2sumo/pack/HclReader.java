package io.github.sigma2sumo.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads back the HCL that packs write, to test it: blocks with labels, attributes whose values are
 * quoted strings (all escapes of the HCL native syntax), numbers, booleans, references, lists,
 * objects and heredocs. Anything else is a parse error with its offset, so malformed output fails the tests.
 */
public final class HclReader {
  public record Block(String type, List<String> labels, Map<String, Object> attributes, List<Block> blocks) {}

  /** A bare reference such as {@code var.x} or {@code string}. */
  public record Reference(String name) {}

  private final String text;
  private int pos;

  private HclReader(String text) {
    this.text = text;
  }

  public static List<Block> parse(String text) {
    HclReader r = new HclReader(text);
    List<Block> blocks = new ArrayList<>();
    Block root = r.body(true);
    if (!root.attributes().isEmpty()) {
      throw new IllegalArgumentException("attributes at the top level");
    }
    blocks.addAll(root.blocks());
    return blocks;
  }

  private Block body(boolean top) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    List<Block> blocks = new ArrayList<>();
    while (true) {
      skipSpace(true);
      if (pos >= text.length()) {
        if (!top) {
          throw error("missing '}'");
        }
        return new Block("", List.of(), attributes, blocks);
      }
      if (text.charAt(pos) == '}') {
        if (top) {
          throw error("unbalanced '}'");
        }
        pos++;
        return new Block("", List.of(), attributes, blocks);
      }
      String name = identifier();
      skipSpace(false);
      if (peek() == '=') {
        pos++;
        skipSpace(false);
        if (attributes.put(name, value()) != null) {
          throw error("duplicate attribute " + name);
        }
        skipSpace(false);
        if (pos < text.length() && text.charAt(pos) != '\n') {
          throw error("expected a line break after " + name);
        }
      } else {
        List<String> labels = new ArrayList<>();
        while (peek() == '"') {
          labels.add(string());
          skipSpace(false);
        }
        expect('{');
        Block inner = body(false);
        blocks.add(new Block(name, labels, inner.attributes(), inner.blocks()));
      }
    }
  }

  private Object value() {
    char c = peek();
    if (c == '"') {
      return string();
    } else if (c == '[') {
      pos++;
      List<Object> items = new ArrayList<>();
      skipSpace(true);
      while (peek() != ']') {
        items.add(value());
        skipSpace(true);
        if (peek() == ',') {
          pos++;
          skipSpace(true);
        }
      }
      pos++;
      return items;
    } else if (c == '{') { // an object: attributes only
      pos++;
      Block object = body(false);
      if (!object.blocks().isEmpty()) {
        throw error("a block inside an object value");
      }
      return object.attributes();
    } else if (text.startsWith("<<", pos)) {
      return heredoc();
    } else if (Character.isDigit(c) || c == '-') {
      int start = pos++;
      while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
        pos++;
      }
      return Long.parseLong(text.substring(start, pos));
    }
    String word = identifier();
    while (peek() == '.') {
      pos++;
      word += "." + identifier();
    }
    return word.equals("true") ? Boolean.TRUE : word.equals("false") ? Boolean.FALSE : new Reference(word);
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= text.length() || text.charAt(pos) == '\n') {
        throw error("string not closed");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return out.toString();
      } else if (c == '\\') {
        char e = text.charAt(pos++);
        switch (e) {
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case '"' -> out.append('"');
          case '\\' -> out.append('\\');
          case 'u' -> {
            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
            pos += 4;
          }
          default -> throw error("unknown escape \\" + e);
        }
      } else if ((c == '$' || c == '%') && peek() == '{') {
        throw error("an unescaped " + c + "{ would start a template sequence");
      } else if ((c == '$' || c == '%') && peek() == c && pos + 1 < text.length() && text.charAt(pos + 1) == '{') {
        out.append(c);
        pos++;
      } else {
        out.append(c);
      }
    }
  }

  /** {@code <<MARK} heredoc: taken literally up to the line holding only MARK (no indentation stripped). */
  private String heredoc() {
    pos += 2;
    String marker = identifier();
    expect('\n');
    int end = text.indexOf("\n" + marker + "\n", pos - 1);
    if (end < 0) {
      end = text.indexOf("\n" + marker, pos - 1);
    }
    if (end < 0) {
      throw error("heredoc " + marker + " not closed");
    }
    String body = text.substring(pos, end + 1);
    pos = end + 1 + marker.length();
    if (java.util.regex.Pattern.compile("(?<![$%])[$%]\\{").matcher(body).find()) {
      throw error("an unescaped ${ or %{ in a heredoc");
    }
    return body.replace("$${", "${").replace("%%{", "%{");
  }

  private String identifier() {
    int start = pos;
    while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
        || text.charAt(pos) == '-')) {
      pos++;
    }
    if (start == pos) {
      throw error("expected a name");
    }
    return text.substring(start, pos);
  }

  private void skipSpace(boolean newlines) {
    while (pos < text.length() && (text.charAt(pos) == ' ' || newlines && text.charAt(pos) == '\n')) {
      pos++;
    }
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException(message + " at offset " + pos);
  }
}
