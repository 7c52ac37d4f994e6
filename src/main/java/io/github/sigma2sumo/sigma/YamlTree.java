package io.github.sigma2sumo.sigma;

import io.github.sigma2sumo.source.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * YAML documents as a small tree whose every node keeps its source span, read with
 * snakeyaml-engine's node API (never plain maps, which lose positions). Scalars are typed by the
 * YAML 1.2 core schema: {@code null}/{@code ~}/empty, {@code true}/{@code false}, integers and
 * floats; everything else is a string. This differs from PyYAML's YAML 1.1 (which pySigma uses)
 * only for unquoted {@code yes}/{@code no}/{@code on}/{@code off}, sexagesimals and dates, which
 * SigmaHQ quotes anyway. Duplicate keys are errors, as in pySigma.
 */
public final class YamlTree {

  /** A YAML node with its span (code-point offsets in the file). */
  public sealed interface YNode {
    Span span();
  }

  /** A mapping; keys keep their own spans, for diagnostics about a key. */
  public record YMap(Map<String, Entry> entries, Span span) implements YNode {
    public Optional<YNode> get(String key) {
      Entry e = entries.get(key);
      return e == null ? Optional.empty() : Optional.of(e.value());
    }
  }

  public record Entry(String key, Span keySpan, YNode value) {}

  public record YList(List<YNode> items, Span span) implements YNode {}

  /**
   * A scalar: {@code value} is null, a Boolean, a BigDecimal or a String; {@code quoted} tells a
   * quoted scalar, whose text starts one character after the span start.
   */
  public record YScalar(Object value, boolean quoted, Span span) implements YNode {
    public String text() {
      return value == null ? "" : value instanceof BigDecimal n ? n.toPlainString() : String.valueOf(value);
    }
  }

  /** A problem in the YAML itself. */
  public static final class YamlException extends Exception {
    private final Span span;

    public YamlException(Span span, String message) {
      super(message, null, false, false);
      this.span = span;
    }

    public Span span() {
      return span;
    }
  }

  private static final int MAX_DEPTH = 64;
  private static final Pattern LEADING_ZERO_NUMBER = Pattern.compile("[-+]?0[0-9_]+");

  /** Built once: the same for every file (inputs are capped at 64 MiB before they get here). */
  private static final LoadSettings SETTINGS = LoadSettings.builder()
      .setSchema(CoreSchemaResolver.SCHEMA)
      .setMaxAliasesForCollections(50)
      .setAllowRecursiveKeys(false)
      .setCodePointLimit(Integer.MAX_VALUE)
      .setLabel("rule")
      .build();

  private YamlTree() {}

  /** Every document of {@code text}. */
  public static List<YNode> documents(String text) throws YamlException {
    List<YNode> out = new ArrayList<>();
    try {
      // the composer counts the outermost collection as level 1, convert as depth 0: both refuse
      // a collection at convert's depth MAX_DEPTH + 1
      NestingLimitedComposer documents = new NestingLimitedComposer(SETTINGS, text, MAX_DEPTH + 1);
      while (documents.hasNext()) {
        out.add(convert(documents.next(), 0, text));
      }
    } catch (NestingLimitedComposer.TooDeep e) {
      throw new YamlException(e.mark().map(YamlTree::point).orElse(new Span(0, 0)),
          "the YAML nests deeper than " + MAX_DEPTH + " levels");
    } catch (MarkedYamlEngineException e) {
      Span at = e.getProblemMark().or(e::getContextMark).map(YamlTree::point).orElse(new Span(0, 0));
      throw new YamlException(at, "invalid YAML: " + e.getProblem());
    } catch (YamlEngineException e) {
      throw new YamlException(new Span(0, 0), "invalid YAML: " + e.getMessage());
    } catch (StackOverflowError e) {
      throw new YamlException(new Span(0, 0), "the YAML nests too deeply");
    }
    return out;
  }

  private static YNode convert(Node node, int depth, String text) throws YamlException {
    Span span = span(node);
    if (depth > MAX_DEPTH) {
      throw new YamlException(span, "the YAML nests deeper than " + MAX_DEPTH + " levels");
    }
    if (node instanceof MappingNode map) {
      Map<String, Entry> entries = new LinkedHashMap<>();
      for (NodeTuple t : map.getValue()) {
        if (!(t.getKeyNode() instanceof ScalarNode key)) {
          throw new YamlException(span(t.getKeyNode()), "a mapping key must be a plain string");
        }
        Entry previous = entries.put(key.getValue(),
            new Entry(key.getValue(), span(key), convert(t.getValueNode(), depth + 1, text)));
        if (previous != null) {
          int line = io.github.sigma2sumo.source.SourceFile.of("yaml", text).lineMap().line(previous.keySpan().start());
          throw new YamlException(span(key), "duplicate key '" + key.getValue() + "' (first on line " + line
              + "); use '|all' or a second search identifier");
        }
      }
      return new YMap(entries, span);
    } else if (node instanceof SequenceNode seq) {
      List<YNode> items = new ArrayList<>(seq.getValue().size());
      for (Node n : seq.getValue()) {
        items.add(convert(n, depth + 1, text));
      }
      return new YList(items, span);
    }
    ScalarNode scalar = (ScalarNode) node;
    boolean quoted = scalar.getScalarStyle() != ScalarStyle.PLAIN;
    return new YScalar(typed(scalar, quoted), quoted, span);
  }

  private static Object typed(ScalarNode scalar, boolean quoted) {
    String text = scalar.getValue();
    Tag tag = scalar.getTag();
    if (quoted || tag.equals(Tag.STR)) {
      return text;
    } else if (tag.equals(Tag.NULL)) {
      return null;
    } else if (tag.equals(Tag.BOOL)) {
      return Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT));
    } else if (LEADING_ZERO_NUMBER.matcher(text).matches()) {
      return text; // 00000429: YAML 1.1 reads it as text (8 and 9 are no octal digits); authors mean text
    } else if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
      try {
        String t = text.replace("_", "");
        if (t.startsWith("0x")) {
          return new BigDecimal(new java.math.BigInteger(t.substring(2), 16));
        } else if (t.startsWith("0o")) {
          return new BigDecimal(new java.math.BigInteger(t.substring(2), 8));
        }
        return new BigDecimal(t);
      } catch (NumberFormatException e) {
        return text; // .inf, .nan: not numbers a rule can compare with
      }
    }
    return text;
  }

  private static Span span(Node node) {
    Optional<Mark> start = node.getStartMark();
    Optional<Mark> end = node.getEndMark();
    int s = start.map(Mark::getIndex).orElse(0);
    int e = end.map(Mark::getIndex).orElse(s);
    return new Span(s, Math.max(s, e));
  }

  private static Span point(Mark mark) {
    return new Span(mark.getIndex(), mark.getIndex());
  }
}
