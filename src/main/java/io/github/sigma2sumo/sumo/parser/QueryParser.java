package io.github.sigma2sumo.sumo.parser;

import io.github.sigma2sumo.ast.Query;
import io.github.sigma2sumo.ast.ScopeExpr;
import io.github.sigma2sumo.ast.Stage;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import io.github.sigma2sumo.sumo.antlr.SumoLexer;
import io.github.sigma2sumo.sumo.antlr.SumoParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Sumo query text to {@link Query}, or diagnostics. The only entry to the generated parser.
 *
 * <p>The text is lexed once, checked against size and nesting limits, then split at its top-level
 * pipes; the scope and each stage are parsed on their own, with fast SLL prediction first and full
 * LL only when SLL fails. Each broken part yields one error, worded by {@link SyntaxErrors}. With
 * any error there is no AST.
 */
public final class QueryParser {

  /** The id under which syntax errors are reported. */
  public static final String SYNTAX = "sumo-syntax";

  /** Input larger than this is refused; Sumo itself accepts at most 15,000 characters. */
  public static final int MAX_CODE_POINTS = 1_000_000;

  /** Deepest nesting of parentheses and subqueries accepted. */
  public static final int MAX_DEPTH = 200;

  /** Most arithmetic operators in one stage (each adds a level to the tree). */
  private static final int MAX_ARITHMETIC = 5_000;

