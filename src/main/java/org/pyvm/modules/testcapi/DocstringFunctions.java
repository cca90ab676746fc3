package org.pyvm.modules.testcapi;

import org.pyvm.runtime.BoundJavaMethod;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;

/**
 * The module functions of _testcapi whose ml_doc test_misc's test_docstring_signature_parsing
 * (and inspect's tests) read back: no doc, an empty one, one without a signature, two with a
 * signature line that is not one (no "--" marker, a blank line before it), valid ones with and
 * without text after them, extra newlines and defaults. Each does nothing (C's
 * test_with_docstring); what matters is how __doc__ and __text_signature__ are read from the
 * doc (BoundJavaMethod.withInternalDoc, CPython's _PyType_GetDocFromInternalDoc and
 * _PyType_GetTextSignatureFromInternalDoc). Compare CPython 3.12 Modules/_testcapi/docstring.c.
 */
final class DocstringFunctions {

    private DocstringFunctions() {}

    /** Name and ml_doc (null: none). */
    private static final String[][] DOCS = {
        {"no_docstring", null},
        {"docstring_empty", ""},
        {"docstring_no_signature", "This docstring has no signature."},
        {"docstring_with_invalid_signature", "docstring_with_invalid_signature($module, /, boo)\n"
            + "\n"
            + "This docstring has an invalid signature."},
        {"docstring_with_invalid_signature2", "docstring_with_invalid_signature2($module, /, boo)\n"
            + "\n"
            + "--\n"
            + "\n"
            + "This docstring also has an invalid signature."},
        {"docstring_with_signature", "docstring_with_signature($module, /, sig)\n"
            + "--\n"
            + "\n"
            + "This docstring has a valid signature."},
        {"docstring_with_signature_but_no_doc", "docstring_with_signature_but_no_doc($module, /, sig)\n"
            + "--\n"
            + "\n"},
        {"docstring_with_signature_and_extra_newlines", "docstring_with_signature_and_extra_newlines($module, /, "
            + "parameter)\n"
            + "--\n"
            + "\n"
            + "\n"
            + "This docstring has a valid signature and some extra newlines."},
        {"docstring_with_signature_with_defaults", "docstring_with_signature_with_defaults(module, s='avocado',\n"
            + "        b=b'bytes', d=3.14, i=35, n=None, t=True, f=False,\n"
            + "        local=the_number_three, sys=sys.maxsize,\n"
            + "        exp=sys.maxsize - 1)\n"
            + "--\n"
            + "\n"
            + "\n"
            + "\n"
            + "This docstring has a valid signature with parameters,\n"
            + "and the parameters take defaults of varying types."},
        {"test_with_docstring", "This is a pretty normal docstring."},
    };

    static void addTo(PyModule m) {
        m.addFunctions(DocstringFunctions.class);
        PyDict d = m.getDict();
        for (String[] e : DOCS) {
            ((BoundJavaMethod) d.getStr(e[0])).withInternalDoc(e[1]);
        }
    }

    /** test_with_docstring, the C function every entry of docstring.c's table points to (METH_NOARGS). */
    @ExposedMethod
    static PyObject test_with_docstring() {
        return PyNone.NONE;
    }

    @ExposedMethod(name = "no_docstring")
    static PyObject no_doc() {
        return test_with_docstring();
    }

    @ExposedMethod(name = "docstring_empty")
    static PyObject doc_empty() {
        return test_with_docstring();
    }

    @ExposedMethod(name = "docstring_no_signature")
    static PyObject doc_no_signature() {
        return test_with_docstring();
    }

    @ExposedMethod(name = "docstring_with_invalid_signature")
    static PyObject doc_with_invalid_signature() {
        return test_with_docstring();
    }

    @ExposedMethod(name = "docstring_with_invalid_signature2")
    static PyObject doc_with_invalid_signature2() {
        return test_with_docstring();
    }

    @ExposedMethod(name = "docstring_with_signature")
    static PyObject doc_with_signature() {
        return test_with_docstring();
    }

    @ExposedMethod(name = "docstring_with_signature_but_no_doc")
    static PyObject doc_with_signature_but_no_doc() {
        return test_with_docstring();
    }

    @ExposedMethod(name = "docstring_with_signature_and_extra_newlines")
    static PyObject doc_with_signature_and_extra_newlines() {
        return test_with_docstring();
    }

    @ExposedMethod(name = "docstring_with_signature_with_defaults")
    static PyObject doc_with_signature_with_defaults() {
        return test_with_docstring();
    }
}
