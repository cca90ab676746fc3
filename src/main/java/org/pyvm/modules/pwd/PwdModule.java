package org.pyvm.modules.pwd;

import java.util.Arrays;
import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.PyStructSeq;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * The pwd module over /etc/passwd (see {@link UnixDb}): getpwuid, getpwnam, getpwall and
 * pwd.struct_passwd. Compare CPython Modules/pwdmodule.c.
 */
public final class PwdModule {

    private PwdModule() {}

    static final PyStructSeq.Spec STRUCT_PASSWD = PyStructSeq.define("pwd", "struct_passwd", 7, "pw_name", "pw_passwd",
        "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell");

    public static PyModule create() {
        PyModule m = new PyModule("pwd");
        m.addFunctions(PwdModule.class);
        m.getDict().setStr("struct_passwd", STRUCT_PASSWD.type());
        return m;
    }

    /** pwdmodule.c: mkpwent. */
    private static PyObject entry(byte[][] f) {
        return STRUCT_PASSWD.make(UnixDb.str(f[0]), UnixDb.str(f[1]), PyInt.of(UnixDb.id(f[2])),
            PyInt.of(UnixDb.id(f[3])), UnixDb.str(f[4]), UnixDb.str(f[5]), UnixDb.str(f[6]));
    }

    private static java.util.List<byte[][]> entries() {
        return UnixDb.read("/etc/passwd", 7);
    }

    /** pwdmodule.c: pwd_getpwuid. */
    @ExposedMethod
    static PyObject getpwuid(PyObject[] args, String[] kw) {
        Args.noKeywords("pwd.getpwuid", kw);
        if (args.length != 1) {
            throw PyErr.typeError("pwd.getpwuid() takes exactly one argument (" + args.length + " given)");
        }
        long uid;
        try {
            uid = UnixDb.idArg(args[0], "uid");
        } catch (PyBaseException e) {
            if (e.matches(PyExc.OverflowError)) {
                throw PyErr.of(PyExc.KeyError, "getpwuid(): uid not found");
            }
            throw e;
        }
        for (byte[][] f : entries()) {
            if (UnixDb.id(f[2]) == uid) {
                return entry(f);
            }
        }
        throw PyErr.of(PyExc.KeyError, "getpwuid(): uid not found: " + (int) uid);
    }

    /** pwdmodule.c: pwd_getpwnam_impl. */
    @ExposedMethod
    static PyObject getpwnam(PyObject[] args, String[] kw) {
        Args.exact("pwd.getpwnam", args, kw, 1);
        byte[] name = UnixDb.nameArg("getpwnam() argument", args[0]);
        for (byte[][] f : entries()) {
            if (Arrays.equals(f[0], name)) {
                return entry(f);
            }
        }
        throw PyErr.of(PyExc.KeyError, "getpwnam(): name not found: " + org.pyvm.runtime.Abstract.repr(args[0]));
    }

    /** pwdmodule.c: pwd_getpwall_impl. */
    @ExposedMethod
    static PyObject getpwall() {
        PyList l = new PyList();
        for (byte[][] f : entries()) {
            l.append(entry(f));
        }
        return l;
    }
}
