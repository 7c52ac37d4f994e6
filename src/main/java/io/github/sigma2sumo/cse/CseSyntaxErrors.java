package io.github.sigma2sumo.cse;

import io.github.sigma2sumo.cse.antlr.CseLexer;
import io.github.sigma2sumo.source.Span;
import io.github.sigma2sumo.source.TokenSpans;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Keeps the first syntax error of a CSE parse, worded for people; later ones are cascades. */
final class CseSyntaxErrors extends BaseErrorListener {

  record Error(Span span, String message) {}

  private Optional<Error> first = Optional.empty();

  Optional<Error> first() {
    return first;
  }

  @Override
  public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column, String msg,
      RecognitionException e) {
    if (first.isPresent() || !(offendingSymbol instanceof Token token)) {
      return;
    }
    String found = token.getType() == Token.EOF ? "end of the expression" : describeText(token.getText());
    first = Optional.of(new Error(TokenSpans.of(token), "unexpected " + found + expectation(expected((Parser) recognizer,
        e))));
  }

  private static IntervalSet expected(Parser parser, RecognitionException e) {
    try {
      IntervalSet set = e == null ? null : e.getExpectedTokens();
      return set == null || set.isNil() ? parser.getExpectedTokens() : set;
    } catch (RuntimeException ignored) {
      return new IntervalSet();
    }
  }

  private static String expectation(IntervalSet expected) {
    List<String> words = new ArrayList<>();
    boolean operand = expected.contains(CseLexer.IDENTIFIER) && expected.contains(CseLexer.STRING);
    if (operand) {
      words.add("an expression");
    }
    for (int type : expected.toArray()) {
      String word = word(type);
      if (!word.isEmpty() && !(operand && isOperand(type)) && !words.contains(word)) {
        words.add(word);
      }
    }
    if (words.isEmpty() || words.size() > 8) {
      return "";
    }
    if (words.size() == 1) {
      return "; expected " + words.get(0);
    }
    return "; expected " + String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
  }

  private static boolean isOperand(int type) {
    return type == CseLexer.IDENTIFIER || type == CseLexer.STRING || type == CseLexer.NUMBER
        || type == CseLexer.REGEX_LITERAL || type == CseLexer.TRUE || type == CseLexer.FALSE || type == CseLexer.NULL
        || type == CseLexer.LPAREN || type == CseLexer.LBRACKET || type == CseLexer.MINUS || type == CseLexer.PLUS
        || type == CseLexer.NOT || type == CseLexer.BANG || type == CseLexer.JSON || type == CseLexer.WHERE
        || type == CseLexer.FIELD || type == CseLexer.ESCAPE || type == CseLexer.AS;
  }

  private static String word(int type) {
    return switch (type) {
      case Token.EOF -> "end of the expression";
      case CseLexer.IDENTIFIER -> "a field name";
      case CseLexer.STRING -> "a string";
      case CseLexer.NUMBER -> "a number";
      case CseLexer.REGEX_LITERAL -> "a regex /.../";
      default -> {
        String literal = CseLexer.VOCABULARY.getLiteralName(type);
        if (literal != null) {
          yield literal;
        }
        String symbolic = CseLexer.VOCABULARY.getSymbolicName(type);
        yield symbolic == null ? "" : symbolic.toUpperCase(Locale.ROOT);
      }
    };
  }

  static String describeText(String text) {
    String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
    return "'" + shown.replace("\n", "\\n") + "'";
  }

  /**
   * A character that is not accepted, named by its code point and Unicode name ({@code U+00A0
   * NO-BREAK SPACE}) so that an invisible or look-alike character can be found; a visible ASCII
   * character is also shown as itself.
   */
  static String describeChar(String text) {
    int cp = text.codePointAt(0);
    String name = Character.getName(cp);
    String code = String.format("U+%04X", cp) + (name == null ? "" : " " + name);
    boolean plain = cp > 0x20 && cp < 0x7F;
    return plain ? "'" + new String(Character.toChars(cp)) + "' (" + code + ")" : code;
  }
}
