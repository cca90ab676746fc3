package org.pyvm.bytecode;

/**
 * The singleton constants a code object or marshal data can hold, as neutral values.
 *
 * <p>This layer knows nothing of the runtime's Python objects; code-object constants and
 * {@code marshal} data are plain Java values, which the runtime converts once per code
 * object:
 *
 * <table>
 * <caption>Python value to Java value</caption>
 * <tr><th>Python</th><th>Java</th><th>marshal type codes</th></tr>
 * <tr><td>{@code None}, {@code ...}, {@code StopIteration}</td>
 *     <td>{@link #NONE}, {@link #ELLIPSIS}, {@link #STOP_ITERATION}</td><td>{@code N . S}</td></tr>
 * <tr><td>{@code bool}</td><td>{@link Boolean}</td><td>{@code F T}</td></tr>
 * <tr><td>{@code int}</td><td>{@link Long} when it fits, else {@link java.math.BigInteger}</td>
 *     <td>{@code i l I}</td></tr>
 * <tr><td>{@code float}</td><td>{@link Double}</td><td>{@code g f}</td></tr>
 * <tr><td>{@code complex}</td><td>{@link ComplexConst}</td><td>{@code y x}</td></tr>
 * <tr><td>{@code str}</td><td>{@link String} (may hold lone surrogates, as marshal's
 *     {@code surrogatepass} allows)</td><td>{@code u t a A z Z}</td></tr>
 * <tr><td>{@code bytes}</td><td>{@link BytesConst}</td><td>{@code s}</td></tr>
 * <tr><td>{@code tuple}</td><td>{@link TupleConst}</td><td>{@code ( )}</td></tr>
 * <tr><td>{@code frozenset}</td><td>{@link FrozenSetConst} (marshal's order)</td><td>{@code >}</td></tr>
 * <tr><td>{@code list}, {@code dict}, {@code set}</td>
 *     <td>{@link ListConst}, {@link DictConst}, {@link SetConst} (general marshal data only)</td>
 *     <td>{@code [ { <}</td></tr>
 * <tr><td>code</td><td>{@link CodeObject}</td><td>{@code c}</td></tr>
 * </table>
 *
 * <p>The container records share their arrays with the reader and the code object
 * (no copies); nobody may modify them. Tuples, frozensets and code objects cannot contain
 * themselves (the reader, like CPython's for frozensets and code, only registers them
 * for back-references once complete); lists, dicts and sets read from general marshal
 * data can, and then their {@code equals}/{@code hashCode} must not be called.
 */
public enum Constant {
    /** Python {@code None}. */
    NONE,
    /** Python {@code Ellipsis}. */
    ELLIPSIS,
    /** The class {@code StopIteration} (marshal type {@code S}). */
    STOP_ITERATION
}
