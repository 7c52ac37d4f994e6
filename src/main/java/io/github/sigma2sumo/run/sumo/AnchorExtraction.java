package io.github.sigma2sumo.run.sumo;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code parse "start*stop" as f}: each {@code *} captures the text between the anchors around it
 * (docs parse-operators/parse-predictable-patterns-using-an-anchor.md). Choices the page implies
 * or leaves open:
 *
 * <ul>
 *   <li>Anchors match case-insensitively: the page's {@code parse "user=*:"} extracts
 *       {@code jsmith@demo.com} from {@code User=jsmith@demo.com:}.
 *   <li>A capture takes the shortest text up to its stop anchor (the page's stop anchor {@code :}
 *       "ends the email address", the first colon after it), across line breaks ({@code \n} is the
 *       page's way to stop at one); a {@code *} at the end of the pattern takes the rest of the
 *       input, one at the start everything before the first anchor.
 *   <li>The first place the pattern matches counts, as for {@code parse regex}.
 * </ul>
 */
final class AnchorExtraction implements Extraction {
  private final Regex regex;
  private final int captures;
  private final Key key;

  private record Key(String pattern) {}

  private AnchorExtraction(Regex regex, int captures, String pattern) {
    this.regex = regex;
    this.captures = captures;
    this.key = new Key(pattern);
  }

  /** Splits the pattern at its stars; their number is the number of captures. */
  static List<String> anchors(String pattern) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = pattern.indexOf('*'); i >= 0; i = pattern.indexOf('*', from)) {
      out.add(pattern.substring(from, i));
      from = i + 1;
    }
    out.add(pattern.substring(from));
    return out;
  }

  static AnchorExtraction of(String pattern) {
    List<String> anchors = anchors(pattern);
    StringBuilder re = new StringBuilder("(?is)");
    for (int i = 0; i < anchors.size(); i++) {
      if (!anchors.get(i).isEmpty()) {
        re.append(Pattern.quote(anchors.get(i)));
      }
      if (i < anchors.size() - 1) {
        boolean last = i == anchors.size() - 2 && anchors.get(anchors.size() - 1).isEmpty();
        re.append(last ? "(.*)" : "(.*?)");
      }
    }
    return new AnchorExtraction(Re2Regex.compile(re.toString()), anchors.size() - 1, pattern);
  }

  @Override
  public Value @Nullable [] extract(String input) {
    @Nullable String[] match = regex.first(input);
    if (match == null) {
      return null;
    }
    Value[] out = new Value[captures];
    for (int i = 0; i < captures; i++) {
      String g = match[i + 1];
      out[i] = g == null ? Value.NULL : Value.of(g);
    }
    return out;
  }

  @Override
  public Object key() {
    return key;
  }
}
