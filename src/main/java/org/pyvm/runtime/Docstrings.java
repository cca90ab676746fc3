package org.pyvm.runtime;

/**
 * The {@code __doc__} of functions, methods, descriptors and types written in Java, keyed
 * like the signature table ({@link TextSignatures}): MODULE.NAME, TYPE, TYPE.NAME. The one
 * place where the runtime's own docstrings are looked up (JavaMethod, PyGetSetDescr,
 * PyMemberDescr, PyType, type.__doc__ and builtin static/class methods ask here).
 *
 * <p>CPython's own are its text, which we do not copy (DESIGN.md, decision 6): ours are in
 * our own words, accurate to CPython 3.12's behaviour. Covered: every builtin type of
 * dir(builtins) (the exceptions too), their public methods, the dunders CPython documents
 * beyond the slot wrappers (__format__, __reduce_ex__, __class_getitem__, ...), their data
 * descriptors and members, the builtin functions, and the builtin types of the types module
 * (function, method, code, cell, module, traceback, mappingproxy, GenericAlias, UnionType,
 * async generators). Where CPython has no docstring (range.start, property.fget,
 * BaseException.args, ExceptionGroup, ...) there is none here either, so __doc__ is None
 * as there; slot wrappers get their slot's doc from TextSignatures. Other modules' functions
 * and types mostly have none yet.
 *
 * <p>Most text is in docstrings.txt (format: {@link Table}), read on the first lookup that
 * misses the maps below: a builtin type's dict gets its __doc__ when first read
 * (PyType.resolveDoc), which start-up does once (a type's __dict__), so loading only indexes
 * the entries and cuts a text out when it is asked for. The maps here hold what code builds or tests pin down: generators'
 * and coroutines' methods (test_coroutines), bytes' and bytearray's type docs (test_bytes
 * checks their first line) and the fourteen builtins whose CPython docstrings hold examples,
 * with examples of our own (test_builtin runs every example in builtins' docstrings through
 * doctest.DocTestSuite, so these must stay correct; docstrings.txt has none). Compare CPython
 * Objects/typeobject.c: _PyType_GetDocFromInternalDoc, type_dict_set_doc; descrobject.c:
 * method_get_doc, getset_get_doc, member_get_doc.
 */
final class Docstrings {

    private Docstrings() {}

    /** KEY's docstring as a str, or None. */
    static PyObject of(String key) {
        String d = key == null ? null : lookup(key);
        return d == null ? PyNone.NONE : PyStr.of(d);
    }

    /** KEY's docstring, or null when there is none. */
    static String lookup(String key) {
        String d = DOCS.get(key);
        if (d == null) {
            d = TYPE_DOCS.get(key);
        }
        return d != null ? d : Table.get(key);
    }

    /**
     * docstrings.txt, read on the first lookup that misses the maps above (a holder class).
     * Format: a line "@@ KEY [KEY...]" starts an entry whose text is the lines up to the next
     * such line, blank lines at its end dropped; "$T" in the text stands for the type part of
     * each key (before its first dot), so bytes and bytearray, or set and frozenset, share one
     * text. Lines before the first entry are comments. Start-up reads a builtin type's
     * __dict__ (so its docstring), so loading only indexes the entries (String.indexOf); an
     * entry's text is cut out when asked for.
     */
    private static final class Table {
        static final String ALL = read();
        /** KEY -> {start, end} of its text in ALL. */
        static final java.util.HashMap<String, int[]> INDEX = index(ALL);

