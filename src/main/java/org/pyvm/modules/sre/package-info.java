/**
 * The engine of CPython's {@code _sre} module, in plain Java (JDK only, no Python object
 * types). It runs the code list CPython's pure-Python {@code re._compiler} produces.
 *
 * <p>How the runtime wraps it:
 * <ul>
 * <li>{@code _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)}: convert
 *     the code list of ints with {@link org.pyvm.modules.sre.SrePattern#codeOf(long[])}, make an
 *     {@link org.pyvm.modules.sre.SrePattern} (which validates the code: an
 *     {@link org.pyvm.modules.sre.SreException} says RuntimeError "invalid SRE code"), and keep it
 *     in the Pattern object beside pattern, flags, groupindex and indexgroup.</li>
 * <li>{@code Pattern.match/fullmatch/search(string, pos, endpos)}: pass the subject's code
 *     points (str) or byte values (bytes) as an {@code int[]} (cache that array on the
 *     subject object: converting per call makes a tokenizer's loop quadratic) and wrap
 *     the {@link org.pyvm.modules.sre.SreMatch} (or None).</li>
 * <li>{@code finditer}, {@code scanner}, {@code findall}, {@code sub}, {@code subn},
 *     {@code split}: loop on {@link org.pyvm.modules.sre.SreScanner#search()}; each match's
 *     spans give the pieces (findall: group 0, or the group(s); split: the text between
 *     matches, then the groups; sub: the text between matches and the expanded template).</li>
 * <li>{@code Match.lastgroup} is {@code indexgroup[lastindex]}; {@code Match.regs}, {@code span},
 *     {@code start}, {@code end} come from the spans (-1 for a group that did not match).</li>
 * <li>{@code _sre.getcodesize}, {@code ascii_iscased}, {@code unicode_iscased},
 *     {@code ascii_tolower}, {@code unicode_tolower}: {@link org.pyvm.modules.sre.SreChars};
 *     {@code MAGIC}, {@code CODESIZE}, {@code MAXREPEAT}, {@code MAXGROUPS}:
 *     {@link org.pyvm.modules.sre.SreConstants}.</li>
 * <li>{@link org.pyvm.modules.sre.SrePattern#setInterruptCheck(Runnable)} installs the check
 *     the engine runs every 4096 steps (raise KeyboardInterrupt from it).</li>
 * </ul>
 */
package org.pyvm.modules.sre;
