package org.pyvm.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pyvm.ast.Constants;
import org.pyvm.ast.Mod;
import org.pyvm.ast.NodeKind;
import org.pyvm.bytecode.BytesConst;
import org.pyvm.bytecode.ComplexConst;
import org.pyvm.bytecode.Constant;
import org.pyvm.bytecode.FrozenSetConst;
import org.pyvm.bytecode.TupleConst;
import org.pyvm.modules.pyast.AstSchema;
import org.pyvm.modules.pyast.AstTypes;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyComplex;
import org.pyvm.runtime.PyEllipsis;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PySet;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * Python {@code ast} node objects back to pyvm's Java tree, for compile() of an AST object,
 * with CPython's checks and messages: a sum's attributes are read first (a missing
 * {@code lineno} is 'required field "lineno" missing from stmt'), then the constructor is
 * found by isinstance, then its fields in order (a missing list is empty, a missing
 * optional field None, a missing required one an error); None in a required node field is
 * "field 'value' is required for Expr". A constant of a type the compiler cannot take is
 * kept as {@link InvalidConstant} for {@link AstValidator} to report, as CPython's
 * validator does. Compare CPython Python/Python-ast.c: PyAST_obj2mod, obj2ast_* and the
 * _PyAST_* constructors' checks.
 */
final class AstFromPython {

    /** A Constant value CPython's validate_constant rejects (its type's name), reported by the validator. */
    record InvalidConstant(String typeName) {}

    /** Deepest nesting converted; CPython's bound ("maximum recursion depth exceeded during ast construction"). */
    private static final int LIMIT = 2996;

    /** How to build the Java record of one Python constructor or product. */
    private record Maker(AstSchema.NodeClass schema, Constructor<?> ctor, boolean located, Enum<?> constant) {}

    private static final Map<String, Maker> MAKERS = makers();

    private int depth;

    private AstFromPython() {}

    /** The Java tree of the Python tree OBJ, whose class MODE requires. Compare PyAST_obj2mod. */
    static Mod convert(PyObject obj, String mode) {
        String want = switch (mode) {
            case "exec" -> "Module";
            case "eval" -> "Expression";
            case "single" -> "Interactive";
            default -> "FunctionType";
        };
        if (!obj.type().isSubtypeOf(AstTypes.get(want))) {
            throw PyErr.typeError("expected " + want + " node, got " + shortName(obj.type()));
        }
        return (Mod) new AstFromPython().node(obj, "mod");
    }

    /** obj2ast_TYPE for a sum or product type NAME. */
    private Object node(PyObject obj, String typeName) {
        AstSchema.NodeClass sc = AstSchema.CLASSES.get(typeName);
        if (sc.isSum() && obj == PyNone.NONE && !sc.isSimpleSum()) {
            return null;
        }
        if (++depth > LIMIT) {
            throw PyErr.of(PyExc.RecursionError, "maximum recursion depth exceeded during ast construction");
        }
        try {
            if (!sc.isSum()) {
                Object[] vals = fields(obj, sc, sc.name());
                int[] pos = attributes(obj, sc, sc.name());
                return make(MAKERS.get(sc.name()), vals, pos);
            }
            int[] pos = sc.attributes().isEmpty() ? null : attributes(obj, sc, sc.name());
            for (AstSchema.NodeClass c : sc.constructors()) {
                if (obj.type().isSubtypeOf(AstTypes.get(c.name()))) {
                    Maker m = MAKERS.get(c.name());
                    if (m.constant != null) {
                        return m.constant;
                    }
                    return make(m, fields(obj, c, c.name()), pos);
                }
            }
            throw PyErr.typeError("expected some sort of " + sc.name() + ", but got " + Abstract.repr(obj));
        } finally {
            depth--;
        }
    }

