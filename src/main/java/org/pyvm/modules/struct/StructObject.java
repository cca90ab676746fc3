package org.pyvm.modules.struct;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/** struct.Struct: a compiled format with its methods. Compare CPython Modules/_struct.c: s_new, s_pack ... */
public final class StructObject implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("_struct", "Struct", StructObject.class, StructObject.class));

    private final PyType type;
    StructFormat format;
    /** The format as given, None until __init__ runs (size is then -1). */
    private PyObject formatObj;

    private StructObject(PyType type, StructFormat format, PyObject formatObj) {
        this.type = type;
        this.format = format;
        this.formatObj = formatObj;
    }

    @Override
    public PyType type() {
        return type;
    }

    /**
     * The arguments are left to __init__, so that a subclass whose __init__ takes other
     * arguments can call super().__init__(format). Until then the struct packs nothing.
     * Compare _struct.c (3.12.1): s_new, Struct___init___impl.
     */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return new StructObject(cls, StructModule.compile(""), PyNone.NONE);
    }

    @ExposedMethod
    static void __init__(StructObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("Struct", args, kw, 1, 1, "format");
        self.format = StructModule.compile(StructModule.formatText(a[0]));
        self.formatObj = a[0];
    }

    @ExposedGetter
    static PyObject format(StructObject self) {
        return PyStr.of(self.format.format); // "" before __init__, as in CPython
    }

    @ExposedGetter
    static PyObject size(StructObject self) {
        return PyInt.of(self.formatObj == PyNone.NONE ? -1 : self.format.size);
    }

    @ExposedMethod
    static PyObject pack(StructObject self, PyObject[] args, String[] kw) {
        Args.noKeywords("pack", kw);
        return StructModule.pack(self.format, args, 0, args.length);
    }

    @ExposedMethod
    static PyObject pack_into(StructObject self, PyObject[] args, String[] kw) {
        Args.noKeywords("pack_into", kw);
        StructModule.packInto(self.format, args, 0, args.length);
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject unpack(StructObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.exact("unpack", args, kw, 1);
        return StructModule.unpack(self.format, a[0]);
    }

    @ExposedMethod
    static PyObject unpack_from(StructObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("unpack_from", args, kw, 1, 2, "buffer", "offset");
        return StructModule.unpackFrom(self.format, a[0], a[1]);
    }

    @ExposedMethod
    static PyObject iter_unpack(StructObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.exact("iter_unpack", args, kw, 1);
        return StructModule.iterUnpack(self.format, a[0]);
    }

    PyObject formatObject() {
        return formatObj;
    }
}
