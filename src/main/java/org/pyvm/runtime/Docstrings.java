package org.pyvm.runtime;

/**
 * The {@code __doc__} of functions, methods, descriptors and types written in Java, keyed
 * like the signature table ({@link TextSignatures}): MODULE.NAME, TYPE, TYPE.NAME. The one
 * place where the runtime's own docstrings are looked up (JavaMethod, PyGetSetDescr,
 * PyMemberDescr, PyType and type.__doc__ ask here).
 *
 * <p>CPython's own are its text, which we do not copy (DESIGN.md, decision 6): the few
 * written here are in our own words, where a program (or a test) reads them; every other
 * key has none, so most builtins' {@code __doc__} is None (slot wrappers still get their
 * slot's doc from TextSignatures). Compare CPython Objects/typeobject.c:
 * _PyType_GetDocFromInternalDoc, type_dict_set_doc; descrobject.c: method_get_doc,
 * getset_get_doc, member_get_doc.
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
        return d != null ? d : TYPE_DOCS.get(key);
    }

    /** Types' docstrings (test_bytes checks that these two start with the constructor's call). */
    private static final java.util.Map<String, String> TYPE_DOCS = java.util.Map.of(
        "bytes", "bytes(iterable_of_ints), bytes(string, encoding[, errors]), bytes(bytes_or_buffer),\n"
            + "bytes(int), bytes(): an immutable sequence of bytes, made from the integers 0-255 of the\n"
            + "iterable, the encoded string, a copy of the buffer, that many zero bytes, or nothing.",
        "bytearray", "bytearray(iterable_of_ints), bytearray(string, encoding[, errors]),\n"
            + "bytearray(bytes_or_buffer), bytearray(int), bytearray(): a mutable sequence of bytes, made\n"
            + "from its argument as bytes() makes its value.");

    private static final java.util.Map<String, String> DOCS = java.util.Map.of(
        "generator.send", "send(value) -> resume the generator, sending value into generator as the result of\n"
            + "the paused yield; returns the next value it yields, or raises StopIteration when it ends.",
        "generator.throw", "throw(exc) -> raise exc in generator at the paused yield; returns the next value\n"
            + "it yields, or raises StopIteration when it ends.",
        "generator.close", "close() -> finish the generator: GeneratorExit is raised inside generator at the\n"
            + "paused yield so that its cleanup code runs.",
        "generator.__name__", "the name of the generator",
        "generator.__qualname__", "the qualified name of the generator",
        "coroutine.send", "send(value) -> resume the coroutine, sending value into coroutine as the result of\n"
            + "the paused await; returns the next value it yields, or raises StopIteration when it ends.",
        "coroutine.throw", "throw(exc) -> raise exc in coroutine at the paused await; returns the next value\n"
            + "it yields, or raises StopIteration when it ends.",
        "coroutine.close", "close() -> finish the coroutine: GeneratorExit is raised inside coroutine at the\n"
            + "paused await so that its cleanup code runs.",
        "coroutine.__name__", "the name of the coroutine",
        "coroutine.__qualname__", "the qualified name of the coroutine");
}
