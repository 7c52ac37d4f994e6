package io.github.sigma2sumo.content;

/** Char offsets of a text as code-point offsets, in constant time after one pass. */
final class CodePoints {
  private final int[] before;

  CodePoints(String text) {
    boolean bmp = text.chars().noneMatch(c -> Character.isSurrogate((char) c));
    if (bmp) {
      before = null;
    } else {
      before = new int[text.length() + 1];
      int cp = 0;
      for (int i = 0; i < text.length(); i++) {
        before[i] = cp;
        if (!(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1)))) {
          cp++;
        }
      }
      before[text.length()] = cp;
    }
  }

  /** The code-point offset of char offset {@code charOffset}. */
  int at(int charOffset) {
    return before == null ? charOffset : before[charOffset];
  }
}
