package io.github.sigma2sumo.sigma;

import java.util.Optional;
import java.util.function.Supplier;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * snakeyaml-engine's composer, stopped at the first collection nested deeper than a limit.
 *
 * <p>The composer recurses once per level and the scanner's work per token grows with the number
 * of open flow collections, so {@code [[[[...} took time quadratic in the depth reached; without a
 * limit, only a stack overflow ended it, and a thread with a large stack got far: 6 s for a rule of
 * 100,000 brackets. snakeyaml-engine has no setting for the depth.
 */
final class NestingLimitedComposer extends Composer {

  /** Thrown at the first collection past the limit, with the position where it starts. */
  static final class TooDeep extends RuntimeException {
    private final transient Optional<Mark> mark;

    TooDeep(Optional<Mark> mark) {
      super(null, null, false, false);
      this.mark = mark;
    }

    Optional<Mark> mark() {
      return mark;
    }
  }

  private final int maxDepth;
  private int depth;

  /** Composes the documents of {@code text}; collections nest at most {@code maxDepth} levels. */
  NestingLimitedComposer(LoadSettings settings, String text, int maxDepth) {
    super(settings, new ParserImpl(settings, new StreamReader(settings, text)));
    this.maxDepth = maxDepth;
  }

  @Override
  protected SequenceNode composeSequenceNode(Optional<Anchor> anchor) {
    return nested(() -> super.composeSequenceNode(anchor));
  }

  @Override
  protected Node composeMappingNode(Optional<Anchor> anchor) {
    return nested(() -> super.composeMappingNode(anchor));
  }

  /** Composes one collection a level deeper, or throws at the first one past the limit. */
  private <T extends Node> T nested(Supplier<T> compose) {
    if (depth >= maxDepth) {
      throw new TooDeep(parser.peekEvent().getStartMark());
    }
    depth++;
    try {
      return compose.get();
    } finally {
      depth--;
    }
  }
}
