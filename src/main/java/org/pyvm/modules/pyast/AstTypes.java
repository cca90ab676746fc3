package org.pyvm.modules.pyast;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyInstance;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The Python classes of the {@code ast} module ({@code ast.AST} and one class per entry of
 * {@link AstSchema}), made once, on first use. They are ordinary classes of {@code type}
 * (as in CPython, where they are heap types): subclassable, their instances carry a
 * {@code __dict__}. Each has {@code _fields} and {@code __match_args__}; sums and products
 * have {@code _attributes}; an optional field or attribute ({@code ?}) is a class attribute
 * None. Compare CPython Python/Python-ast.c: init_types, add_ast_fields, make_type.
 */
public final class AstTypes {

    private AstTypes() {}

    /** The classes by name, in definition order ("AST" first). */
    private static volatile Map<String, PyType> types;
    /** PyType to its schema entry, for the converters. */
    private static Map<PyType, AstSchema.NodeClass> schemaOf;
    /** The shared instances of field-less constructors (Load, Add, ...) that parsing gives. */
    private static Map<String, PyObject> singletons;

    /** All classes by name, "AST" first, made on first call. */
    public static Map<String, PyType> all() {
        Map<String, PyType> t = types;
        if (t == null) {
            synchronized (AstTypes.class) {
                t = types;
                if (t == null) {
                    t = make();
                    types = t;
                }
            }
        }
        return t;
    }

    /** The class NAME ("Name", "arguments", "expr", "AST"). */
    public static PyType get(String name) {
        return all().get(name);
    }

    /** ast.AST. */
    public static PyType ast() {
        return AstBase.TYPE;
    }

    /** The schema entry of a node class of ours (not of a subclass made in Python), or null. */
    public static AstSchema.NodeClass schema(PyType t) {
        all();
        return schemaOf.get(t);
    }

    /** The instance of field-less constructor NAME (Load, Store, Add, ...) that the parser's trees share. */
    public static PyObject singleton(String name) {
        all();
        return singletons.get(name);
    }

    /** True when O is an instance of ast.AST. */
    public static boolean isNode(PyObject o) {
        return o.type().isSubtypeOf(AstBase.TYPE);
    }

    /** A new, empty node of class T (as T() without arguments). */
    public static PyInstance newNode(PyType t) {
        return new PyInstance(t);
    }

    private static Map<String, PyType> make() {
        Map<String, PyType> out = new LinkedHashMap<>();
        Map<PyType, AstSchema.NodeClass> schemas = new HashMap<>();
        Map<String, PyObject> single = new HashMap<>();
        PyType base = AstBase.TYPE;
        out.put("AST", base);
        for (AstSchema.NodeClass c : AstSchema.CLASSES.values()) {
            PyType parent = c.parent() == null ? base : out.get(c.parent().name());
            PyDict ns = new PyDict();
            ns.setStr("__module__", PyStr.intern("ast"));
            ns.setStr("__doc__", PyStr.of(c.doc()));
            PyTuple fields = names(c.fields());
            ns.setStr("_fields", fields);
            ns.setStr("__match_args__", fields);
            if (c.parent() == null) {
                // Sums and products declare _attributes; constructors inherit their sum's.
                ns.setStr("_attributes", names(c.attributes()));
                if (c.isSum()) {
                    noneForOptional(ns, c.attributes());
                }
            }
            noneForOptional(ns, c.fields());
            if (!c.isSum() && c.parent() == null) {
                noneForOptional(ns, c.attributes());
            }
            PyType t = PyType.newClass(PyType.TYPE, c.name(), new PyType[] {parent}, ns).sharedAcrossInterpreters();
            out.put(c.name(), t);
            schemas.put(t, c);
            if (c.isSimple()) {
                single.put(c.name(), newNode(t));
            }
        }
        schemaOf = schemas;
        singletons = single;
        return out;
    }

    private static PyTuple names(List<AstSchema.Field> fs) {
        PyObject[] n = new PyObject[fs.size()];
        for (int i = 0; i < n.length; i++) {
            n[i] = PyStr.intern(fs.get(i).name());
        }
        return PyTuple.of(n);
    }

    private static void noneForOptional(PyDict ns, List<AstSchema.Field> fs) {
        for (AstSchema.Field f : fs) {
            if (f.optional()) {
                ns.setStr(f.name(), PyNone.NONE);
            }
        }
    }
}
