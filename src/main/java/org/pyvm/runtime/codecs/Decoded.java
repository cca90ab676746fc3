package org.pyvm.runtime.codecs;

/**
 * A decoder's result: the text, how many input bytes it used (less than all when the
 * input ends inside a sequence and the call was not final), and for UTF-16/32 the byte
 * order it settled on (-1 little, 1 big, 0 not yet known).
 */
public record Decoded(String text, int consumed, int byteorder) {}
