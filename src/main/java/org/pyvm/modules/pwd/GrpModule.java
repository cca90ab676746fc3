package org.pyvm.modules.pwd;

import java.util.Arrays;
import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.PyStructSeq;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;

/**
 * The grp module over /etc/group (see {@link UnixDb}): getgrgid, getgrnam, getgrall and
 * grp.struct_group (gr_mem a list of names). Compare CPython Modules/grpmodule.c.
 */
public final class GrpModule {

    private GrpModule() {}

    static final PyStructSeq.Spec STRUCT_GROUP = PyStructSeq.define("grp", "struct_group", 4, "gr_name", "gr_passwd",
        "gr_gid", "gr_mem");

    public static PyModule create() {
        PyModule m = new PyModule("grp");
        m.addFunctions(GrpModule.class);
        m.getDict().setStr("struct_group", STRUCT_GROUP.type());
        return m;
    }

    /** grpmodule.c: mkgrent. */
    private static PyObject entry(byte[][] f) {
        PyList mem = new PyList();
        byte[] m = f[3];
        int s = 0;
        for (int i = 0; i <= m.length; i++) {
            if (i == m.length || m[i] == ',') {
                if (i > s) {
                    mem.append(UnixDb.str(Arrays.copyOfRange(m, s, i)));
                }
                s = i + 1;
            }
        }
        return STRUCT_GROUP.make(UnixDb.str(f[0]), UnixDb.str(f[1]), PyInt.of(UnixDb.id(f[2])), mem);
    }

    private static java.util.List<byte[][]> entries() {
        return UnixDb.read("/etc/group", 4);
    }

    /** The one argument NAME of FN(NAME), by position or keyword ("missing" reported before unknown keywords, as _PyArg_UnpackKeywords does). */
    private static PyObject[] oneArg(String fn, String name, PyObject[] args, String[] kw) {
        int npos = args.length - Args.nkw(kw);
        if (npos == 0 && Args.nkw(kw) > 0 && !java.util.Arrays.asList(kw).contains(name)) {
            throw PyErr.typeError(fn + "() missing required argument '" + name + "' (pos 1)");
        }
        return Args.parse(fn, args, kw, 1, 1, name);
    }

    /** grpmodule.c: grp_getgrgid_impl. */
    @ExposedMethod
    static PyObject getgrgid(PyObject[] args, String[] kw) {
        PyObject[] a = oneArg("getgrgid", "id", args, kw);
        long gid = UnixDb.idArg(a[0], "gid");
        for (byte[][] f : entries()) {
            if (UnixDb.id(f[2]) == gid) {
                return entry(f);
            }
        }
        throw PyErr.of(PyExc.KeyError, "getgrgid(): gid not found: " + (int) gid);
    }

    /** grpmodule.c: grp_getgrnam_impl. */
    @ExposedMethod
    static PyObject getgrnam(PyObject[] args, String[] kw) {
        PyObject[] a = oneArg("getgrnam", "name", args, kw);
        byte[] name = UnixDb.nameArg("getgrnam() argument 'name'", a[0]);
        for (byte[][] f : entries()) {
            if (Arrays.equals(f[0], name)) {
                return entry(f);
            }
        }
        throw PyErr.of(PyExc.KeyError, "getgrnam(): name not found: " + org.pyvm.runtime.Abstract.repr(a[0]));
    }

    /** grpmodule.c: grp_getgrall_impl. */
    @ExposedMethod
    static PyObject getgrall() {
        PyList l = new PyList();
        for (byte[][] f : entries()) {
            l.append(entry(f));
        }
        return l;
    }
}
