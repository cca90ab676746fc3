package org.pyvm.modules.ctypes;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * A converted call argument (what from_param and byref return): a type tag, the value's
 * bytes as the callee receives them, the layout the linker passes, and the object kept
 * alive meanwhile. Compare CPython 3.12 ctypes.h: PyCArgObject and callproc.c: PyCArg_repr.
 */
final class CArgObject implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("_ctypes", "CArgObject", CArgObject.class, CArgObject.class))
        .notSubclassable().noInstances().withQualname("CArgObject");

    char tag;
    /** The value's bytes (at least 16). */
    MemorySegment value;
    /** How the linker passes it; a scalar layout or a struct's. */
    MemoryLayout layout;
    /** The object kept alive (_obj). */
    PyObject obj;
    /** For a struct passed by value: its size. */
    long size;

    CArgObject(char tag, MemoryLayout layout) {
        this.tag = tag;
        this.layout = layout;
        this.value = Native.allocate(16, 16);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static CArgObject pointer(long address, PyObject keep) {
        CArgObject a = new CArgObject('P', JAVA_LONG);
        a.value.set(JAVA_LONG, 0, address);
        a.obj = keep;
        return a;
    }

    long pointerValue() {
        return value.get(JAVA_LONG, 0);
    }

    @ExposedGetter
    static PyObject _obj(PyObject self) {
        PyObject o = ((CArgObject) self).obj;
        return o == null ? PyNone.NONE : o;
    }

    private static boolean isLiteral(int c) {
        return c < 128 && c >= 32 && c != '\\' && c != '\'';
    }

    /** Compare callproc.c: PyCArg_repr. */
    @ExposedMethod
    static String __repr__(PyObject self) {
        CArgObject a = (CArgObject) self;
        MemorySegment v = a.value;
        switch (a.tag) {
            case 'b', 'B':
                return "<cparam '" + a.tag + "' (" + v.get(JAVA_BYTE, 0) + ")>";
            case 'h', 'H':
                return "<cparam '" + a.tag + "' (" + v.get(ValueLayout.JAVA_SHORT, 0) + ")>";
            case 'i', 'I':
                return "<cparam '" + a.tag + "' (" + v.get(JAVA_INT, 0) + ")>";
            case 'l', 'L', 'q', 'Q':
                return "<cparam '" + a.tag + "' (" + v.get(JAVA_LONG, 0) + ")>";
            case 'd', 'f':
                return "<cparam '" + a.tag + "' (" + Abstract.repr(PyFloat.of(a.tag == 'f'
                    ? v.get(ValueLayout.JAVA_FLOAT, 0) : v.get(ValueLayout.JAVA_DOUBLE, 0))) + ")>";
            case 'c': {
                int c = v.get(JAVA_BYTE, 0) & 0xFF;
                return isLiteral(c) ? "<cparam 'c' ('" + (char) c + "')>" : String.format("<cparam 'c' ('\\x%02x')>", c);
            }
            case 'z', 'Z', 'P': {
                long p = v.get(JAVA_LONG, 0);
                return "<cparam '" + a.tag + "' (0x" + (p == 0 ? "(nil)" : Long.toHexString(p)) + ")>";
            }
            default:
                return isLiteral(a.tag) ? "<cparam '" + a.tag + "' at 0x" + Abstract.idHex(self) + ">"
                    : String.format("<cparam 0x%02x at 0x%s>", (int) a.tag, Abstract.idHex(self));
        }
    }

    static PyStr str(String s) {
        return PyStr.of(s);
    }
}
