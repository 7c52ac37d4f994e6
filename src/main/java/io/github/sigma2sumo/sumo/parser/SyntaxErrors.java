package io.github.sigma2sumo.sumo.parser;

import io.github.sigma2sumo.source.Span;
import io.github.sigma2sumo.sumo.antlr.SumoLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Keeps the first syntax error of one parse and words it for people: "unexpected ')'; expected a
 * field name or a string". Later errors of the same part are almost always cascades of the first,
 * so they are dropped (the parser facade parses each stage separately, so every broken stage still
 * gets its own error).
 */
final class SyntaxErrors extends BaseErrorListener {

  /** A syntax error: where and what. */
  record Error(Span span, String message) {}

  private final String endOfPart;
  private Optional<Error> first = Optional.empty();

  SyntaxErrors(String endOfPart) {
    this.endOfPart = endOfPart;
  }

  Optional<Error> first() {
    return first;
  }

  @Override
  public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column, String msg,
      RecognitionException e) {
    if (first.isPresent() || !(offendingSymbol instanceof Token token)) {
      return;
    }
    if (token.getType() == SumoLexer.CHAR_LITERAL) {
      first = Optional.of(new Error(Trees.span(token),
          "single quotes do not delimit strings in Sumo log search; use double quotes"));
      return;
    }
    if (token.getType() == SumoLexer.PIPE) {
      Optional<Token> open = unclosedParenthesis(((Parser) recognizer).getInputStream(), token.getTokenIndex());
      if (open.isPresent()) {
        first = Optional.of(new Error(Trees.span(open.get()), "'(' is not closed: a ')' is missing before the next '|'"));
        return;
      }
    }
    IntervalSet expected = expected((Parser) recognizer, e);
    first = Optional.of(new Error(Trees.span(token), "unexpected " + describe(token) + expectation(expected,
        ((Parser) recognizer).getVocabulary())));
  }

  /** The innermost '(' still open at token {@code before}: a '|' there usually means a missing ')'. */
  private static Optional<Token> unclosedParenthesis(TokenStream tokens, int before) {
    java.util.Deque<Token> open = new java.util.ArrayDeque<>();
    for (int i = 0; i < before; i++) {
      Token t = tokens.get(i);
      if (t.getType() == SumoLexer.LPAREN) {
        open.push(t);
      } else if (t.getType() == SumoLexer.RPAREN && !open.isEmpty()) {
        open.pop();
      }
    }
    return Optional.ofNullable(open.peek());
  }

  private static IntervalSet expected(Parser parser, RecognitionException e) {
    try {
      IntervalSet set = e == null ? null : e.getExpectedTokens();
      return set == null || set.isNil() ? parser.getExpectedTokens() : set;
    } catch (RuntimeException ignored) {
      return new IntervalSet();
    }
  }

  String describe(Token token) {
    if (token.getType() == Token.EOF) {
      return endOfPart;
    }
    return describeText(token.getText());
  }

  static String describeText(String text) {
    String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
    return "'" + shown.replace("\n", "\\n") + "'";
  }

  /** "; expected a, b or c" in words, or nothing when the set says nothing useful. */
  static String expectation(IntervalSet expected, Vocabulary vocabulary) {
    List<String> words = new ArrayList<>();
    boolean fieldName = expected.contains(SumoLexer.IDENTIFIER);
    boolean operand = fieldName && expected.contains(SumoLexer.NUMBER) && expected.contains(SumoLexer.STRING);
    if (operand) {
      words.add("an expression");
    } else if (fieldName) {
      words.add("a field name");
    }
    for (int type : expected.toArray()) {
      if (fieldName && isFieldNameToken(type) || operand && isOperandToken(type)) {
        continue;
      }
      String word = word(type, vocabulary);
      if (!word.isEmpty() && !words.contains(word)) {
        words.add(word);
      }
    }
    if (words.isEmpty()) {
      return "";
    }
    if (words.size() > 8) {
      words = new ArrayList<>(words.subList(0, 7));
      words.add("...");
    }
    if (words.size() == 1) {
      return "; expected " + words.get(0);
    }
    return "; expected " + String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
  }

  private static boolean isOperandToken(int type) {
    return type == SumoLexer.NUMBER || type == SumoLexer.STRING || type == SumoLexer.REGEX_LITERAL
        || type == SumoLexer.TRUE || type == SumoLexer.FALSE || type == SumoLexer.NULL || type == SumoLexer.URI
        || type == SumoLexer.LPAREN || type == SumoLexer.BANG || type == SumoLexer.MINUS || type == SumoLexer.PLUS
        || type == SumoLexer.NOT || type == SumoLexer.SUBQUERY || type == SumoLexer.CONTAINS
        || type == SumoLexer.TEMPLATE;
  }

  /** Keywords that {@code identifier} accepts: listing them one by one would bury the message. */
  private static boolean isFieldNameToken(int type) {
    return type == SumoLexer.IDENTIFIER || type == SumoLexer.QUOTED_FIELD || type == SumoLexer.PERCENT_FIELD
        || type == SumoLexer.TEMPLATE || (type >= SumoLexer.GROUP && type <= SumoLexer.TOPK);
  }

  private static String word(int type, Vocabulary vocabulary) {
    return switch (type) {
      case Token.EOF -> "end of input";
      case SumoLexer.STRING -> "a string in double quotes";
      case SumoLexer.NUMBER -> "a number";
      case SumoLexer.REGEX_LITERAL -> "a regex /.../";
      case SumoLexer.TERM -> "a keyword";
      case SumoLexer.URI, SumoLexer.LIBRARY_PATH -> "a lookup table path";
      case SumoLexer.CHAR_LITERAL -> "a quoted character such as ','";
      case SumoLexer.SUBQUERY -> "'[subquery:'";
      case SumoLexer.TEMPLATE -> "";
      case SumoLexer.LPAREN -> "'('";
      case SumoLexer.RPAREN -> "')'";
      case SumoLexer.LBRACKET -> "'['";
      case SumoLexer.RBRACKET -> "']'";
      case SumoLexer.COMMA -> "','";
      case SumoLexer.PIPE -> "'|'";
      case SumoLexer.EQ -> "'='";
      case SumoLexer.EQEQ -> "'=='";
      case SumoLexer.NE -> "'!='";
      case SumoLexer.LT -> "'<'";
      case SumoLexer.LE -> "'<='";
      case SumoLexer.GT -> "'>'";
      case SumoLexer.GE -> "'>='";
      case SumoLexer.ANDAND -> "'&&'";
      case SumoLexer.OROR -> "'||'";
      case SumoLexer.BANG -> "'!'";
      case SumoLexer.PLUS -> "'+'";
      case SumoLexer.MINUS -> "'-'";
      case SumoLexer.STAR -> "'*'";
      case SumoLexer.SLASH -> "'/'";
      case SumoLexer.PERCENT -> "'%'";
      case SumoLexer.QUESTION -> "'?'";
      case SumoLexer.COLON -> "':'";
      default -> {
        String literal = vocabulary.getLiteralName(type);
        if (literal != null) {
          yield literal;
        }
        String symbolic = vocabulary.getSymbolicName(type);
        yield symbolic == null ? "" : "'" + symbolic.toLowerCase(java.util.Locale.ROOT) + "'";
      }
    };
  }

}
