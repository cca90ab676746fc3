/**
 * Number and string text conversions with CPython 3.12's exact output and errors:
 * float repr, the format-spec mini-language, float and int parsing, float.hex,
 * rounding and printf-style number formatting. Depends on the JDK alone; works on
 * Java primitives, BigInteger and String, and reports Python errors as
 * {@link org.pyvm.runtime.text.TextFormatException}.
 */
package org.pyvm.runtime.text;