        private static String read() {
            try (java.io.InputStream in = Docstrings.class.getResourceAsStream("docstrings.txt")) {
                return in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private static java.util.HashMap<String, int[]> index(String all) {
            java.util.HashMap<String, int[]> m = new java.util.HashMap<>(2048);
            int at = all.startsWith("@@ ") ? 0 : all.indexOf("\n@@ ") + 1;
            while (at > 0 || (at == 0 && all.startsWith("@@ "))) {
                int eol = all.indexOf('\n', at);
                if (eol < 0) {
                    eol = all.length();
                }
                int next = all.indexOf("\n@@ ", eol - 1) + 1;
                int[] span = {Math.min(eol + 1, all.length()), next > 0 ? next : all.length()};
                // The keys, separated by spaces (no regex: this runs cold, at start-up).
                for (int k = at + 3; k < eol;) {
                    int sp = all.indexOf(' ', k);
                    int stop = sp < 0 || sp > eol ? eol : sp;
                    if (stop > k) {
                        m.put(all.substring(k, stop), span);
                    }
                    k = stop + 1;
                }
                if (next <= 0) {
                    break;
                }
                at = next;
            }
            return m;
        }

        static String get(String key) {
            int[] span = INDEX.get(key);
            if (span == null) {
                return null;
            }
            int end = span[1];
            while (end > span[0] && Character.isWhitespace(ALL.charAt(end - 1))) {
                end--;
            }
            String t = ALL.substring(span[0], end);
            if (t.indexOf("$T") >= 0) {
                int dot = key.indexOf('.');
                t = t.replace("$T", dot < 0 ? key : key.substring(0, dot));
            }
            return t;
        }
    }

    /**
     * Types' docstrings: test_bytes checks that bytes' and bytearray's start with the
     * constructor's call; io.py copies the four _io base classes' at every start-up
     * ({@code __doc__ = _io._IOBase.__doc__}), which would otherwise read docstrings.txt
     * from the jar each time (~9% of an empty program's run).
     */
    private static final java.util.Map<String, String> TYPE_DOCS = java.util.Map.of(
        "_io._IOBase", "The base of the I/O classes: the methods that every stream has, most of which fail with"
            + " UnsupportedOperation unless a subclass overrides them.\n\nA stream is iterable (over its lines) and a"
            + " context manager (which closes it).",
        "_io._RawIOBase", "The base of raw (unbuffered) binary streams, which read and write through the operating"
            + " system directly.",
        "_io._BufferedIOBase", "The base of buffered binary streams: read() and write() handle all the bytes asked"
            + " for, with as many raw calls as it takes.",
        "_io._TextIOBase", "The base of text streams: read and write str, encoded to and decoded from bytes.",
        "bytes", "bytes(iterable_of_ints), bytes(string, encoding[, errors]), bytes(bytes_or_buffer),\n"
            + "bytes(int), bytes(): an immutable sequence of bytes, made from the integers 0-255 of the\n"
            + "iterable, the encoded string, a copy of the buffer, that many zero bytes, or nothing.",
        "bytearray", "bytearray(iterable_of_ints), bytearray(string, encoding[, errors]),\n"
            + "bytearray(bytes_or_buffer), bytearray(int), bytearray(): a mutable sequence of bytes, made\n"
            + "from its argument as bytes() makes its value.");

    /** send, throw, close, __name__ and __qualname__ of KIND (generator, coroutine), which suspends at POINT. */
    private static java.util.Map<String, String> suspendable(String kind, String point) {
        return java.util.Map.of(
            kind + ".send", "send(value) -> resume the " + kind + ", sending value into " + kind + " as the result of\n"
                + "the paused " + point + "; returns the next value it yields, or raises StopIteration when it ends.",
            kind + ".throw", "throw(exc) -> raise exc in " + kind + " at the paused " + point
                + "; returns the next value\nit yields, or raises StopIteration when it ends.",
            kind + ".close", "close() -> finish the " + kind + ": GeneratorExit is raised inside " + kind
                + " at the\npaused " + point + " so that its cleanup code runs.",
            kind + ".__name__", "the name of the " + kind,
            kind + ".__qualname__", "the qualified name of the " + kind);
    }

    private static final java.util.Map<String, String> DOCS = new java.util.HashMap<>();

    /** The builtins whose CPython docstrings hold examples: ours hold examples too (test_builtin's doctests). */
    private static final java.util.Map<String, String> BUILTINS_WITH_EXAMPLES = java.util.Map.ofEntries(
        java.util.Map.entry("builtins.bin",
            "Return an integer's binary form: a str of 0s and 1s after the prefix '0b'.\n"
            + "\n"
            + "   >>> bin(10)\n"
            + "   '0b1010'\n"
            + "   >>> bin(-5)\n"
            + "   '-0b101'"),
        java.util.Map.entry("builtins.hex",
            "Return an integer's hexadecimal form: a str of lower-case digits after the prefix '0x'.\n"
            + "\n"
            + "   >>> hex(255)\n"
            + "   '0xff'\n"
            + "   >>> hex(-4096)\n"
            + "   '-0x1000'"),
        java.util.Map.entry("builtins.oct",
            "Return an integer's octal form: a str of digits 0-7 after the prefix '0o'.\n"
            + "\n"
            + "   >>> oct(8)\n"
            + "   '0o10'\n"
            + "   >>> oct(-64)\n"
            + "   '-0o100'"),
        java.util.Map.entry("zip",
            "zip(*iterables, strict=False) --> an iterator of tuples\n"
            + "\n"
            + "   The n-th tuple holds the n-th item of every argument. The iterator ends with the\n"
            + "   shortest argument; with strict=True, arguments of different lengths raise ValueError.\n"
            + "\n"
            + "   >>> list(zip('ab', [1, 2, 3]))\n"
            + "   [('a', 1), ('b', 2)]\n"
            + "   >>> list(zip(range(3), 'xyz', strict=True))\n"
            + "   [(0, 'x'), (1, 'y'), (2, 'z')]"),
        java.util.Map.entry("int",
            "int([x]) -> integer\n"
            + "int(x, base=10) -> integer\n"
            + "\n"
            + "Make an integer from a number or a string; int() is 0. A number goes through its\n"
            + "__int__, __index__ or __trunc__ (a float is truncated toward zero). A string, bytes or\n"
            + "bytearray must spell an integer in the given base (2 to 36, or 0: the base is read from\n"
            + "the prefix 0b, 0o or 0x, as in Python source); it may have surrounding white space,\n"
            + "a sign and single underscores between digits.\n"
            + "\n"
            + ">>> int('ff', 16)\n"
            + "255\n"
            + ">>> int(' -1_000 ')\n"
            + "-1000\n"
            + ">>> int('0o17', base=0)\n"
            + "15\n"
            + ">>> int(-3.9)\n"
            + "-3"),
        java.util.Map.entry("int.as_integer_ratio",
            "Return a pair of integers whose ratio is the integer itself: the integer and 1.\n"
            + "\n"
            + ">>> (12).as_integer_ratio()\n"
            + "(12, 1)\n"
            + ">>> (-3).as_integer_ratio()\n"
            + "(-3, 1)"),
        java.util.Map.entry("int.bit_count",
            "Return how many bits are 1 in the binary form of the integer's absolute value.\n"
            + "\n"
            + ">>> bin(13)\n"
            + "'0b1101'\n"
            + ">>> (13).bit_count()\n"
            + "3\n"
            + ">>> (-6).bit_count()\n"
            + "2"),
        java.util.Map.entry("int.bit_length",
            "Return how many bits the integer's absolute value needs in binary, leading zeros and\n"
            + "sign left out.\n"
            + "\n"
            + ">>> bin(37)\n"
            + "'0b100101'\n"
            + ">>> (37).bit_length()\n"
            + "6\n"
            + ">>> (0).bit_length()\n"
            + "0"),
        java.util.Map.entry("float.as_integer_ratio",
            "Return a pair of integers, the denominator positive and as small as possible, whose\n"
            + "ratio is exactly the float. Infinities raise OverflowError and NaNs ValueError.\n"
            + "\n"
            + ">>> (0.75).as_integer_ratio()\n"
            + "(3, 4)\n"
            + ">>> (-2.5).as_integer_ratio()\n"
            + "(-5, 2)\n"
            + ">>> (0.1).as_integer_ratio()\n"
            + "(3602879701896397, 36028797018963968)"),
        java.util.Map.entry("float.fromhex",
            "Make a float from a str in the form float.hex() writes (the '0x' prefix and the\n"
            + "binary exponent are optional).\n"
            + "\n"
            + ">>> float.fromhex('0x1.8p1')\n"
            + "3.0\n"
            + ">>> float.fromhex('-0x10')\n"
            + "-16.0\n"
            + ">>> float.fromhex('inf')\n"
            + "inf"),
        java.util.Map.entry("float.hex",
            "Return the float in hexadecimal: a sign, '0x', the significand in hexadecimal and\n"
            + "'p' followed by a power of two in decimal.\n"
            + "\n"
            + ">>> (3.0).hex()\n"
            + "'0x1.8000000000000p+1'\n"
            + ">>> (-0.5).hex()\n"
            + "'-0x1.0000000000000p-1'"),
        java.util.Map.entry("bytes.hex",
            "Return a str of two hexadecimal digits for each byte.\n"
            + "\n"
            + "  sep\n"
            + "    A str or bytes of one character to put between groups of bytes.\n"
            + "  bytes_per_sep\n"
            + "    How many bytes make a group; groups are counted from the right, or from the left\n"
            + "    when it is negative.\n"
            + "\n"
            + ">>> b'AZ\\n'.hex()\n"
            + "'415a0a'\n"
            + ">>> b'abcde'.hex(':')\n"
            + "'61:62:63:64:65'\n"
            + ">>> b'abcde'.hex('-', 2)\n"
            + "'61-6263-6465'\n"
            + ">>> b'abcde'.hex(b' ', -2)\n"
            + "'6162 6364 65'"),
        java.util.Map.entry("bytearray.hex",
            "Return a str of two hexadecimal digits for each byte.\n"
            + "\n"
            + "  sep\n"
            + "    A str or bytes of one character to put between groups of bytes.\n"
            + "  bytes_per_sep\n"
            + "    How many bytes make a group; groups are counted from the right, or from the left\n"
            + "    when it is negative.\n"
            + "\n"
            + ">>> bytearray(b'AZ\\n').hex()\n"
            + "'415a0a'\n"
            + ">>> bytearray(b'abcde').hex('-', 2)\n"
            + "'61-6263-6465'\n"
            + ">>> bytearray(b'abcde').hex(b' ', -2)\n"
            + "'6162 6364 65'"),
        java.util.Map.entry("memoryview.hex",
            "Return a str of two hexadecimal digits for each byte of the memory.\n"
            + "\n"
            + "  sep\n"
            + "    A str or bytes of one character to put between groups of bytes.\n"
            + "  bytes_per_sep\n"
            + "    How many bytes make a group; groups are counted from the right, or from the left\n"
            + "    when it is negative.\n"
            + "\n"
            + ">>> memoryview(b'AZ\\n').hex()\n"
            + "'415a0a'\n"
            + ">>> memoryview(b'abcde').hex('-', 2)\n"
            + "'61-6263-6465'\n"
            + ">>> memoryview(b'abcde')[1:4].hex(':')\n"
            + "'62:63:64'"));

    static {
        DOCS.putAll(suspendable("generator", "yield"));
        DOCS.putAll(suspendable("coroutine", "await"));
        DOCS.putAll(BUILTINS_WITH_EXAMPLES);
    }
}