    /** The fields of OBJ as constructor C (named OWNER in messages), converted. */
    private Object[] fields(PyObject obj, AstSchema.NodeClass c, String owner) {
        List<AstSchema.Field> fs = c.fields();
        Object[] out = new Object[fs.size()];
        for (int i = 0; i < out.length; i++) {
            AstSchema.Field f = fs.get(i);
            PyObject v = Abstract.lookupAttr(obj, f.name());
            if (f.sequence()) {
                if (v == null) {
                    out[i] = new ArrayList<>();
                    continue;
                }
                if (!(v instanceof PyList list)) {
                    throw PyErr.typeError(owner + " field \"" + f.name() + "\" must be a list, not a "
                        + shortName(v.type()));
                }
                int n = list.size();
                List<Object> items = new ArrayList<>(n);
                for (int j = 0; j < n; j++) {
                    items.add(value(list.get(j), f));
                    if (list.size() != n) {
                        throw PyErr.typeError(owner + " field \"" + f.name() + "\" changed size during iteration");
                    }
                }
                out[i] = items;
            } else if (v == null) {
                if (!f.optional()) {
                    throw PyErr.typeError("required field \"" + f.name() + "\" missing from " + owner);
                }
                out[i] = f.type().equals("int") ? (Object) 0 : null;
            } else if (v == PyNone.NONE && f.optional()) {
                out[i] = f.type().equals("int") ? (Object) 0 : null;
            } else {
                out[i] = value(v, f);
            }
        }
        // Compare the _PyAST_* constructors: a required field may not be NULL (None).
        for (int i = 0; i < out.length; i++) {
            AstSchema.Field f = fs.get(i);
            if (out[i] == null && !f.optional() && !f.sequence()) {
                throw PyErr.valueError("field '" + f.name() + "' is required for " + owner);
            }
        }
        return out;
    }

    /** lineno, col_offset, end_lineno, end_col_offset of OBJ; missing end positions are the start's. */
    private static int[] attributes(PyObject obj, AstSchema.NodeClass sc, String owner) {
        List<AstSchema.Field> as = sc.attributes();
        if (as.isEmpty()) {
            return null;
        }
        int[] pos = new int[4];
        for (int i = 0; i < 4; i++) {
            AstSchema.Field f = as.get(i);
            PyObject v = Abstract.lookupAttr(obj, f.name());
            if (v == null || (v == PyNone.NONE && f.optional())) {
                if (!f.optional()) {
                    throw PyErr.typeError("required field \"" + f.name() + "\" missing from " + owner);
                }
                pos[i] = pos[i - 2];
            } else {
                pos[i] = integer(v);
            }
        }
        return pos;
    }

    /** One value of field F (an element, for a list field). */
    private Object value(PyObject v, AstSchema.Field f) {
        return switch (f.type()) {
            case "identifier" -> {
                if (v == PyNone.NONE) {
                    yield null;
                }
                if (v.type() != PyStr.TYPE) {
                    throw PyErr.typeError("AST identifier must be of type str");
                }
                yield v.toString();
            }
            case "string" -> {
                if (v == PyNone.NONE) {
                    yield null;
                }
                if (v.type() != PyStr.TYPE) {
                    throw PyErr.typeError("AST string must be of type str");
                }
                yield v.toString();
            }
            case "int" -> integer(v);
            case "constant" -> constant(v);
            default -> node(v, f.type());
        };
    }

    /** obj2ast_int. */
    private static int integer(PyObject v) {
        if (!(v instanceof PyInt i)) {
            throw PyErr.valueError("invalid integer value: " + Abstract.repr(v));
        }
        return i.intValue();
    }

