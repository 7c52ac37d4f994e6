package io.github.sigma2sumo.run.events;

import io.github.sigma2sumo.sigma.YamlTree.YMap;
import java.util.Optional;

/**
 * What the three Windows renderings share: a user's event is an EVTX record as JSON when it has
 * {@code Event} (or {@code System} holding an object), and a flat object of Sigma field names
 * otherwise; only {@link WindowsEvent}s render.
 */
abstract class WindowsRendering implements Rendering {

  @Override
  public final Outcome<SourceEvent> read(YMap userEvent) {
    boolean evtx = YNodes.mapAt(userEvent, "Event").isPresent() || YNodes.mapAt(userEvent, "System").isPresent();
    Outcome<WindowsEvent> event = evtx ? WindowsEvent.fromEvtxJson(userEvent) : WindowsEvent.fromSigmaFields(userEvent);
    return event.map(e -> e);
  }

  @Override
  public final Outcome<RenderedMessage> render(SourceEvent event) {
    if (event instanceof WindowsEvent windows) {
      return write(windows).map(RenderedMessage::of);
    }
    return Outcome.failed("the " + name() + " rendering writes Windows events, not " + event.getClass().getSimpleName());
  }

  /** The raw message for one Windows event, or why it cannot be written. */
  abstract Outcome<String> write(WindowsEvent event);

  /** A GUID as Windows writes it, in braces. */
  static String braced(String guid) {
    return guid.startsWith("{") ? guid : "{" + guid + "}";
  }

  static Optional<String> bracedGuid(WindowsSystem s) {
    return s.providerGuid().map(WindowsRendering::braced);
  }
}
