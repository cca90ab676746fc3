package org.pyvm.runtime;

/**
 * The {@code __doc__} of functions, methods, descriptors and types written in Java, keyed
 * like the signature table ({@link TextSignatures}): MODULE.NAME, TYPE, TYPE.NAME. The one
 * place where the runtime's own docstrings are looked up (JavaMethod, PyGetSetDescr,
 * PyMemberDescr, PyType and type.__doc__ ask here).
 *
 * <p>None are written yet, and CPython's own are its text, which we do not copy (DESIGN.md,
 * decision 6): every key has none, so a builtin's {@code __doc__} is None (slot wrappers
 * still get their slot's doc from TextSignatures). Compare CPython Objects/typeobject.c:
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
        return null;
    }
}