    /** A Constant's value as the compiler's constant, or InvalidConstant. Compare ast.c: validate_constant. */
    static Object constant(PyObject v) {
        if (v == PyNone.NONE) {
            return Constants.NONE;
        }
        if (v == PyEllipsis.ELLIPSIS) {
            return Constants.ELLIPSIS;
        }
        PyType t = v.type();
        if (t == PyBool.TYPE) {
            return v == PyBool.TRUE;
        }
        if (t == PyInt.TYPE) {
            PyInt i = (PyInt) v;
            return i.isBig() ? i.bigValue() : (Object) i.longValue();
        }
        if (t == PyFloat.TYPE) {
            return ((PyFloat) v).value;
        }
        if (t == PyComplex.TYPE) {
            PyComplex c = (PyComplex) v;
            return new Constants.Complex(c.real, c.imag);
        }
        if (t == PyStr.TYPE) {
            return v.toString();
        }
        if (t == PyBytes.TYPE) {
            return new Constants.Bytes(((PyBytes) v).bytes().clone());
        }
        if (t == PyTuple.TYPE || t == PySet.FROZENSET) {
            PyObject[] items = t == PyTuple.TYPE ? ((PyTuple) v).items() : ((PySet) v).toArray();
            Object[] out = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                Object c = constant(items[i]);
                if (c instanceof InvalidConstant) {
                    return c;
                }
                out[i] = bytecodeConstant(c);
            }
            return t == PyTuple.TYPE ? new TupleConst(out) : new FrozenSetConst(out);
        }
        return new InvalidConstant(t.getName());
    }

    /** An element of a tuple or frozenset constant in the bytecode layer's form (CodeGen.constValue's). */
    private static Object bytecodeConstant(Object c) {
        if (c == Constants.NONE) {
            return Constant.NONE;
        }
        if (c == Constants.ELLIPSIS) {
            return Constant.ELLIPSIS;
        }
        if (c instanceof Constants.Complex z) {
            return new ComplexConst(z.real(), z.imag());
        }
        if (c instanceof Constants.Bytes b) {
            return new BytesConst(b.value());
        }
        return c;
    }

    private static Object make(Maker m, Object[] fields, int[] pos) {
        Object[] args = fields;
        if (m.located) {
            args = java.util.Arrays.copyOf(fields, fields.length + 4);
            for (int i = 0; i < 4; i++) {
                args[fields.length + i] = pos[i];
            }
        }
        try {
            return m.ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof PyBaseException pe) {
                throw pe;
            }
            throw PyErr.systemError("pyvm: cannot make " + m.schema.name() + ": " + e.getCause());
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw PyErr.systemError("pyvm: cannot make " + m.schema.name() + ": " + e);
        }
    }

    private static String shortName(PyType t) {
        String n = t.getName();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    /** The Java record (or enum constant) behind each Python constructor and product, found by name. */
    private static Map<String, Maker> makers() {
        Map<String, Class<?>> javaClasses = new HashMap<>();
        Class<?>[] sums = {Mod.class, org.pyvm.ast.Stmt.class, org.pyvm.ast.Expr.class, org.pyvm.ast.Pattern.class,
            org.pyvm.ast.Excepthandler.class, org.pyvm.ast.TypeParam.class, org.pyvm.ast.TypeIgnoreNode.class};
        for (Class<?> s : sums) {
            for (Class<?> c : s.getPermittedSubclasses()) {
                javaClasses.put(kindOf(c).name(), c);
            }
        }
        Class<?>[] products = {org.pyvm.ast.Arguments.class, org.pyvm.ast.Arg.class, org.pyvm.ast.Keyword.class,
            org.pyvm.ast.Alias.class, org.pyvm.ast.Withitem.class, org.pyvm.ast.MatchCase.class,
            org.pyvm.ast.Comprehension.class};
        for (Class<?> c : products) {
            javaClasses.put(kindOf(c).name(), c);
        }
        Map<String, Class<? extends Enum<?>>> enums = Map.of("expr_context", org.pyvm.ast.ExprContext.class,
            "boolop", org.pyvm.ast.Boolop.class, "operator", org.pyvm.ast.Operator.class,
            "unaryop", org.pyvm.ast.Unaryop.class, "cmpop", org.pyvm.ast.Cmpop.class);
        Map<String, Maker> out = new HashMap<>();
        for (AstSchema.NodeClass sc : AstSchema.CLASSES.values()) {
            if (sc.isSum()) {
                continue;
            }
            if (sc.isSimple()) {
                Class<? extends Enum<?>> e = enums.get(sc.parent().name());
                for (Enum<?> k : e.getEnumConstants()) {
                    if (k.name().equals(sc.name())) {
                        out.put(sc.name(), new Maker(sc, null, false, k));
                    }
                }
                continue;
            }
            Class<?> c = javaClasses.get(sc.name());
            RecordComponent[] rc = c.getRecordComponents();
            Class<?>[] types = new Class<?>[rc.length];
            for (int i = 0; i < rc.length; i++) {
                types[i] = rc[i].getType();
            }
            try {
                out.put(sc.name(), new Maker(sc, c.getDeclaredConstructor(types),
                    org.pyvm.ast.Located.class.isAssignableFrom(c), null));
            } catch (NoSuchMethodException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return out;
    }

    private static NodeKind kindOf(Class<?> c) {
        try {
            return (NodeKind) c.getField("KIND").get(null);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
