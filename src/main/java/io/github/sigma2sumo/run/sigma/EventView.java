package io.github.sigma2sumo.run.sigma;

import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import io.github.sigma2sumo.source.Span;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The event a detection is evaluated on: an event object (a {@link YMap} whose keys are the
 * rule's field names) or a raw log line.
 *
 * <p>Field lookup in an event object, which the specification leaves to the tool (it says field
 * names are the names in the log): the name as a literal key first ({@code userIdentity.arn} as
 * one key); else, for each dot from right to left, the text before it as a key whose value is
 * looked up with the text after it the same way, so that {@code userIdentity.arn} also reads
 * {@code {"userIdentity": {"arn": ...}}}; the first that resolves wins, so the longest key that
 * exists is preferred at each level. A path that passes
 * through a list reads the field of every element, and its value is the list of what was found.
 *
 * <p>The event text of a keyword search (the specification: "searching for keywords across an
 * entire event"): for an event object, every scalar value anywhere in it, one by one (strings,
 * numbers as written, {@code true}/{@code false}; keys and nulls are no text), so that a keyword
 * matches when it is found in one value; for a raw line, the line.
 */
final class EventView {

  /** Nesting beyond this is refused when the whole event is read for keywords. */
  static final int MAX_DEPTH = 1_000;

  private final Optional<YMap> fields;
  private final Optional<String> line;
  private List<String> texts;

  private EventView(Optional<YMap> fields, Optional<String> line) {
    this.fields = fields;
    this.line = line;
  }

  static EventView of(YMap event) {
    return new EventView(Optional.of(event), Optional.empty());
  }

  static EventView ofLine(String line) {
    return new EventView(Optional.empty(), Optional.of(line));
  }

  /** The value of field {@code name}, if the event has the field (its value may be null). */
  Optional<YNode> field(String name) throws EvaluationException {
    if (fields.isEmpty()) {
      throw new EvaluationException("the field '" + name + "' cannot be read from a raw line; only keywords can");
    }
    return lookup(fields.get(), name);
  }

  private static Optional<YNode> lookup(YNode node, String name) {
    if (node instanceof YMap map) {
      Optional<YNode> direct = map.get(name);
      if (direct.isPresent()) {
        return direct;
      }
      for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
        if (dot == name.length() - 1) {
          continue;
        }
        Optional<YNode> head = map.get(name.substring(0, dot));
        if (head.isPresent()) {
          Optional<YNode> found = lookup(head.get(), name.substring(dot + 1));
          if (found.isPresent()) {
            return found;
          }
        }
      }
    } else if (node instanceof YList list) {
      List<YNode> found = new ArrayList<>();
      for (YNode item : list.items()) {
        lookup(item, name).ifPresent(found::add);
      }
      return found.isEmpty() ? Optional.empty() : Optional.of(new YList(found, Span.SYNTHETIC));
    }
    return Optional.empty();
  }

  /** The texts a keyword is searched in. */
  List<String> texts() throws EvaluationException {
    if (texts == null) {
      texts = line.isPresent() ? List.of(line.get()) : allTexts(fields.orElseThrow());
    }
    return texts;
  }

  private static List<String> allTexts(YMap event) throws EvaluationException {
    List<String> out = new ArrayList<>();
    Deque<YNode> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(event);
    depths.push(0);
    while (!nodes.isEmpty()) {
      YNode n = nodes.pop();
      int depth = depths.pop();
      if (depth > MAX_DEPTH) {
        throw new EvaluationException("the event nests deeper than " + MAX_DEPTH + " levels");
      }
      if (n instanceof YScalar s) {
        text(s).ifPresent(out::add);
      } else {
        List<YNode> children = n instanceof YMap m ? m.entries().values().stream().map(e -> e.value()).toList()
            : ((YList) n).items();
        for (int i = children.size() - 1; i >= 0; i--) {
          nodes.push(children.get(i));
          depths.push(depth + 1);
        }
      }
    }
    return out;
  }

  /**
   * The scalars a value stands for: itself, or the elements of a list (nested lists flattened);
   * a mapping is no scalar. A list value matches when one of its elements matches.
   */
  static List<YScalar> scalars(YNode value) {
    List<YScalar> out = new ArrayList<>();
    Deque<YNode> nodes = new ArrayDeque<>();
    nodes.push(value);
    while (!nodes.isEmpty()) {
      YNode n = nodes.pop();
      if (n instanceof YScalar s) {
        out.add(s);
      } else if (n instanceof YList l) {
        for (int i = l.items().size() - 1; i >= 0; i--) {
          nodes.push(l.items().get(i));
        }
      }
    }
    return out;
  }

  /** A scalar as text: strings as they are, numbers as written, booleans {@code true}/{@code false}; null is none. */
  static Optional<String> text(YScalar scalar) {
    Object v = scalar.value();
    if (v == null) {
      return Optional.empty();
    }
    return Optional.of(v instanceof BigDecimal n ? numberText(n) : v.toString());
  }

  /**
   * A number as plain digits ({@code 4688}, {@code 1.50}); past a thousand digits of exponent
   * ({@code 1e1000000000}) in scientific notation, which a hostile event could otherwise turn
   * into a gigabyte of zeros.
   */
  static String numberText(BigDecimal n) {
    return Math.abs((long) n.scale()) > 1_000 ? n.toString() : n.toPlainString();
  }
}
