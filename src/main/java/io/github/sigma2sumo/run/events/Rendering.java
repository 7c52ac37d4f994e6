package io.github.sigma2sumo.run.events;

import io.github.sigma2sumo.sigma.YamlTree.YMap;

/**
 * One way a shipper writes events of one kind into Sumo: reads a user's event as that kind of
 * event, and writes it as the raw message Sumo stores. Each rendering has a name
 * ({@code windows-xml}, {@code windows-json} ...), and {@link Renderings} maps every built-in
 * pipeline to the rendering its extraction expects; docs/rendering.md says which and why.
 *
 * <p>Invariants: neither method throws for any input; {@link #render} of an event kind the rendering
 * does not write is a {@link Outcome.Failed} naming both; the same event always renders to the same
 * bytes.
 */
public interface Rendering {

  /** The rendering's name, stable once released. */
  String name();

  /** The user's object as an event of the kind this rendering writes. */
  Outcome<SourceEvent> read(YMap userEvent);

  /** The raw message Sumo stores for {@code event}, with its indexed fields. */
  Outcome<RenderedMessage> render(SourceEvent event);
}
