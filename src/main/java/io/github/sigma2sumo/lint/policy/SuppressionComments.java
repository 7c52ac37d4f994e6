package io.github.sigma2sumo.lint.policy;

import io.github.sigma2sumo.cse.antlr.CseLexer;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.sumo.antlr.SumoLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.events.CommentEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The inline suppressions of a file, read from its real comments (the language's own lexer finds
 * them, so a marker inside a string is never taken for one):
 * <ul>
 *   <li>Sumo log search: {@code // sigma2sumo-ignore: check reason} or a {@code /* *}{@code /} comment;
 *   <li>Cloud SIEM: {@code /* sigma2sumo-ignore: check reason *}{@code /}, the only comment Cloud
 *       SIEM expressions have (a {@code //} comment would break the rule when deployed);
 *   <li>Sigma YAML: {@code # sigma2sumo-ignore: check reason}.
 * </ul>
 * A comment after code on its line silences that line; a comment on a line of its own silences the
 * next line that holds code (as ESLint's {@code eslint-disable-next-line}); the {@code -file} form
 * silences the whole file wherever it is. A file that cannot be read as its language has no
 * suppressions: its syntax error is the finding to fix first.
 */
public final class SuppressionComments {
  private SuppressionComments() {}

  /** The language a file's comments are written in. */
  /**
   * A suppression written as a value, where a file has no comments to hold one (a JSON export's
   * {@code "sigma2sumo-ignore": "check-a, check-b reason"}): it covers the item that holds it.
   */
  public static Optional<Suppression> ofValue(String value) {
    return Directive.parse(Directive.MARKER + ": " + value)
        .map(d -> new Suppression(d.checks(), d.reason(), Suppression.WHOLE_FILE, 1, 1));
  }

  /** The language of a file's comments; CONTENT (JSON, Terraform) is read by the content reader instead. */
  public enum Language { SEARCH, CSE, SIGMA, CONTENT }

  /** A directive with the position of its comment and the line it silences. */
  public record Found(Directive directive, int line, int commentLine, int commentColumn) {
    public Suppression suppression() {
      return new Suppression(directive.checks(), directive.reason(),
          directive.wholeFile() ? Suppression.WHOLE_FILE : line, commentLine, commentColumn);
    }

    public List<String> checks() {
      return directive.checks();
    }

    public String reason() {
      return directive.reason();
    }
  }

  public static List<Found> find(SourceFile source, Language language) {
    if (!source.text().contains(Directive.MARKER)) {
      return List.of();
    }
    return switch (language) {
      case SEARCH -> fromTokens(new SumoLexer(CharStreams.fromString(source.text())),
          List.of(SumoLexer.LINE_COMMENT, SumoLexer.BLOCK_COMMENT));
      case CSE -> fromTokens(new CseLexer(CharStreams.fromString(source.text())), List.of(CseLexer.BLOCK_COMMENT));
      case SIGMA -> fromYaml(source.text());
      case CONTENT -> List.of();
    };
  }

  private static List<Found> fromTokens(Lexer lexer, List<Integer> commentTypes) {
    lexer.removeErrorListeners();
    List<Token> tokens = new ArrayList<>();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      tokens.add(t);
    }
    List<Found> found = new ArrayList<>();
    int lastCodeLine = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!commentTypes.contains(t.getType())) {
        if (t.getChannel() == Token.DEFAULT_CHANNEL) {
          lastCodeLine = t.getLine();
        }
        continue;
      }
      Optional<Directive> directive = Directive.parse(commentText(t.getText()));
      if (directive.isEmpty()) {
        continue;
      }
      int line = lastCodeLine == t.getLine() ? t.getLine() : nextCodeLine(tokens, i);
      found.add(new Found(directive.get(), line, t.getLine(), t.getCharPositionInLine() + 1));
    }
    return found;
  }

  private static int nextCodeLine(List<Token> tokens, int from) {
    for (int j = from + 1; j < tokens.size(); j++) {
      if (tokens.get(j).getChannel() == Token.DEFAULT_CHANNEL) {
        return tokens.get(j).getLine();
      }
    }
    return -1;
  }

  private static String commentText(String token) {
    if (token.startsWith("//")) {
      return token.substring(2);
    }
    String body = token.substring(2);
    return body.endsWith("*/") ? body.substring(0, body.length() - 2) : body;
  }

  private static List<Found> fromYaml(String text) {
    LoadSettings settings = LoadSettings.builder().setParseComments(true).build();
    List<Event> events = new ArrayList<>();
    try {
      ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, text));
      while (parser.hasNext()) {
        events.add(parser.next());
      }
    } catch (YamlEngineException e) {
      return List.of();
    }
    List<Found> found = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      if (!(events.get(i) instanceof CommentEvent comment) || comment.getCommentType() == CommentType.BLANK_LINE) {
        continue;
      }
      Optional<Directive> directive = Directive.parse(comment.getValue());
      if (directive.isEmpty() || comment.getStartMark().isEmpty()) {
        continue;
      }
      int commentLine = comment.getStartMark().get().getLine() + 1;
      int line = comment.getCommentType() == CommentType.IN_LINE ? commentLine : nextContentLine(events, i);
      found.add(new Found(directive.get(), line, commentLine, comment.getStartMark().get().getColumn() + 1));
    }
    return found;
  }

  private static int nextContentLine(List<Event> events, int from) {
    for (int j = from + 1; j < events.size(); j++) {
      Event e = events.get(j);
      if (!(e instanceof CommentEvent) && e.getStartMark().isPresent()
          && e.getEventId() != Event.ID.MappingEnd && e.getEventId() != Event.ID.SequenceEnd) {
        return e.getStartMark().get().getLine() + 1;
      }
    }
    return -1;
  }
}
