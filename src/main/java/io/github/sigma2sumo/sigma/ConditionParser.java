package io.github.sigma2sumo.sigma;

import io.github.sigma2sumo.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses a Sigma condition: {@code or} below {@code and} below {@code not}, selectors
 * {@code 1 of x}, {@code any of x}, {@code all of x}, {@code them}, parentheses (reference sigma.md
 * §4.1; SigmaHQ/sigma-specification, specification/sigma-rules-specification.md, "Condition").
 * Keywords are whole words in lower case, as pySigma reads them, so {@code notsel} is an
 * identifier, not {@code not sel}. The pipe syntax of Sigma 1 is reported with its replacement.
 */
public final class ConditionParser {

  /** A condition that does not parse: where and why (offsets in the condition text). */
  public record Error(Span span, String message) {}

  /** The result: a condition or an error. */
  public record Result(Optional<Condition> condition, Optional<Error> error) {}

  private static final int MAX_DEPTH = 100;
  private static final Pattern SELECTOR_PATTERN = Pattern.compile("[A-Za-z0-9_*]+");

  private final String text;
  private final List<Token> tokens;
  private int pos;
  private int depth;

  private record Token(String text, int start, int end) {
    boolean is(String word) {
      return text.equals(word);
    }
  }

  private static final class ParseException extends Exception {
    final Error error;

    ParseException(Span span, String message) {
      super(message, null, false, false);
      this.error = new Error(span, message);
    }
  }

  private ConditionParser(String text, List<Token> tokens) {
    this.text = text;
    this.tokens = tokens;
  }

  public static Result parse(String text) {
    try {
      ConditionParser p = new ConditionParser(text, tokenize(text));
      if (p.tokens.isEmpty()) {
        throw new ParseException(new Span(0, text.length()), "the condition is empty");
      }
      Condition c = p.or();
      if (p.pos < p.tokens.size()) {
        Token t = p.tokens.get(p.pos);
        throw new ParseException(new Span(t.start(), t.end()), "unexpected '" + t.text() + "'; expected 'and', 'or'"
            + (t.is(")") ? "" : " or ')'") + " or the end of the condition");
      }
      return new Result(Optional.of(c), Optional.empty());
    } catch (ParseException e) {
      return new Result(Optional.empty(), Optional.of(e.error));
    }
  }

  private static List<Token> tokenize(String text) throws ParseException {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        out.add(new Token(String.valueOf(c), i, i + 1));
        i++;
      } else if (c == '|') {
        throw new ParseException(new Span(i, text.length()), "the pipe syntax of Sigma 1 ('| count() by ...') was "
            + "replaced by correlation rules; write an event_count or value_count correlation instead");
      } else if (isWordChar(c)) {
        int start = i;
        while (i < text.length() && isWordChar(text.charAt(i))) {
          i++;
        }
        out.add(new Token(text.substring(start, i), start, i));
      } else {
        throw new ParseException(new Span(i, i + 1), "unexpected character '" + c + "' in the condition");
      }
    }
    return out;
  }

  private static boolean isWordChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '*');
  }

  private Condition or() throws ParseException {
    List<Condition> terms = new ArrayList<>();
    terms.add(and());
    while (peekIs("or")) {
      pos++;
      terms.add(and());
    }
    return terms.size() == 1 ? terms.get(0) : new Condition.Or(terms, span(terms));
  }

  private Condition and() throws ParseException {
    List<Condition> terms = new ArrayList<>();
    terms.add(not());
    while (peekIs("and")) {
      pos++;
      terms.add(not());
    }
    return terms.size() == 1 ? terms.get(0) : new Condition.And(terms, span(terms));
  }

  private Condition not() throws ParseException {
    if (peekIs("not")) {
      Token t = tokens.get(pos++);
      enter(t);
      Condition operand = not();
      depth--;
      return new Condition.Not(operand, new Span(t.start(), operand.span().end()));
    }
    return operand();
  }

  private Condition operand() throws ParseException {
    Token t = next("a search identifier, '1 of', 'all of', 'not' or '('");
    if (t.is("(")) {
      enter(t);
      Condition inner = or();
      Token close = next("')'");
      if (!close.is(")")) {
        throw new ParseException(new Span(close.start(), close.end()), "unexpected '" + close.text() + "'; expected ')'"
            + " to close the '(' at offset " + t.start());
      }
      depth--;
      return inner;
    }
    if (t.is(")") || t.is("and") || t.is("or")) {
      throw new ParseException(new Span(t.start(), t.end()),
          "unexpected '" + t.text() + "'; expected a search identifier, '1 of', 'all of', 'not' or '('");
    }
    if (peekIs("of")) {
      if (!t.is("1") && !t.is("any") && !t.is("all")) {
        throw new ParseException(new Span(t.start(), t.end()), "'" + t.text() + " of' is not a selector; Sigma has "
            + "'1 of', 'any of' and 'all of'");
      }
      pos++;
      Token pattern = next("a search identifier pattern or 'them'");
      if (!SELECTOR_PATTERN.matcher(pattern.text()).matches()) {
        throw new ParseException(new Span(pattern.start(), pattern.end()), "'" + pattern.text()
            + "' is not a selector pattern (letters, digits, '_' and '*')");
      }
      return new Condition.Selector(t.is("all"), pattern.text(), new Span(t.start(), pattern.end()));
    }
    if (t.text().contains("*")) {
      throw new ParseException(new Span(t.start(), t.end()), "'" + t.text() + "' is a pattern; write '1 of "
          + t.text() + "' or 'all of " + t.text() + "'");
    }
    if (!t.text().equals(t.text().toLowerCase(java.util.Locale.ROOT)) && isKeywordIgnoringCase(t.text())) {
      throw new ParseException(new Span(t.start(), t.end()), "'" + t.text() + "': condition keywords are lower case");
    }
    return new Condition.Ref(t.text(), new Span(t.start(), t.end()));
  }

  private static boolean isKeywordIgnoringCase(String word) {
    return word.equalsIgnoreCase("and") || word.equalsIgnoreCase("or") || word.equalsIgnoreCase("not")
        || word.equalsIgnoreCase("of");
  }

  private void enter(Token t) throws ParseException {
    if (++depth > MAX_DEPTH) {
      throw new ParseException(new Span(t.start(), t.end()), "the condition nests deeper than " + MAX_DEPTH);
    }
  }

  private boolean peekIs(String word) {
    return pos < tokens.size() && tokens.get(pos).is(word);
  }

  private Token next(String expected) throws ParseException {
    if (pos >= tokens.size()) {
      throw new ParseException(new Span(text.length(), text.length()), "the condition ends early; expected " + expected);
    }
    return tokens.get(pos++);
  }

  private static Span span(List<Condition> terms) {
    return new Span(terms.get(0).span().start(), terms.get(terms.size() - 1).span().end());
  }
}
