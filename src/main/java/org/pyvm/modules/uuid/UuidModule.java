package org.pyvm.modules.uuid;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import org.pyvm.modules.corelib.NativeLib;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;

/**
 * The _uuid module: generate_time_safe() over the system's libuuid, which is what uuid.uuid1()
 * and uuid.getnode() use first. Like CPython built without libuuid, pyvm has no _uuid when
 * the library is missing (uuid then falls back to its pure-Python ways). Compare CPython
 * Modules/_uuidmodule.c: py_uuid_generate_time_safe, uuid_exec.
 */
public final class UuidModule {

    private UuidModule() {}

    /** uuid_generate_time_safe(uuid_t out) -> int, or null when libuuid cannot be used. */
    private static final class Lib {
        static final MethodHandle GENERATE_TIME_SAFE = open();

        private static MethodHandle open() {
            NativeLib lib = NativeLib.open("libuuid.so.1");
            return lib == null ? null
                : lib.function("uuid_generate_time_safe", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
        }
    }

    public static PyModule create() {
        if (Lib.GENERATE_TIME_SAFE == null) {
            PyBaseException e = PyErr.of(PyExc.ModuleNotFoundError,
                PyStr.of("No module named '_uuid': libuuid.so.1 (util-linux's UUID library) could not be loaded"));
            Abstract.setAttr(e, "name", PyStr.of("_uuid"));
            throw e;
        }
        PyModule m = new PyModule("_uuid");
        m.addFunctions(UuidModule.class);
        m.getDict().setStr("has_uuid_generate_time_safe", PyInt.of(1));
        return m;
    }

    /**
     * generate_time_safe(): (the 16 bytes of a version 1 UUID, whether libuuid made it
     * safely: 0 when synchronized with other processes, -1 when not).
     */
    @ExposedMethod
    static PyObject generate_time_safe() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(16);
            int safe = (int) Lib.GENERATE_TIME_SAFE.invokeExact(out);
            return PyTuple.of(new PyBytes(out.toArray(ValueLayout.JAVA_BYTE)), PyInt.of(safe));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw PyErr.of(PyExc.SystemError, "uuid_generate_time_safe failed: " + t);
        }
    }
}
