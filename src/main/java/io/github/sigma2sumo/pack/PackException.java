package io.github.sigma2sumo.pack;

/** Why a compiled rule cannot go into a pack. */
public final class PackException extends Exception {
  private static final long serialVersionUID = 1L;

  public PackException(String message) {
    super(message);
  }
}
