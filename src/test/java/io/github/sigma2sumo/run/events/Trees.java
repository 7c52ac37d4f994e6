package io.github.sigma2sumo.run.events;

import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Generated trees and strings for property-style tests, favouring the characters escaping is about. */
final class Trees {
  private Trees() {}

  private static final String[] PIECES = {"\"", "\\", "'", "<", ">", "&", "\t", "\n", "\r", "\u0000", "\u0001",
      "\u001f", "\u007f", "é", "Zoë", "😀", "\u2028", "\ud800", "=", " ", "a", "Image", "%", "*", "?", "]]>", "&amp;"};

  static String string(Random random) {
    StringBuilder out = new StringBuilder();
    int n = random.nextInt(6);
    for (int i = 0; i < n; i++) {
      out.append(random.nextInt(3) == 0 ? Character.toString('a' + random.nextInt(26)) : PIECES[random.nextInt(PIECES.length)]);
    }
    return out.toString();
  }

  static YNode random(Random random, int depth) {
    int kind = depth > 3 ? 2 + random.nextInt(4) : random.nextInt(6);
    switch (kind) {
      case 0: {
        Map<String, YNode> m = new LinkedHashMap<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          m.put(string(random).replace("\ud800", "") + i, random(random, depth + 1));
        }
        return YNodes.map(m);
      }
      case 1: {
        List<YNode> l = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          l.add(random(random, depth + 1));
        }
        return YNodes.list(l);
      }
      case 2:
        return YNodes.string(string(random));
      case 3:
        return YNodes.scalar(new BigDecimal(random.nextInt(2000) - 1000).movePointLeft(random.nextInt(4)));
      case 4:
        return YNodes.scalar(random.nextBoolean());
      default:
        return YNodes.scalar(null);
    }
  }

  /** The tree as the Go style can carry it: lone surrogates become U+FFFD there. */
  static YNode goSafe(YNode node, JsonText.Style style) {
    if (style == JsonText.Style.JAVA) {
      return node;
    }
    if (node instanceof YMap m) {
      Map<String, YNode> out = new LinkedHashMap<>();
      m.entries().forEach((k, e) -> out.put(lone(k), goSafe(e.value(), style)));
      return YNodes.map(out);
    } else if (node instanceof YList l) {
      List<YNode> out = new ArrayList<>();
      l.items().forEach(i -> out.add(goSafe(i, style)));
      return YNodes.list(out);
    }
    YScalar s = (YScalar) node;
    return s.value() instanceof String str ? YNodes.string(lone(str)) : s;
  }

  private static String lone(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean paired = Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
          : Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
      out.append(Character.isSurrogate(c) && !paired ? '\ufffd' : c);
    }
    return out.toString();
  }
}
