package io.github.sigma2sumo.cse;

import io.github.sigma2sumo.ast.CseRule;
import io.github.sigma2sumo.cse.antlr.CseLexer;
import io.github.sigma2sumo.cse.antlr.CseParser;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import io.github.sigma2sumo.source.TokenSpans;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Cloud SIEM expression text to {@link CseRule}, or diagnostics: the only entry to the generated
 * CSE parser. Lexical errors are reported first, then size and nesting limits are checked, then
 * the tokens are parsed with SLL prediction and, only when that fails, full LL with error
 * reporting. With any error there is no AST.
 *
 * <p>Docs: docs/cse/rules/cse-rules-syntax.md; reference sumo-cloud-siem.md §2.
 */
public final class CseExpressionParser {

  /** The id under which syntax errors are reported. */
  public static final String SYNTAX = "cse-syntax";

  /** Input larger than this is refused. */
  public static final int MAX_CODE_POINTS = 1_000_000;

  /** Deepest nesting of parentheses and brackets, and longest run of prefix operators. */
  public static final int MAX_DEPTH = 200;

  /**
   * Most arithmetic operators and chained subscripts ({@code a[1][2]}) in one expression: each
   * nests the tree one level deeper. Lists, commas, comparisons and {@code AND}/{@code OR} chains
   * do not, so they are not counted: an {@code IN} list of any length is fine.
   */
  public static final int MAX_NESTING_OPERATORS = 5_000;

  /** The parsed expression, present exactly when there is no error. */
  public record Result(Optional<CseRule> rule, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private CseExpressionParser() {}

  public static Result parse(SourceFile source) {
    DiagnosticSink sink = new DiagnosticSink(source);
    if (source.codePointLength() > MAX_CODE_POINTS) {
      sink.report(SYNTAX, Severity.ERROR, new Span(0, 0), "expression is " + source.codePointLength()
          + " characters long; the limit here is " + MAX_CODE_POINTS);
      return new Result(Optional.empty(), sink.diagnostics());
    }
    CseLexer lexer = new CseLexer(CharStreams.fromString(source.text(), source.name()));
    lexer.removeErrorListeners();
    List<Token> tokens = new ArrayList<>();
    for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
      if (t.getChannel() == Token.DEFAULT_CHANNEL) {
        tokens.add(t);
      }
      if (t.getType() == Token.EOF) {
        break;
      }
    }
    if (tokens.size() == 1) {
      sink.report(SYNTAX, Severity.ERROR, new Span(0, 0), "the expression is empty");
      return new Result(Optional.empty(), sink.diagnostics());
    }
    if (!lexicallyValid(tokens, sink) || !withinLimits(tokens, sink)) {
      return new Result(Optional.empty(), sink.diagnostics());
    }
    CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(tokens));
    CseParser parser = new CseParser(stream);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    CseParser.StandaloneRuleContext ctx;
    try {
      ctx = parser.standaloneRule();
    } catch (ParseCancellationException slowPath) {
      stream.seek(0);
      parser.reset();
      CseSyntaxErrors errors = new CseSyntaxErrors();
      parser.addErrorListener(errors);
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      ctx = parser.standaloneRule();
      errors.first().ifPresent(e -> sink.report(SYNTAX, Severity.ERROR, e.span(), e.message()));
    }
    if (sink.hasErrors()) {
      return new Result(Optional.empty(), sink.diagnostics());
    }
    return new Result(Optional.of(new CseTreeBuilder().rule(ctx)), sink.diagnostics());
  }

  private static boolean lexicallyValid(List<Token> tokens, DiagnosticSink sink) {
    for (Token t : tokens) {
      String message = switch (t.getType()) {
        case CseLexer.UNTERMINATED_STRING -> "string is not closed: a " + t.getText().charAt(0) + " is missing";
        case CseLexer.UNTERMINATED_COMMENT -> "comment is not closed: '/*' has no '*/' after it";
        case CseLexer.LINE_COMMENT -> "Cloud SIEM expressions have no '//' comments; write /* ... */";
        case CseLexer.ERROR_CHAR -> "unexpected character " + CseSyntaxErrors.describeChar(t.getText());
        default -> null;
      };
      if (message != null) {
        Span at = TokenSpans.of(t);
        if (t.getType() != CseLexer.ERROR_CHAR) {
          at = new Span(at.start(), Math.min(at.end(), at.start() + 2));
        }
        sink.report(SYNTAX, Severity.ERROR, at, message);
        return false;
      }
    }
    return true;
  }

  private static boolean withinLimits(List<Token> tokens, DiagnosticSink sink) {
    int depth = 0;
    int prefixRun = 0;
    int operators = 0;
    int previous = Token.INVALID_TYPE;
    for (Token t : tokens) {
      int type = t.getType();
      String problem = null;
      if (type == CseLexer.LPAREN || type == CseLexer.LBRACKET) {
        if (++depth > MAX_DEPTH) {
          problem = "parentheses nest deeper than " + MAX_DEPTH + " levels";
        }
      } else if ((type == CseLexer.RPAREN || type == CseLexer.RBRACKET) && depth > 0) {
        depth--;
      }
      boolean prefix = type == CseLexer.NOT || type == CseLexer.BANG || type == CseLexer.MINUS || type == CseLexer.PLUS;
      prefixRun = prefix ? prefixRun + 1 : 0;
      if (prefixRun > MAX_DEPTH) {
        problem = "more than " + MAX_DEPTH + " prefix operators in a row";
      }
      boolean nests = type == CseLexer.PLUS || type == CseLexer.MINUS || type == CseLexer.STAR
          || type == CseLexer.SLASH || type == CseLexer.PERCENT
          || type == CseLexer.LBRACKET && previous == CseLexer.RBRACKET;
      if (nests && ++operators > MAX_NESTING_OPERATORS) {
        problem = "more than " + MAX_NESTING_OPERATORS + " arithmetic operators and chained subscripts in one expression";
      }
      previous = type;
      if (problem != null) {
        sink.report(SYNTAX, Severity.ERROR, TokenSpans.of(t), problem);
        return false;
      }
    }
    return true;
  }
}
