package io.github.sigma2sumo.run.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.github.sigma2sumo.sigma.YamlTree.Entry;
import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text (RFC 8259) read into the same trees as {@code YamlTree}: ordered maps, lists, and
 * scalars whose value is null, a Boolean, a BigDecimal (the number exactly as written: {@code 1.0}
 * stays {@code 1.0}) or a String; every node has its span in code points, as {@link Span} counts.
 *
 * <p>The first step of {@code sigma2sumo test}: events come as JSON files. A text may hold several
 * top-level values one after another ({@code {...}{...}}, or one per line, as SigmaHQ's
 * regression data and JSON Lines files do); an empty text holds none. Read with jackson-core's
 * streaming parser, which is several times faster than composing YAML.
 *
 * <p>Invariants: {@link #read} never throws for any text. Input that is not JSON, nests deeper than
 * {@value #MAX_DEPTH} levels (as {@code YamlTree}), is longer than {@value #MAX_CHARS} characters,
 * or repeats a key in one object, is a {@link Outcome.Failed} with the position of the problem.
 * Duplicate keys are refused, as the YAML side refuses them, since which one a consumer keeps is
 * undefined (RFC 8259 section 4).
 */
public final class JsonTree {

  /** Nesting allowed: the same as {@code YamlTree} allows a rule. */
  public static final int MAX_DEPTH = 64;
  /** 64 Mi characters, the cap the CLI puts on any input file. */
  public static final int MAX_CHARS = 64 * 1024 * 1024;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH + 8) // ours is checked first, with a clearer message
          .maxStringLength(MAX_CHARS)
          .maxNameLength(MAX_CHARS)
          .maxNumberLength(1000)
          .build())
      .build();

  private final String text;
  private final JsonParser parser;
  private final CodePoints codePoints;

  private JsonTree(String text, JsonParser parser) {
    this.text = text;
    this.parser = parser;
    this.codePoints = new CodePoints(text);
  }

  /** Every top-level value of {@code file}, in order, or the first problem in it. */
  public static Outcome<List<YNode>> read(SourceFile file) {
    String text = file.text();
    if (text.length() > MAX_CHARS) {
      return Outcome.failed("the JSON text is longer than " + MAX_CHARS + " characters", new Span(0, 0));
    }
    try (JsonParser parser = FACTORY.createParser(text)) {
      return new JsonTree(text, parser).values();
    } catch (IOException | RuntimeException e) {
      return Outcome.failed("invalid JSON: " + e.getMessage(), new Span(0, 0));
    }
  }

  private Outcome<List<YNode>> values() throws IOException {
    List<YNode> out = new ArrayList<>();
    try {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        out.add(value(token, 0));
      }
    } catch (TooDeep e) {
      return Outcome.failed("the JSON nests deeper than " + MAX_DEPTH + " levels", e.at);
    } catch (DuplicateKey e) {
      return Outcome.failed(e.getMessage(), e.at);
    } catch (StreamReadException e) {
      JsonLocation where = e.getLocation();
      int at = where == null ? 0 : codePoints.of(where.getCharOffset());
      return Outcome.failed("invalid JSON: " + e.getOriginalMessage(), new Span(at, at));
    }
    return Outcome.ok(out);
  }

  private YNode value(JsonToken token, int depth) throws IOException {
    int start = start();
    switch (token) {
      case START_OBJECT:
        return object(start, depth + 1);
      case START_ARRAY:
        return array(start, depth + 1);
      case VALUE_STRING:
        String s = parser.getText(); // reads the whole string: the location is now after it
        return new YScalar(s, true, new Span(start, end()));
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new YScalar(new BigDecimal(parser.getText()), false, new Span(start, end()));
      case VALUE_TRUE:
        return new YScalar(Boolean.TRUE, false, new Span(start, end()));
      case VALUE_FALSE:
        return new YScalar(Boolean.FALSE, false, new Span(start, end()));
      case VALUE_NULL:
        return new YScalar(null, false, new Span(start, end()));
      default:
        // END_OBJECT, END_ARRAY, FIELD_NAME where a value starts: jackson reports these itself
        throw new IllegalStateException("unexpected token " + token);
    }
  }

  private YMap object(int start, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new TooDeep(new Span(start, start + 1));
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      long keyChar = parser.currentTokenLocation().getCharOffset();
      Span keySpan = new Span(codePoints.of(keyChar), codePoints.of(endOfString(keyChar)));
      YNode value = value(parser.nextToken(), depth);
      Entry previous = entries.put(key, new Entry(key, keySpan, value));
      if (previous != null) {
        throw new DuplicateKey(keySpan, "duplicate key '" + key + "' in one JSON object (first at offset "
            + previous.keySpan().start() + ")");
      }
    }
    return new YMap(entries, new Span(start, end()));
  }

  private YList array(int start, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new TooDeep(new Span(start, start + 1));
    }
    List<YNode> items = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      items.add(value(token, depth));
    }
    return new YList(items, new Span(start, end()));
  }

  private int start() {
    return codePoints.of(parser.currentTokenLocation().getCharOffset());
  }

  private int end() {
    return codePoints.of(parser.currentLocation().getCharOffset());
  }

  /** The char offset just after the JSON string that starts (with its quote) at {@code quote}. */
  private long endOfString(long quote) {
    int i = (int) quote + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"') {
        return i + 1;
      } else {
        i++;
      }
    }
    return text.length();
  }

  /** A collection nested past {@link #MAX_DEPTH}. */
  private static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Span at;

    TooDeep(Span at) {
      super(null, null, false, false);
      this.at = at;
    }
  }

  /** A key given twice in one object. */
  private static final class DuplicateKey extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Span at;

    DuplicateKey(Span at, String message) {
      super(message, null, false, false);
      this.at = at;
    }
  }

  /**
   * Char offsets (what jackson counts) to code-point offsets (what spans count). Offsets are asked
   * for in increasing order while parsing, so a forward cursor makes the conversion linear overall;
   * a text without surrogates takes the identity.
   */
  private static final class CodePoints {
    private final String text;
    private final boolean bmpOnly;
    private int charAt;
    private int codePointAt;

    CodePoints(String text) {
      this.text = text;
      boolean bmp = true;
      for (int i = 0; i < text.length() && bmp; i++) {
        bmp = !Character.isSurrogate(text.charAt(i));
      }
      this.bmpOnly = bmp;
    }

    int of(long charOffset) {
      int target = (int) Math.max(0, Math.min(charOffset, text.length()));
      if (bmpOnly) {
        return target;
      }
      if (target < charAt) {
        charAt = 0;
        codePointAt = 0;
      }
      codePointAt += text.codePointCount(charAt, target);
      charAt = target;
      return codePointAt;
    }
  }
}
