package io.github.sigma2sumo.content;

import io.github.sigma2sumo.content.JsonNodes.Arr;
import io.github.sigma2sumo.content.JsonNodes.Node;
import io.github.sigma2sumo.content.JsonNodes.Obj;
import io.github.sigma2sumo.content.JsonNodes.Other;
import io.github.sigma2sumo.content.JsonNodes.Str;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the parts of a Terraform file that hold queries (HashiCorp's HCL native syntax
 * specification, hashicorp/hcl, hclsyntax/spec.md): blocks with their labels, attributes whose
 * value is a quoted string, a heredoc ({@code <<EOF}, and {@code <<-EOF}, whose common leading
 * spaces are removed), an object or tuple, or {@code jsonencode(...)} of one; a nested block is the
 * list of its kind's blocks, as Terraform's JSON form writes it. Any other expression is stepped
 * over. Strings are decoded with the place of each code point ({@code \n}, {@code \"},
 * {@code \}{@code uNNNN}, {@code $${}); an interpolation ({@code ${var.scope}}) stands for text
 * Terraform fills in and reads as the dashboard parameter {@code {{tf}}}, which the query languages'
 * parsers take as a value; a directive ({@code %{ if ... }}) reads as nothing. No Java HCL parser
 * is kept up on Maven Central, so this reads only what lint needs, and says where it stopped.
 */
final class HclReader {
  /** What an interpolation stands for in a query. */
  static final String INTERPOLATION = "{{tf}}";

  /** A top-level block: its type, labels and body, and where it starts and ends (char offsets). */
  record Block(String type, List<String> labels, Obj body, int start, int end) {}

  /** A line comment ({@code #} or {@code //}): its text after the marker, from char offset {@code start}. */
  record Comment(String text, int start) {}

  /** The blocks and line comments, or why the text is no HCL this reader can follow (a char offset). */
  record Result(List<Block> blocks, List<Comment> comments, Optional<JsonDocument.Malformed> malformed) {}

  /** Deeper nesting of blocks, objects, tuples and brackets is refused, as JSON's is. */
  static final int MAX_DEPTH = 200;

  private final String text;
  private final CodePoints codePoints;
  private int at;
  private int depth;
  private final List<Comment> comments = new ArrayList<>();

  private HclReader(String text) {
    this.text = text;
    this.codePoints = new CodePoints(text);
  }

  static Result read(String text) {
    HclReader r = new HclReader(text);
    try {
      List<Block> blocks = new ArrayList<>();
      r.body(blocks, new LinkedHashMap<>(), false);
      return new Result(blocks, List.copyOf(r.comments), Optional.empty());
    } catch (Stop s) {
      return new Result(List.of(), List.of(), Optional.of(new JsonDocument.Malformed(s.getMessage(),
          Math.min(s.offset, text.length()))));
    }
  }

  /** The place of each code point of {@code text}, written as it is from char offset {@code start}. */
  static EmbeddedText plain(String host, String text, int start) {
    int n = text.codePointCount(0, text.length());
    int[] offsets = new int[n + 1];
    int first = host.codePointCount(0, start);
    for (int i = 0; i <= n; i++) {
      offsets[i] = first + i; // the text is written as it is: one code point each
    }
    return new EmbeddedText(text, offsets);
  }

  /** Where reading stopped, and why. */
  private static final class Stop extends RuntimeException {
    final int offset;

    Stop(String message, int offset) {
      super(message, null, false, false);
      this.offset = offset;
    }
  }

  // --- structure ---------------------------------------------------------------------------

  /** Attributes and blocks until the end (or a closing brace when {@code nested}). */
  private void body(List<Block> top, Map<String, Node> members, boolean nested) {
    enter();
    try {
      bodyItems(top, members, nested);
    } finally {
      depth--;
    }
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw new Stop("nesting deeper than " + MAX_DEPTH + " levels", at);
    }
  }

  private void bodyItems(List<Block> top, Map<String, Node> members, boolean nested) {
    while (true) {
      space(true);
      if (at >= text.length()) {
        if (nested) {
          throw new Stop("a block is not closed with '}'", at);
        }
        return;
      }
      if (text.charAt(at) == '}') {
        if (!nested) {
          throw new Stop("'}' closes no block", at);
        }
        return;
      }
      int start = at;
      String name = identifier().orElseThrow(() -> new Stop("expected an attribute or a block, found "
          + describe(at), start));
      space(false);
      if (at < text.length() && text.charAt(at) == '=' && !text.startsWith("==", at)) {
        at++;
        members.put(name, expression());
        endOfItem();
        continue;
      }
      List<String> labels = new ArrayList<>();
      while (true) {
        space(false);
        if (at < text.length() && text.charAt(at) == '"') {
          labels.add(quoted().text());
        } else if (at < text.length() && text.charAt(at) == '{') {
          break;
        } else {
          int here = at;
          labels.add(identifier().orElseThrow(() -> new Stop("expected a block label or '{', found " + describe(here),
              here)));
        }
      }
      at++; // {
      Map<String, Node> inner = new LinkedHashMap<>();
      body(top, inner, true);
      at++; // }
      Obj block = new Obj(inner);
      if (!nested) {
        top.add(new Block(name, labels, block, start, at));
      } else {
        Node existing = members.get(name);
        List<Node> list = existing instanceof Arr a ? new ArrayList<>(a.items()) : new ArrayList<>();
        list.add(block);
        members.put(name, new Arr(list));
      }
    }
  }

  private void endOfItem() {
    space(false);
    if (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r' && text.charAt(at) != '}') {
      skipExpressionRest();
    }
  }

  // --- expressions -------------------------------------------------------------------------

  private Node expression() {
    enter();
    try {
      return value();
    } finally {
      depth--;
    }
  }

  private Node value() {
    space(false);
    if (at >= text.length()) {
      throw new Stop("expected a value", at);
    }
    char c = text.charAt(at);
    Node value;
    if (c == '"') {
      EmbeddedText t = quoted();
      value = new Str(t.text(), () -> Optional.of(t));
    } else if (text.startsWith("<<", at)) {
      EmbeddedText t = heredoc();
      value = new Str(t.text(), () -> Optional.of(t));
    } else if (c == '{') {
      value = object();
    } else if (c == '[') {
      value = tuple();
    } else {
      int start = at;
      Optional<String> name = identifier();
      space(false);
      if (name.isPresent() && at < text.length() && text.charAt(at) == '(') {
        at++;
        space(true);
        value = name.get().equals("jsonencode") ? expression() : new Other(name.get());
        skipTo(')');
        at++;
      } else {
        at = start;
        skipExpressionRest();
        return new Other(text.substring(start, at).strip());
      }
    }
    space(false);
    if (at < text.length() && "\n\r,]})#/".indexOf(text.charAt(at)) < 0) {
      skipExpressionRest(); // an operator follows: the value is computed, not written
      return new Other("");
    }
    return value;
  }

  private Obj object() {
    at++; // {
    Map<String, Node> members = new LinkedHashMap<>();
    while (true) {
      space(true);
      if (at >= text.length()) {
        throw new Stop("an object is not closed with '}'", at);
      }
      if (text.charAt(at) == '}') {
        at++;
        return new Obj(members);
      }
      String key;
      if (text.charAt(at) == '"') {
        key = quoted().text();
      } else if (text.charAt(at) == '(') {
        int start = at;
        skipBalanced();
        key = text.substring(start, at);
      } else {
        int here = at;
        key = identifier().orElseThrow(() -> new Stop("expected an object key, found " + describe(here), here));
      }
      space(false);
      if (at >= text.length() || (text.charAt(at) != '=' && text.charAt(at) != ':')) {
        throw new Stop("expected '=' or ':' after the key " + key, at);
      }
      at++;
      members.put(key, expression());
      space(false);
      if (at < text.length() && text.charAt(at) == ',') {
        at++;
      }
    }
  }

  private Arr tuple() {
    at++; // [
    List<Node> items = new ArrayList<>();
    while (true) {
      space(true);
      if (at >= text.length()) {
        throw new Stop("a tuple is not closed with ']'", at);
      }
      if (text.charAt(at) == ']') {
        at++;
        return new Arr(items);
      }
      items.add(expression());
      space(true);
      if (at < text.length() && text.charAt(at) == ',') {
        at++;
      }
    }
  }

  /** Steps over the rest of an expression: up to a line end, ',' or a closing bracket outside brackets. */
  private void skipExpressionRest() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '\n' || c == '\r' || c == ',' || c == ']' || c == '}' || c == ')') {
        return;
      }
      skipOne();
    }
  }

  /** Steps over everything up to {@code close} at this depth. */
  private void skipTo(char close) {
    while (true) {
      space(true);
      if (at >= text.length()) {
        throw new Stop("expected '" + close + "'", at);
      }
      if (text.charAt(at) == close) {
        return;
      }
      skipOne();
    }
  }

  /** Steps over one token, a string, a heredoc or a bracketed group. */
  private void skipOne() {
    char c = text.charAt(at);
    if (c == '"') {
      quoted();
    } else if (text.startsWith("<<", at) && at + 2 < text.length()
        && (Character.isLetter(text.charAt(at + 2)) || text.charAt(at + 2) == '-')) {
      heredoc();
    } else if (c == '(' || c == '[' || c == '{') {
      skipBalanced();
    } else if (c == '#' || text.startsWith("//", at) || text.startsWith("/*", at)) {
      space(false);
    } else {
      at++;
    }
  }

  private void skipBalanced() {
    enter();
    try {
      skipGroup();
    } finally {
      depth--;
    }
  }

  private void skipGroup() {
    char open = text.charAt(at);
    char close = open == '(' ? ')' : open == '[' ? ']' : '}';
    at++;
    skipTo(close);
    at++;
  }

  // --- strings -----------------------------------------------------------------------------

  /** A quoted template string from its opening quote; {@code at} moves past the closing one. */
  private EmbeddedText quoted() {
    int open = at;
    at++;
    StringBuilder out = new StringBuilder();
    JsonStringText.IntList offsets = new JsonStringText.IntList();
    while (true) {
      if (at >= text.length() || text.charAt(at) == '\n' || text.charAt(at) == '\r') {
        throw new Stop("a string is not closed on its line", open);
      }
      char c = text.charAt(at);
      if (c == '"') {
        offsets.add(codePoints.at(at));
        at++;
        return new EmbeddedText(out.toString(), offsets.toArray());
      }
      if (c == '\\') {
        escape(out, offsets);
      } else if (!template(out, offsets)) {
        int cp = text.codePointAt(at);
        out.appendCodePoint(cp);
        offsets.add(codePoints.at(at));
        at += Character.charCount(cp);
      }
    }
  }

  private void escape(StringBuilder out, JsonStringText.IntList offsets) {
    int start = at;
    if (at + 1 >= text.length()) {
      throw new Stop("a string ends in a backslash", start);
    }
    char e = text.charAt(at + 1);
    int decoded;
    int width = 2;
    switch (e) {
      case 'n' -> decoded = '\n';
      case 'r' -> decoded = '\r';
      case 't' -> decoded = '\t';
      case '"' -> decoded = '"';
      case '\\' -> decoded = '\\';
      case 'u', 'U' -> {
        int digits = e == 'u' ? 4 : 8;
        if (at + 2 + digits > text.length()) {
          throw new Stop("a \\" + e + " escape needs " + digits + " hex digits", start);
        }
        try {
          decoded = Integer.parseUnsignedInt(text.substring(at + 2, at + 2 + digits), 16);
        } catch (NumberFormatException x) {
          throw new Stop("a \\" + e + " escape needs " + digits + " hex digits", start);
        }
        if (!Character.isValidCodePoint(decoded)) {
          throw new Stop("\\" + e + " escapes no character", start);
        }
        width = 2 + digits;
      }
      default -> throw new Stop("'\\" + e + "' is no escape of HCL (\\n \\r \\t \\\" \\\\ \\u \\U)", start);
    }
    out.appendCodePoint(decoded);
    offsets.add(codePoints.at(start));
    at += width;
  }

  /**
   * A template sequence at {@code at} ({@code $${}, {@code %%{}, an interpolation, a directive),
   * written to {@code out}; false when none starts here.
   */
  private boolean template(StringBuilder out, JsonStringText.IntList offsets) {
    int start = at;
    if (text.startsWith("$${", at) || text.startsWith("%%{", at)) {
      out.append(text.charAt(at)).append('{');
      offsets.add(codePoints.at(start));
      offsets.add(codePoints.at(start));
      at += 3;
      return true;
    }
    if (text.startsWith("${", at) || text.startsWith("%{", at)) {
      boolean interpolation = text.charAt(at) == '$';
      at += 1;
      skipBalanced();
      if (interpolation) {
        out.append(INTERPOLATION);
        for (int i = 0; i < INTERPOLATION.length(); i++) {
          offsets.add(codePoints.at(start));
        }
      }
      return true;
    }
    return false;
  }

  /** A heredoc from its {@code <<}; {@code at} moves past its closing marker. */
  private EmbeddedText heredoc() {
    int open = at;
    at += 2;
    boolean indented = at < text.length() && text.charAt(at) == '-';
    if (indented) {
      at++;
    }
    String marker = identifier().orElseThrow(() -> new Stop("a heredoc needs a marker after <<", open));
    int lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0 || !text.substring(at, lineEnd).strip().isEmpty()) {
      throw new Stop("a heredoc's marker must end its line", at);
    }
    List<int[]> lines = new ArrayList<>(); // [start, end) of each line's text, without its line end
    int line = lineEnd + 1;
    while (true) {
      if (line > text.length()) {
        throw new Stop("the heredoc is not closed with a line holding " + marker, open);
      }
      int end = text.indexOf('\n', line);
      int stop = end < 0 ? text.length() : end;
      int textEnd = stop > line && text.charAt(stop - 1) == '\r' ? stop - 1 : stop;
      if (text.substring(line, textEnd).strip().equals(marker)) {
        at = line + text.substring(line, textEnd).indexOf(marker) + marker.length();
        break;
      }
      lines.add(new int[] {line, textEnd, stop});
      if (end < 0) {
        throw new Stop("the heredoc is not closed with a line holding " + marker, open);
      }
      line = end + 1;
    }
    int strip = 0;
    if (indented) {
      strip = Integer.MAX_VALUE;
      for (int[] l : lines) {
        int spaces = 0;
        while (l[0] + spaces < l[1] && text.charAt(l[0] + spaces) == ' ') {
          spaces++;
        }
        if (l[0] + spaces < l[1]) {
          strip = Math.min(strip, spaces);
        }
      }
      strip = strip == Integer.MAX_VALUE ? 0 : strip;
    }
    StringBuilder out = new StringBuilder();
    JsonStringText.IntList offsets = new JsonStringText.IntList();
    int resume = at;
    for (int[] l : lines) {
      at = Math.min(l[0] + strip, l[1]);
      while (at < l[1]) {
        if (!template(out, offsets)) {
          int cp = text.codePointAt(at);
          out.appendCodePoint(cp);
          offsets.add(codePoints.at(at));
          at += Character.charCount(cp);
        }
      }
      out.append('\n');
      offsets.add(codePoints.at(Math.min(l[1], text.length() - 1)));
    }
    offsets.add(codePoints.at(Math.min(resume, text.length())));
    at = resume;
    return new EmbeddedText(out.toString(), offsets.toArray());
  }

  // --- lexical -----------------------------------------------------------------------------

  private Optional<String> identifier() {
    int start = at;
    while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_'
        || text.charAt(at) == '-' || (at > start && text.charAt(at) == '.'))) {
      at++;
    }
    return at > start ? Optional.of(text.substring(start, at)) : Optional.empty();
  }

  /** Spaces and comments; line ends too when {@code newlines}. */
  private void space(boolean newlines) {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == ' ' || c == '\t' || (newlines && (c == '\n' || c == '\r'))) {
        at++;
      } else if (c == '#' || text.startsWith("//", at)) {
        int start = at + (c == '#' ? 1 : 2);
        while (at < text.length() && text.charAt(at) != '\n') {
          at++;
        }
        comments.add(new Comment(text.substring(start, at).stripTrailing(), start));
      } else if (text.startsWith("/*", at)) {
        int end = text.indexOf("*/", at + 2);
        if (end < 0) {
          throw new Stop("a comment is not closed with */", at);
        }
        at = end + 2;
      } else {
        return;
      }
    }
  }

  private String describe(int offset) {
    return offset >= text.length() ? "the end" : "'" + text.charAt(offset) + "'";
  }
}
