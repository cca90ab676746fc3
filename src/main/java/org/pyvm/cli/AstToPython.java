package org.pyvm.cli;

import java.math.BigInteger;
import java.util.List;
import org.pyvm.ast.Constants;
import org.pyvm.ast.Located;
import org.pyvm.ast.Node;
import org.pyvm.ast.NodeKind;
import org.pyvm.modules.pyast.AstTypes;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyComplex;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyEllipsis;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInstance;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * pyvm's Java tree ({@code org.pyvm.ast}) as Python {@code ast} node objects: each node
 * an instance of its class with the fields, then the positions, in its {@code __dict__};
 * lists as lists; contexts and operators as one shared instance per class. Compare CPython
 * Python/Python-ast.c: ast2obj_mod and the ast2obj_* functions it calls.
 */
final class AstToPython {

    private AstToPython() {}

    private static final PyStr LINENO = PyStr.intern("lineno");
    private static final PyStr COL_OFFSET = PyStr.intern("col_offset");
    private static final PyStr END_LINENO = PyStr.intern("end_lineno");
    private static final PyStr END_COL_OFFSET = PyStr.intern("end_col_offset");

    /** The Python node for N. */
    static PyObject convert(Node n) {
        NodeKind k = n.nodeKind();
        if (n instanceof Enum<?>) {
            return AstTypes.singleton(k.name());
        }
        PyType t = AstTypes.get(k.name());
        PyInstance obj = AstTypes.newNode(t);
        PyDict d = obj.getDict();
        String[] names = k.fields();
        Object[] vals = n.fieldValues();
        boolean constant = n instanceof org.pyvm.ast.Expr.Constant || n instanceof org.pyvm.ast.Pattern.MatchSingleton;
        for (int i = 0; i < names.length; i++) {
            Object v = vals[i];
            PyObject pv = constant && i == 0 ? constant(v) : value(v);
            d.setItem(PyStr.intern(names[i]), pv);
        }
        if (n instanceof Located l) {
            d.setItem(LINENO, PyInt.of(l.lineno()));
            d.setItem(COL_OFFSET, PyInt.of(l.col_offset()));
            d.setItem(END_LINENO, PyInt.of(l.end_lineno()));
            d.setItem(END_COL_OFFSET, PyInt.of(l.end_col_offset()));
        }
        return obj;
    }

    private static PyObject value(Object v) {
        if (v == null) {
            return PyNone.NONE;
        }
        if (v instanceof Node n) {
            return convert(n);
        }
        if (v instanceof List<?> list) {
            PyObject[] items = new PyObject[list.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = value(list.get(i));
            }
            return new PyList(items);
        }
        if (v instanceof String s) {
            return s.length() < 40 ? PyStr.intern(s) : PyStr.of(s);
        }
        if (v instanceof Integer i) {
            return PyInt.of(i);
        }
        return constant(v);
    }

    /** A constant's value (Constants' neutral forms) as the Python object. */
    static PyObject constant(Object v) {
        if (v == Constants.NONE || v == null) {
            return PyNone.NONE;
        }
        if (v == Constants.ELLIPSIS) {
            return PyEllipsis.ELLIPSIS;
        }
        if (v instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (v instanceof Long l) {
            return PyInt.of(l);
        }
        if (v instanceof BigInteger b) {
            return PyInt.of(b);
        }
        if (v instanceof Double d) {
            return PyFloat.of(d);
        }
        if (v instanceof String s) {
            return PyStr.of(s);
        }
        if (v instanceof Constants.CodePoints cp) {
            // The runtime's str is a Java String: an escaped surrogate pair becomes one character.
            int[] cps = cp.value();
            return PyStr.of(new String(cps, 0, cps.length));
        }
        if (v instanceof Constants.Bytes b) {
            return new PyBytes(b.value());
        }
        if (v instanceof Constants.Complex c) {
            return new PyComplex(c.real(), c.imag());
        }
        // A value put there by compile() of a Python tree (a tuple or frozenset constant).
        return org.pyvm.runtime.PyCode.toPython(v);
    }
}
