package org.pyvm.bytecode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A canonical text for a neutral marshal value, written the same way by {@link #PYTHON}
 * for Python objects in CPython, so that tests can compare what both sides read.
 * Set items are sorted (Python iterates sets in hash order); a container met again while
 * inside itself prints as {@code <cycle>}.
 */
final class Canon {

    private Canon() {}

    /** The same function in Python: defines canon(v) and result(data). */
    static final String PYTHON = """
        import marshal, struct
        def canon(v, seen=None):
            seen = set() if seen is None else seen
            t = type(v)
            if v is None: return 'None'
            if v is Ellipsis: return 'Ellipsis'
            if v is StopIteration: return 'StopIteration'
            if t is bool: return str(v)
            if t is int: return 'i' + str(v)
            if t is float: return 'f' + struct.pack('>d', v).hex()
            if t is complex: return 'c' + struct.pack('>d', v.real).hex() + struct.pack('>d', v.imag).hex()
            if t is str: return 's' + v.encode('utf-16-be', 'surrogatepass').hex()
            if t is bytes: return 'b' + v.hex()
            if id(v) in seen: return '<cycle>'
            seen = seen | {id(v)}
            if t is tuple: return '(' + ','.join(canon(x, seen) for x in v) + ')'
            if t is list: return '[' + ','.join(canon(x, seen) for x in v) + ']'
            if t is set: return '<' + ','.join(sorted(canon(x, seen) for x in v)) + '>'
            if t is frozenset: return '>' + ','.join(sorted(canon(x, seen) for x in v)) + '<'
            if t is dict: return '{' + ','.join(canon(k, seen) + ':' + canon(x, seen) for k, x in v.items()) + '}'
            if hasattr(v, 'co_code'):
                return ('code(' + ','.join(str(x) for x in (v.co_argcount, v.co_posonlyargcount,
                        v.co_kwonlyargcount, v.co_stacksize, v.co_flags, v.co_firstlineno)) + ','
                        + ','.join(canon(x, seen) for x in (v.co_code, v.co_consts, v.co_names,
                        v.co_varnames, v.co_cellvars, v.co_freevars, v.co_filename, v.co_name,
                        v.co_qualname, v.co_linetable, v.co_exceptiontable)) + ',' + str(v.co_nlocals) + ')')
            return '?' + t.__name__
        def result(data):
            try:
                v = marshal.loads(data)
            except Exception as e:
                return 'ERR ' + type(e).__name__ + ': ' + str(e)
            try:
                return 'OK ' + canon(v)
            except Exception as e:  # CPython corrupted its own memory on this input
                return 'BROKEN ' + type(e).__name__
        """;

    static String of(Object v) {
        return of(v, new IdentityHashMap<>());
    }

    private static String of(Object v, Map<Object, Boolean> seen) {
        HexFormat hex = HexFormat.of();
        if (v == Constant.NONE) {
            return "None";
        }
        if (v == Constant.ELLIPSIS) {
            return "Ellipsis";
        }
        if (v == Constant.STOP_ITERATION) {
            return "StopIteration";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Long || v instanceof BigInteger) {
            return "i" + v;
        }
        if (v instanceof Double d) {
            return "f" + bits(d);
        }
        if (v instanceof ComplexConst c) {
            return "c" + bits(c.real()) + bits(c.imag());
        }
        if (v instanceof String s) {
            StringBuilder sb = new StringBuilder("s");
            HexFormat h = HexFormat.of();
            for (int i = 0; i < s.length(); i++) {
                sb.append(h.toHexDigits(s.charAt(i)));
            }
            return sb.toString();
        }
        if (v instanceof BytesConst b) {
            return "b" + hex.formatHex(b.value());
        }
        if (seen.containsKey(v)) {
            return "<cycle>";
        }
        seen.put(v, true);
        try {
            if (v instanceof TupleConst t) {
                return "(" + join(t.items(), seen, false) + ")";
            }
            if (v instanceof ListConst t) {
                return "[" + join(t.items(), seen, false) + "]";
            }
            if (v instanceof SetConst t) {
                return "<" + join(t.items(), seen, true) + ">";
            }
            if (v instanceof FrozenSetConst t) {
                return ">" + join(t.items(), seen, true) + "<";
            }
            if (v instanceof DictConst d) {
                // A key given twice keeps its first place and its last value, as in a Python dict.
                Map<String, String> m = new java.util.LinkedHashMap<>();
                for (int i = 0; i < d.size(); i++) {
                    m.put(of(d.keys()[i], seen), of(d.values()[i], seen));
                }
                List<String> parts = new ArrayList<>();
                m.forEach((k, x) -> parts.add(k + ":" + x));
                return "{" + String.join(",", parts) + "}";
            }
            if (v instanceof CodeObject c) {
                return "code(" + c.argcount() + "," + c.posonlyargcount() + "," + c.kwonlyargcount() + ","
                    + c.stacksize() + "," + c.flags() + "," + c.firstlineno() + ","
                    + String.join(",", of(new BytesConst(c.code()), seen), of(new TupleConst(c.consts()), seen),
                        of(new TupleConst(c.names()), seen), of(new TupleConst(c.varnames()), seen),
                        of(new TupleConst(c.cellvars()), seen), of(new TupleConst(c.freevars()), seen),
                        of(c.filename(), seen), of(c.name(), seen), of(c.qualname(), seen),
                        of(new BytesConst(c.linetable()), seen), of(new BytesConst(c.exceptiontable()), seen))
                    + "," + c.nlocals() + ")";
            }
        } finally {
            seen.remove(v);
        }
        return "?" + v.getClass().getSimpleName();
    }

    private static String bits(double d) {
        return HexFormat.of().toHexDigits(Double.doubleToRawLongBits(d));
    }

    private static String join(Object[] items, Map<Object, Boolean> seen, boolean sorted) {
        List<String> parts = new ArrayList<>();
        for (Object o : items) {
            parts.add(of(o, seen));
        }
        if (sorted) {
            return String.join(",", new TreeSet<>(parts));
        }
        return String.join(",", parts);
    }

    /** What the Python side's result(data) prints for our reader. */
    static String result(byte[] data) {
        try {
            return "OK " + of(MarshalReader.loads(data));
        } catch (MarshalException e) {
            return "ERR " + e.pythonType() + ": " + e.getMessage();
        }
    }
}
