package org.pyvm.modules.expat;

import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The pyexpat module: ParserCreate, ErrorString, ExpatError, the errors and model
 * submodules (also put in sys.modules as pyexpat.errors and pyexpat.model, as CPython does)
 * and the version facts of the expat whose behaviour {@link XmlCore} reproduces (2.5.0, the
 * one CPython 3.12.1 ships). Compare CPython 3.12 Modules/pyexpat.c: pyexpat_exec.
 */
public final class ExpatModule {

    private ExpatModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("pyexpat");
        m.addFunctions(ExpatModule.class);
        PyDict d = m.getDict();
        d.setStr("__doc__", PyStr.of("Python wrapper for Expat parser."));
        PyDict ns = new PyDict();
        ns.setStr("__module__", PyStr.of("xml.parsers.expat"));
        PyObject error = Abstract.call(PyType.TYPE, PyStr.of("ExpatError"), PyTuple.of(PyExc.Exception), ns);
        d.setStr("ExpatError", error);
        d.setStr("error", error);
        d.setStr("XMLParserType", XmlParserObject.TYPE);
        d.setStr("EXPAT_VERSION", PyStr.of("expat_2.5.0"));
        d.setStr("version_info", PyTuple.of(PyInt.of(2), PyInt.of(5), PyInt.of(0)));
        d.setStr("native_encoding", PyStr.of("UTF-8"));
        PyList features = new PyList();
        Object[][] fs = {{"sizeof(XML_Char)", 1}, {"sizeof(XML_LChar)", 1}, {"XML_DTD", 0}, {"XML_CONTEXT_BYTES", 1024},
            {"XML_NS", 0}, {"XML_BLAP_MAX_AMP", 100}, {"XML_BLAP_ACT_THRES", 8388608}};
        for (Object[] f : fs) {
            features.append(PyTuple.of(PyStr.of((String) f[0]), PyInt.of((Integer) f[1])));
        }
        d.setStr("features", features);
        d.setStr("XML_PARAM_ENTITY_PARSING_NEVER", PyInt.of(0));
        d.setStr("XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE", PyInt.of(1));
        d.setStr("XML_PARAM_ENTITY_PARSING_ALWAYS", PyInt.of(2));

        PyModule errors = new PyModule("pyexpat.errors");
        PyDict ed = errors.getDict();
        ed.setStr("__doc__", PyStr.of("Constants used to describe error conditions."));
        PyDict codes = new PyDict();
        PyDict messages = new PyDict();
        for (int code = 1; code < ExpatErrors.NAMES.length; code++) {
            PyStr msg = PyStr.of(ExpatErrors.MESSAGES[code]);
            ed.setStr("XML_ERROR_" + ExpatErrors.NAMES[code], msg);
            codes.setItem(msg, PyInt.of(code));
            messages.setItem(PyInt.of(code), msg);
        }
        ed.setStr("codes", codes);
        ed.setStr("messages", messages);
        d.setStr("errors", errors);

        PyModule model = new PyModule("pyexpat.model");
        PyDict md = model.getDict();
        md.setStr("__doc__", PyStr.of("Constants used to interpret content model information."));
        String[] ctypes = {"XML_CTYPE_EMPTY", "XML_CTYPE_ANY", "XML_CTYPE_MIXED", "XML_CTYPE_NAME", "XML_CTYPE_CHOICE",
            "XML_CTYPE_SEQ"};
        for (int i = 0; i < ctypes.length; i++) {
            md.setStr(ctypes[i], PyInt.of(i + 1));
        }
        String[] quants = {"XML_CQUANT_NONE", "XML_CQUANT_OPT", "XML_CQUANT_REP", "XML_CQUANT_PLUS"};
        for (int i = 0; i < quants.length; i++) {
            md.setStr(quants[i], PyInt.of(i));
        }
        d.setStr("model", model);

        PyRuntime.modules.setStr("pyexpat.errors", errors);
        PyRuntime.modules.setStr("pyexpat.model", model);
        return m;
    }

    static PyType errorType() {
        return (PyType) PyRuntime.builtinModule("pyexpat").getDict().getStr("ExpatError");
    }

    /** ParserCreate(encoding=None, namespace_separator=None, intern=<new dict>). */
    @ExposedMethod
    static PyObject ParserCreate(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("ParserCreate", args, kw, 0, 3, "encoding", "namespace_separator", "intern");
        String enc = a[0] == null ? null : XmlParserObject.str(a[0], "ParserCreate", "encoding", true);
        String sep = a[1] == null ? null : XmlParserObject.str(a[1], "ParserCreate", "namespace_separator", true);
        if (sep != null && sep.codePointCount(0, sep.length()) > 1) {
            throw PyErr.valueError("namespace_separator must be at most one character, omitted, or None");
        }
        PyDict intern;
        if (a[2] == null) {
            intern = new PyDict();
        } else if (a[2] == PyNone.NONE) {
            intern = null;
        } else if (a[2] instanceof PyDict pd) {
            intern = pd;
        } else {
            throw PyErr.typeError("intern must be a dictionary");
        }
        return new XmlParserObject(enc, sep, intern, false, false);
    }

    /** ErrorString(code): expat's message, or None. */
    @ExposedMethod
    static PyObject ErrorString(PyObject code) {
        String m = ExpatErrors.message(Abstract.index(code).longValue());
        return m == null ? PyNone.NONE : PyStr.of(m);
    }
}
