package org.pyvm.modules.crypt;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.posix.OsErrors;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * _crypt: crypt(3) of the system's libcrypt (libxcrypt or glibc's), called through
 * java.lang.foreign, as CPython's Modules/_cryptmodule.c calls it. Which hashing methods
 * exist (crypt.methods) is the library's business: crypt.py finds them by trying salts.
 * Without libcrypt the module is missing, and crypt.py says that _crypt was not built.
 * crypt(3) returns a static buffer; the call is made holding the GIL, so no other Python
 * thread calls it meanwhile, and the result is copied at once.
 */
public final class CryptModule {

    private CryptModule() {}

    private static final String[] LIBRARIES = {"libcrypt.so.1", "libcrypt.so.2", "libcrypt.so"};

    private static final StructLayout STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    private static volatile MethodHandle crypt;

    private static MethodHandle find() {
        for (String name : LIBRARIES) {
            try {
                SymbolLookup lib = SymbolLookup.libraryLookup(name, Arena.global());
                MemorySegment sym = lib.find("crypt").orElse(null);
                if (sym != null) {
                    return Linker.nativeLinker().downcallHandle(sym, FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS),
                        Linker.Option.captureCallState("errno"));
                }
            } catch (IllegalArgumentException e) {
                // not there: try the next name
            }
        }
        return null;
    }

    static final class Functions {
        private Functions() {}

        /** crypt(word, salt, /). Compare _cryptmodule.c: crypt_crypt_impl. */
        @ExposedMethod
        static PyObject crypt(PyObject[] args, String[] kw) {
            PyObject[] a = Args.exact("crypt", args, kw, 2);
            byte[] word = cString(a[0], 1);
            byte[] salt = cString(a[1], 2);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment state = arena.allocate(STATE);
                MemorySegment result = (MemorySegment) CryptModule.crypt.invokeExact(state,
                    arena.allocateFrom(JAVA_BYTE, Arrays.copyOf(word, word.length + 1)),
                    arena.allocateFrom(JAVA_BYTE, Arrays.copyOf(salt, salt.length + 1)));
                if (result.address() == 0) {
                    throw OsErrors.of((int) ERRNO.get(state, 0L));
                }
                // The result is ASCII (crypt(3)'s alphabet); CPython decodes it as a file name.
                return PyStr.of(result.reinterpret(Integer.MAX_VALUE).getString(0, StandardCharsets.UTF_8));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Argument Clinic's "str" converter: a str without NUL, as UTF-8. */
    private static byte[] cString(PyObject o, int pos) {
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError("crypt() argument " + pos + " must be str, not " + o.type().getName());
        }
        if (s.toString().indexOf('\0') >= 0) {
            throw PyErr.valueError("embedded null character");
        }
        return org.pyvm.runtime.codecs.Utf8.encode(s, "strict");
    }

    public static PyModule create() {
        MethodHandle h = crypt;
        if (h == null) {
            h = find();
            if (h == null) {
                PyBaseException e = PyErr.of(PyExc.ModuleNotFoundError,
                    PyStr.of("No module named '_crypt': libcrypt.so.1 (crypt(3)) could not be loaded"));
                Abstract.setAttr(e, "name", PyStr.of("_crypt"));
                throw e;
            }
            crypt = h;
        }
        PyModule m = new PyModule("_crypt");
        m.addFunctions(Functions.class);
        return m;
    }
}