  /** The parsed query, present exactly when there is no error. */
  public record Result(Optional<Query> query, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private QueryParser() {}

  public static Result parse(SourceFile source) {
    DiagnosticSink sink = new DiagnosticSink(source);
    if (source.codePointLength() > MAX_CODE_POINTS) {
      sink.report(SYNTAX, Severity.ERROR, new Span(0, 0), "query is " + source.codePointLength()
          + " characters long; the limit here is " + MAX_CODE_POINTS + " (Sumo accepts 15,000)");
      return new Result(Optional.empty(), sink.diagnostics());
    }
    SumoLexer lexer = new SumoLexer(CharStreams.fromString(source.text(), source.name()));
    lexer.removeErrorListeners();
    List<Token> tokens = new ArrayList<>();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      if (t.getChannel() == Token.DEFAULT_CHANNEL) {
        tokens.add(t);
      }
    }
    if (!withinDepth(tokens, sink)) {
      return new Result(Optional.empty(), sink.diagnostics());
    }
    List<Token> pipes = new ArrayList<>();
    List<List<Token>> parts = splitAtPipes(tokens, pipes);
    QueryBuilder builder = new QueryBuilder();
    Optional<ScopeExpr> scope = Optional.empty();
    List<Stage> stages = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      List<Token> part = parts.get(i);
      if (i == 0) {
        Optional<SumoParser.StandaloneScopeContext> ctx =
            parsePart(part, SumoParser::standaloneScope, "end of the search scope", sink);
        scope = ctx.filter(c -> !sink.hasErrors()).flatMap(builder::scope);
      } else if (part.isEmpty()) {
        sink.report(SYNTAX, Severity.ERROR, Trees.span(pipes.get(i - 1)),
            "empty stage; expected an operator after '|'");
      } else if (checkArithmetic(part, sink)) {
        Optional<SumoParser.StandaloneStageContext> ctx =
            parsePart(part, SumoParser::standaloneStage, "end of the stage", sink);
        if (ctx.isPresent() && !sink.hasErrors()) {
          stages.add(builder.stage(ctx.get()));
        }
      }
    }
    if (sink.hasErrors()) {
      return new Result(Optional.empty(), sink.diagnostics());
    }
    Span span = new Span(0, source.codePointLength());
    return new Result(Optional.of(QueryBuilder.query(scope, stages, span)), sink.diagnostics());
  }

  /** Parses one part; lexical errors in it are reported instead of parsing it. */
  private static <T extends ParserRuleContext> Optional<T> parsePart(List<Token> part,
      Function<SumoParser, T> rule, String endOfPart, DiagnosticSink sink) {
    for (Token t : part) {
      Optional<String> lexical = lexicalError(t);
      if (lexical.isPresent()) {
        Span at = t.getType() == SumoLexer.UNTERMINATED_COMMENT
            ? new Span(Trees.span(t).start(), Trees.span(t).start() + 2) : Trees.span(t);
        sink.report(SYNTAX, Severity.ERROR, at, lexical.get());
        return Optional.empty();
      }
    }
    CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(part));
    SumoParser parser = new SumoParser(stream);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    try {
      return Optional.of(rule.apply(parser));
    } catch (ParseCancellationException slowPath) {
      stream.seek(0);
      parser.reset();
      SyntaxErrors errors = new SyntaxErrors(endOfPart);
      parser.addErrorListener(errors);
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      T ctx = rule.apply(parser);
      errors.first().ifPresent(e -> sink.report(SYNTAX, Severity.ERROR, e.span(), e.message()));
      return Optional.of(ctx);
    }
  }

  private static Optional<String> lexicalError(Token t) {
    if (t.getType() == SumoLexer.UNTERMINATED_STRING) {
      return Optional.of("string is not closed: a '\"' is missing");
    }
    if (t.getType() == SumoLexer.UNTERMINATED_COMMENT) {
      return Optional.of("comment is not closed: '/*' has no '*/' after it");
    }
    if (t.getType() == SumoLexer.QUOTED_FIELD && Trees.quotedField(t.getText()).isEmpty()) {
      return Optional.of("a field name cannot be empty");
    }
    if (t.getType() != SumoLexer.ERROR_CHAR) {
      return Optional.empty();
    }
    String text = t.getText();
    if (text.equals("'")) {
      return Optional.of("single quotes do not delimit strings in Sumo log search; use double quotes");
    }
    if (text.equals("{") || text.equals("}")) {
      return Optional.of("unexpected '" + text + "'; a template parameter is written {{name}}");
    }
    int cp = text.codePointAt(0);
    String shown = Character.isISOControl(cp) || Character.isWhitespace(cp)
        ? String.format("U+%04X", cp)
        : "'" + text + "'";
    return Optional.of("unexpected character " + shown);
  }

  private static boolean withinDepth(List<Token> tokens, DiagnosticSink sink) {
    int depth = 0;
    for (Token t : tokens) {
      int type = t.getType();
      if (type == SumoLexer.LPAREN || type == SumoLexer.SUBQUERY || type == SumoLexer.LBRACKET) {
        if (++depth > MAX_DEPTH) {
          sink.report(SYNTAX, Severity.ERROR, Trees.span(t),
              "parentheses and subqueries nest deeper than " + MAX_DEPTH + " levels");
          return false;
        }
      } else if ((type == SumoLexer.RPAREN || type == SumoLexer.RBRACKET) && depth > 0) {
        depth--;
      }
    }
    return true;
  }

  private static boolean checkArithmetic(List<Token> part, DiagnosticSink sink) {
    int count = 0;
    for (Token t : part) {
      int type = t.getType();
      if (type == SumoLexer.PLUS || type == SumoLexer.MINUS || type == SumoLexer.STAR || type == SumoLexer.SLASH
          || type == SumoLexer.PERCENT) {
        if (++count > MAX_ARITHMETIC) {
          sink.report(SYNTAX, Severity.ERROR, Trees.span(t),
              "more than " + MAX_ARITHMETIC + " arithmetic operators in one stage");
          return false;
        }
      }
    }
    return true;
  }

  /** Splits at pipes outside parentheses and subqueries: part 0 is the scope, then one part per stage. */
  private static List<List<Token>> splitAtPipes(List<Token> tokens, List<Token> pipes) {
    List<List<Token>> parts = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int depth = 0;
    for (Token t : tokens) {
      int type = t.getType();
      if (type == SumoLexer.PIPE && depth == 0) {
        pipes.add(t);
        parts.add(current);
        current = new ArrayList<>();
        continue;
      }
      if (type == SumoLexer.LPAREN || type == SumoLexer.SUBQUERY || type == SumoLexer.LBRACKET) {
        depth++;
      } else if ((type == SumoLexer.RPAREN || type == SumoLexer.RBRACKET) && depth > 0) {
        depth--;
      }
      current.add(t);
    }
    parts.add(current);
    return parts;
  }

}
