package org.pyvm.modules.tkinter;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import org.pyvm.modules.corelib.NativeLib;

/**
 * The binding of the system's Tcl 8.6 (libtcl8.6.so) and, for Tk_Init, Tk 8.6 (libtk8.6.so)
 * through java.lang.foreign: one downcall handle per C function _tkinter.c uses, thin
 * wrappers with the C names, and the layout facts of tcl.h that _tkinter.c reads directly
 * (a Tcl_Obj's typePtr and double internal rep, a Tcl_ObjType's name, libtommath's mp_int).
 * Tcl 8.6's ABI only: Tcl 9 changed the size of list and string lengths (Tcl_Size).
 * The libraries are opened when _tkinter is first imported; {@link #TCL} is null when
 * libtcl8.6 cannot be loaded, and the module is then missing.
 */
final class TclLib {

    private TclLib() {}

    /** The version of the library bound here (tcl.h's TCL_VERSION / tk.h's TK_VERSION). */
    static final String VERSION = "8.6";

    static final NativeLib TCL = NativeLib.open("libtcl8.6.so");

    // ---- tcl.h constants
    static final int TCL_OK = 0;
    static final int TCL_ERROR = 1;
    static final int TCL_GLOBAL_ONLY = 1;
    static final int TCL_LEAVE_ERR_MSG = 0x200;
    static final int TCL_NO_EVAL = 0x10000;
    static final int TCL_EVAL_GLOBAL = 0x20000;
    static final int TCL_EVAL_DIRECT = 0x40000;
    static final int TCL_DONT_WAIT = 1 << 1;
    static final int TCL_WINDOW_EVENTS = 1 << 2;
    static final int TCL_FILE_EVENTS = 1 << 3;
    static final int TCL_TIMER_EVENTS = 1 << 4;
    static final int TCL_IDLE_EVENTS = 1 << 5;
    static final int TCL_ALL_EVENTS = ~TCL_DONT_WAIT;
    static final int TCL_READABLE = 1 << 1;
    static final int TCL_WRITABLE = 1 << 2;
    static final int TCL_EXCEPTION = 1 << 3;

    // ---- layouts (tcl.h: struct Tcl_Obj, struct Tcl_ObjType; tclTomMath.h: mp_int) on LP64
    private static final long OBJ_TYPE_PTR = 24;
    private static final long OBJ_INTERNAL_REP = 32;
    /** int used, alloc; mp_sign sign; mp_digit *dp: 24 bytes, allocated with room to spare. */
    static final long MP_INT_SIZE = 32;

    private static final Linker LINKER = Linker.nativeLinker();

    private static MethodHandle fn(String name, ValueLayout ret, ValueLayout... args) {
        if (TCL == null) {
            return null;
        }
        MethodHandle h = TCL.function(name, ret == null ? FunctionDescriptor.ofVoid(args) : FunctionDescriptor.of(ret, args));
        if (h == null) {
            throw new IllegalStateException("libtcl8.6 has no " + name);
        }
        return h;
    }

    private static final ValueLayout P = ADDRESS;
    private static final ValueLayout I = JAVA_INT;

    private static final MethodHandle FIND_EXECUTABLE = fn("Tcl_FindExecutable", null, P);
    private static final MethodHandle CREATE_INTERP = fn("Tcl_CreateInterp", P);
    private static final MethodHandle DELETE_INTERP = fn("Tcl_DeleteInterp", null, P);
    private static final MethodHandle INIT = fn("Tcl_Init", I, P);
    private static final MethodHandle GET_VAR2_EX = fn("Tcl_GetVar2Ex", P, P, P, P, I);
    private static final MethodHandle SET_VAR2_EX = fn("Tcl_SetVar2Ex", P, P, P, P, P, I);
    private static final MethodHandle SET_VAR2 = fn("Tcl_SetVar2", P, P, P, P, P, I);
    private static final MethodHandle UNSET_VAR2 = fn("Tcl_UnsetVar2", I, P, P, P, I);
    private static final MethodHandle GET_OBJ_TYPE = fn("Tcl_GetObjType", P, P);
    private static final MethodHandle DELETE_COMMAND = fn("Tcl_DeleteCommand", I, P, P);
    private static final MethodHandle EVAL_OBJV = fn("Tcl_EvalObjv", I, P, I, P, I);
    private static final MethodHandle EVAL = fn("Tcl_Eval", I, P, P);
    private static final MethodHandle EVAL_FILE = fn("Tcl_EvalFile", I, P, P);
    private static final MethodHandle RECORD_AND_EVAL = fn("Tcl_RecordAndEval", I, P, P, I);
    private static final MethodHandle ADD_ERROR_INFO = fn("Tcl_AddErrorInfo", null, P, P);
    private static final MethodHandle GET_OBJ_RESULT = fn("Tcl_GetObjResult", P, P);
    private static final MethodHandle SET_OBJ_RESULT = fn("Tcl_SetObjResult", null, P, P);
    private static final MethodHandle RESET_RESULT = fn("Tcl_ResetResult", null, P);
    private static final MethodHandle GET_STRING_RESULT = fn("Tcl_GetStringResult", P, P);
    private static final MethodHandle GET_STRING_FROM_OBJ = fn("Tcl_GetStringFromObj", P, P, P);
    private static final MethodHandle GET_BYTE_ARRAY_FROM_OBJ = fn("Tcl_GetByteArrayFromObj", P, P, P);
    private static final MethodHandle NEW_STRING_OBJ = fn("Tcl_NewStringObj", P, P, I);
    private static final MethodHandle NEW_BYTE_ARRAY_OBJ = fn("Tcl_NewByteArrayObj", P, P, I);
    private static final MethodHandle NEW_BOOLEAN_OBJ = fn("Tcl_NewBooleanObj", P, I);
    private static final MethodHandle NEW_LONG_OBJ = fn("Tcl_NewLongObj", P, JAVA_LONG);
    private static final MethodHandle NEW_WIDE_INT_OBJ = fn("Tcl_NewWideIntObj", P, JAVA_LONG);
    private static final MethodHandle NEW_DOUBLE_OBJ = fn("Tcl_NewDoubleObj", P, JAVA_DOUBLE);
    private static final MethodHandle NEW_LIST_OBJ = fn("Tcl_NewListObj", P, I, P);
    private static final MethodHandle NEW_BIGNUM_OBJ = fn("Tcl_NewBignumObj", P, P);
    private static final MethodHandle GET_BOOLEAN_FROM_OBJ = fn("Tcl_GetBooleanFromObj", I, P, P, P);
    private static final MethodHandle GET_WIDE_INT_FROM_OBJ = fn("Tcl_GetWideIntFromObj", I, P, P, P);
    private static final MethodHandle GET_DOUBLE_FROM_OBJ = fn("Tcl_GetDoubleFromObj", I, P, P, P);
    private static final MethodHandle GET_BIGNUM_FROM_OBJ = fn("Tcl_GetBignumFromObj", I, P, P, P);
    private static final MethodHandle GET_DOUBLE = fn("Tcl_GetDouble", I, P, P, P);
    private static final MethodHandle GET_BOOLEAN = fn("Tcl_GetBoolean", I, P, P, P);
    private static final MethodHandle EXPR_STRING = fn("Tcl_ExprString", I, P, P);
    private static final MethodHandle EXPR_LONG = fn("Tcl_ExprLong", I, P, P, P);
    private static final MethodHandle EXPR_DOUBLE = fn("Tcl_ExprDouble", I, P, P, P);
    private static final MethodHandle EXPR_BOOLEAN = fn("Tcl_ExprBoolean", I, P, P, P);
    private static final MethodHandle LIST_OBJ_LENGTH = fn("Tcl_ListObjLength", I, P, P, P);
    private static final MethodHandle LIST_OBJ_INDEX = fn("Tcl_ListObjIndex", I, P, P, I, P);
    private static final MethodHandle LIST_OBJ_GET_ELEMENTS = fn("Tcl_ListObjGetElements", I, P, P, P, P);
    private static final MethodHandle SPLIT_LIST = fn("Tcl_SplitList", I, P, P, P, P);
    private static final MethodHandle FREE = fn("Tcl_Free", null, P);
    private static final MethodHandle CREATE_OBJ_COMMAND = fn("Tcl_CreateObjCommand", P, P, P, P, P, P);
    private static final MethodHandle CREATE_FILE_HANDLER = fn("Tcl_CreateFileHandler", null, I, I, P, P);
    private static final MethodHandle DELETE_FILE_HANDLER = fn("Tcl_DeleteFileHandler", null, I);
    private static final MethodHandle CREATE_TIMER_HANDLER = fn("Tcl_CreateTimerHandler", P, I, P, P);
    private static final MethodHandle DELETE_TIMER_HANDLER = fn("Tcl_DeleteTimerHandler", null, P);
    private static final MethodHandle DO_ONE_EVENT = fn("Tcl_DoOneEvent", I, I);
    private static final MethodHandle INCR_REF = fn("Tcl_DbIncrRefCount", null, P, P, I);
    private static final MethodHandle DECR_REF = fn("Tcl_DbDecrRefCount", null, P, P, I);
    private static final MethodHandle ALLOC = fn("Tcl_Alloc", P, I);
    private static final MethodHandle GET_CURRENT_THREAD = fn("Tcl_GetCurrentThread", P);
    private static final MethodHandle CREATE_EVENT_SOURCE = fn("Tcl_CreateEventSource", null, P, P, P);
    private static final MethodHandle DELETE_EVENT_SOURCE = fn("Tcl_DeleteEventSource", null, P, P, P);
    private static final MethodHandle QUEUE_EVENT = fn("Tcl_QueueEvent", null, P, I);
    private static final MethodHandle SET_MAX_BLOCK_TIME = fn("Tcl_SetMaxBlockTime", null, P);
    private static final MethodHandle THREAD_ALERT = fn("Tcl_ThreadAlert", null, P);
    private static final MethodHandle MP_INIT = fn("TclBN_mp_init", I, P);
    private static final MethodHandle MP_CLEAR = fn("TclBN_mp_clear", null, P);
    private static final MethodHandle MP_READ_RADIX = fn("TclBN_mp_read_radix", I, P, P, I);
    private static final MethodHandle MP_RADIX_SIZE = fn("TclBN_mp_radix_size", I, P, I, P);
    private static final MethodHandle MP_TO_RADIX = fn("TclBN_mp_to_radix", I, P, P, JAVA_LONG, P, I);

    /** The file name Tcl_DbIncrRefCount wants (only used by a memory-debugging Tcl). */
    private static final MemorySegment HERE = TCL == null ? null : Arena.global().allocateFrom("pyvm _tkinter");

    // ---- Tk, opened when first needed (Tk_Init)

    private static final class Tk {
        static final NativeLib LIB = NativeLib.open("libtk8.6.so");
        static final MethodHandle INIT = LIB == null ? null : LIB.function("Tk_Init", FunctionDescriptor.of(I, P));
        static final MethodHandle NUM_MAIN_WINDOWS = LIB == null ? null
            : LIB.function("Tk_GetNumMainWindows", FunctionDescriptor.of(I));
    }

    /** Whether libtk8.6 has been opened (Tk_GetNumMainWindows is then meaningful). */
    private static volatile boolean tkLoaded;

    static boolean tkAvailable() {
        boolean ok = Tk.INIT != null;
        tkLoaded = ok;
        return ok;
    }

    static int tkInit(MemorySegment interp) {
        try {
            return (int) Tk.INIT.invokeExact(interp);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** Tk_GetNumMainWindows(); 0 while Tk has never been loaded. */
    static int tkNumMainWindows() {
        if (!tkLoaded) {
            return 0;
        }
        try {
            return (int) Tk.NUM_MAIN_WINDOWS.invokeExact();
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static RuntimeException fail(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    // ---- C strings

    /** A NUL-terminated copy of BYTES in ARENA. */
    static MemorySegment cstr(Arena arena, byte[] bytes) {
        MemorySegment s = arena.allocate(bytes.length + 1L);
        MemorySegment.copy(bytes, 0, s, JAVA_BYTE, 0, bytes.length);
        s.set(JAVA_BYTE, bytes.length, (byte) 0);
        return s;
    }

    static MemorySegment cstr(Arena arena, String ascii) {
        return ascii == null ? MemorySegment.NULL : cstr(arena, ascii.getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes of the NUL-terminated string at P (empty for NULL). */
    static byte[] bytesAt(MemorySegment p) {
        if (p.address() == 0) {
            return new byte[0];
        }
        MemorySegment s = p.reinterpret(Long.MAX_VALUE);
        long n = 0;
        while (s.get(JAVA_BYTE, n) != 0) {
            n++;
        }
        return s.asSlice(0, n).toArray(JAVA_BYTE);
    }

    static byte[] bytesAt(MemorySegment p, int len) {
        if (len == 0) {
            return new byte[0];
        }
        return p.reinterpret(len).toArray(JAVA_BYTE);
    }

    // ---- Tcl_Obj fields

    /** objPtr->typePtr (NULL: a pure string). */
    static MemorySegment typePtr(MemorySegment obj) {
        return obj.reinterpret(OBJ_INTERNAL_REP + 16).get(ADDRESS, OBJ_TYPE_PTR);
    }

    /** objPtr->internalRep.doubleValue. */
    static double doubleValue(MemorySegment obj) {
        return obj.reinterpret(OBJ_INTERNAL_REP + 16).get(JAVA_DOUBLE, OBJ_INTERNAL_REP);
    }

    /** typePtr->name as a Java string (Tcl's type names are ASCII). */
    static String typeName(MemorySegment type) {
        MemorySegment name = type.reinterpret(8).get(ADDRESS, 0);
        return new String(bytesAt(name), StandardCharsets.UTF_8);
    }

    // ---- the C functions

    static void findExecutable(MemorySegment argv0) {
        try {
            FIND_EXECUTABLE.invokeExact(argv0);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static MemorySegment createInterp() {
        try {
            return (MemorySegment) CREATE_INTERP.invokeExact();
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static void deleteInterp(MemorySegment interp) {
        try {
            DELETE_INTERP.invokeExact(interp);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int init(MemorySegment interp) {
        try {
            return (int) INIT.invokeExact(interp);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static MemorySegment getVar2Ex(MemorySegment interp, MemorySegment n1, MemorySegment n2, int flags) {
        try {
            return (MemorySegment) GET_VAR2_EX.invokeExact(interp, n1, n2, flags);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static MemorySegment setVar2Ex(MemorySegment interp, MemorySegment n1, MemorySegment n2, MemorySegment v, int flags) {
        try {
            return (MemorySegment) SET_VAR2_EX.invokeExact(interp, n1, n2, v, flags);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static MemorySegment setVar2(MemorySegment interp, MemorySegment n1, MemorySegment n2, MemorySegment v, int flags) {
        try {
            return (MemorySegment) SET_VAR2.invokeExact(interp, n1, n2, v, flags);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int unsetVar2(MemorySegment interp, MemorySegment n1, MemorySegment n2, int flags) {
        try {
            return (int) UNSET_VAR2.invokeExact(interp, n1, n2, flags);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static MemorySegment getObjType(String name) {
        try (Arena a = Arena.ofConfined()) {
            return (MemorySegment) GET_OBJ_TYPE.invokeExact(cstr(a, name));
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int deleteCommand(MemorySegment interp, MemorySegment name) {
        try {
            return (int) DELETE_COMMAND.invokeExact(interp, name);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int evalObjv(MemorySegment interp, int objc, MemorySegment objv, int flags) {
        try {
            return (int) EVAL_OBJV.invokeExact(interp, objc, objv, flags);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int eval(MemorySegment interp, MemorySegment script) {
        try {
            return (int) EVAL.invokeExact(interp, script);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int evalFile(MemorySegment interp, MemorySegment file) {
        try {
            return (int) EVAL_FILE.invokeExact(interp, file);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int recordAndEval(MemorySegment interp, MemorySegment script, int flags) {
        try {
            return (int) RECORD_AND_EVAL.invokeExact(interp, script, flags);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static void addErrorInfo(MemorySegment interp, MemorySegment msg) {
        try {
            ADD_ERROR_INFO.invokeExact(interp, msg);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static MemorySegment getObjResult(MemorySegment interp) {
        try {
            return (MemorySegment) GET_OBJ_RESULT.invokeExact(interp);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static void setObjResult(MemorySegment interp, MemorySegment obj) {
        try {
            SET_OBJ_RESULT.invokeExact(interp, obj);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static void resetResult(MemorySegment interp) {
        try {
            RESET_RESULT.invokeExact(interp);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static MemorySegment getStringResult(MemorySegment interp) {
        try {
            return (MemorySegment) GET_STRING_RESULT.invokeExact(interp);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** Tcl_GetStringFromObj: the object's string representation as bytes (Tcl's modified UTF-8). */
    static byte[] stringOf(MemorySegment obj) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment len = a.allocate(JAVA_INT);
            MemorySegment p = (MemorySegment) GET_STRING_FROM_OBJ.invokeExact(obj, len);
            return bytesAt(p, len.get(JAVA_INT, 0));
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static byte[] byteArrayOf(MemorySegment obj) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment len = a.allocate(JAVA_INT);
            MemorySegment p = (MemorySegment) GET_BYTE_ARRAY_FROM_OBJ.invokeExact(obj, len);
            return bytesAt(p, len.get(JAVA_INT, 0));
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static MemorySegment newStringObj(byte[] bytes) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment s = bytes.length == 0 ? a.allocate(1) : a.allocateFrom(JAVA_BYTE, bytes);
            return (MemorySegment) NEW_STRING_OBJ.invokeExact(s, bytes.length);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static MemorySegment newByteArrayObj(byte[] bytes) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment s = bytes.length == 0 ? a.allocate(1) : a.allocateFrom(JAVA_BYTE, bytes);
            return (MemorySegment) NEW_BYTE_ARRAY_OBJ.invokeExact(s, bytes.length);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static MemorySegment newBooleanObj(boolean v) {
        try {
            return (MemorySegment) NEW_BOOLEAN_OBJ.invokeExact(v ? 1 : 0);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static MemorySegment newLongObj(long v) {
        try {
            return (MemorySegment) NEW_LONG_OBJ.invokeExact(v);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static MemorySegment newWideIntObj(long v) {
        try {
            return (MemorySegment) NEW_WIDE_INT_OBJ.invokeExact(v);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static MemorySegment newDoubleObj(double v) {
        try {
            return (MemorySegment) NEW_DOUBLE_OBJ.invokeExact(v);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** Tcl_NewListObj of ITEMS (each of refcount 0 or more; the list takes its own references). */
    static MemorySegment newListObj(MemorySegment[] items) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment v = a.allocate(ADDRESS, Math.max(1, items.length));
            for (int i = 0; i < items.length; i++) {
                v.setAtIndex(ADDRESS, i, items[i]);
            }
            return (MemorySegment) NEW_LIST_OBJ.invokeExact(items.length, v);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** A bignum object from the hexadecimal digits HEX (with a leading '-' when negative). */
    static MemorySegment newBignumObj(String hex) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment mp = a.allocate(MP_INT_SIZE);
            if ((int) MP_INIT.invokeExact(mp) != 0) {
                return MemorySegment.NULL;
            }
            try {
                if ((int) MP_READ_RADIX.invokeExact(mp, cstr(a, hex), 16) != 0) {
                    return MemorySegment.NULL;
                }
                return (MemorySegment) NEW_BIGNUM_OBJ.invokeExact(mp);
            } finally {
                MP_CLEAR.invokeExact(mp);
            }
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /**
     * Tcl_GetBignumFromObj, the value as signed hexadecimal digits; null when Tcl says the
     * object is not an integer (its message is then the interpreter's result).
     */
    static String bignumHex(MemorySegment interp, MemorySegment obj) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment mp = a.allocate(MP_INT_SIZE);
            if ((int) GET_BIGNUM_FROM_OBJ.invokeExact(interp, obj, mp) != TCL_OK) {
                return null;
            }
            try {
                MemorySegment size = a.allocate(JAVA_INT);
                if ((int) MP_RADIX_SIZE.invokeExact(mp, 16, size) != 0) {
                    throw new OutOfMemoryError("mp_radix_size");
                }
                int n = size.get(JAVA_INT, 0);
                MemorySegment buf = a.allocate(n + 1L);
                if ((int) MP_TO_RADIX.invokeExact(mp, buf, (long) n + 1, MemorySegment.NULL, 16) != 0) {
                    throw new OutOfMemoryError("mp_to_radix");
                }
                return new String(bytesAt(buf), StandardCharsets.ISO_8859_1);
            } finally {
                MP_CLEAR.invokeExact(mp);
            }
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** Tcl_GetBooleanFromObj: 0 or 1, or -1 on error (message in the interpreter). */
    static int getBooleanFromObj(MemorySegment interp, MemorySegment obj) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(JAVA_INT);
            int r = (int) GET_BOOLEAN_FROM_OBJ.invokeExact(interp, obj, out);
            return r == TCL_OK ? out.get(JAVA_INT, 0) : -1;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** Tcl_GetWideIntFromObj into OUT[0]; false on error. */
    static boolean getWideIntFromObj(MemorySegment interp, MemorySegment obj, long[] out) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment o = a.allocate(JAVA_LONG);
            int r = (int) GET_WIDE_INT_FROM_OBJ.invokeExact(interp, obj, o);
            out[0] = o.get(JAVA_LONG, 0);
            return r == TCL_OK;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static boolean getDoubleFromObj(MemorySegment interp, MemorySegment obj, double[] out) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment o = a.allocate(JAVA_DOUBLE);
            int r = (int) GET_DOUBLE_FROM_OBJ.invokeExact(interp, obj, o);
            out[0] = o.get(JAVA_DOUBLE, 0);
            return r == TCL_OK;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static boolean getDouble(MemorySegment interp, MemorySegment s, double[] out) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment o = a.allocate(JAVA_DOUBLE);
            int r = (int) GET_DOUBLE.invokeExact(interp, s, o);
            out[0] = o.get(JAVA_DOUBLE, 0);
            return r == TCL_OK;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** Tcl_GetBoolean: 0 or 1, -1 on error. */
    static int getBoolean(MemorySegment interp, MemorySegment s) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment o = a.allocate(JAVA_INT);
            int r = (int) GET_BOOLEAN.invokeExact(interp, s, o);
            return r == TCL_OK ? o.get(JAVA_INT, 0) : -1;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int exprString(MemorySegment interp, MemorySegment s) {
        try {
            return (int) EXPR_STRING.invokeExact(interp, s);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static boolean exprLong(MemorySegment interp, MemorySegment s, long[] out) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment o = a.allocate(JAVA_LONG);
            int r = (int) EXPR_LONG.invokeExact(interp, s, o);
            out[0] = o.get(JAVA_LONG, 0);
            return r == TCL_OK;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static boolean exprDouble(MemorySegment interp, MemorySegment s, double[] out) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment o = a.allocate(JAVA_DOUBLE);
            int r = (int) EXPR_DOUBLE.invokeExact(interp, s, o);
            out[0] = o.get(JAVA_DOUBLE, 0);
            return r == TCL_OK;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static boolean exprBoolean(MemorySegment interp, MemorySegment s, int[] out) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment o = a.allocate(JAVA_INT);
            int r = (int) EXPR_BOOLEAN.invokeExact(interp, s, o);
            out[0] = o.get(JAVA_INT, 0);
            return r == TCL_OK;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** Tcl_ListObjGetElements: the elements (borrowed), or null on error. */
    static MemorySegment[] listElements(MemorySegment interp, MemorySegment list) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment objc = a.allocate(JAVA_INT);
            MemorySegment objv = a.allocate(ADDRESS);
            if ((int) LIST_OBJ_GET_ELEMENTS.invokeExact(interp, list, objc, objv) != TCL_OK) {
                return null;
            }
            int n = objc.get(JAVA_INT, 0);
            MemorySegment v = objv.get(ADDRESS, 0).reinterpret(ADDRESS.byteSize() * n);
            MemorySegment[] out = new MemorySegment[n];
            for (int i = 0; i < n; i++) {
                out[i] = v.getAtIndex(ADDRESS, i);
            }
            return out;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** Tcl_ListObjLength, -1 on error. */
    static int listLength(MemorySegment interp, MemorySegment list) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment n = a.allocate(JAVA_INT);
            return (int) LIST_OBJ_LENGTH.invokeExact(interp, list, n) == TCL_OK ? n.get(JAVA_INT, 0) : -1;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** Tcl_ListObjIndex (borrowed), null on error. */
    static MemorySegment listIndex(MemorySegment interp, MemorySegment list, int i) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(ADDRESS);
            if ((int) LIST_OBJ_INDEX.invokeExact(interp, list, i, out) != TCL_OK) {
                return null;
            }
            return out.get(ADDRESS, 0);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** Tcl_SplitList of the C string S: the elements' bytes, or null on error. */
    static byte[][] splitList(MemorySegment interp, MemorySegment s) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment argc = a.allocate(JAVA_INT);
            MemorySegment argv = a.allocate(ADDRESS);
            if ((int) SPLIT_LIST.invokeExact(interp, s, argc, argv) != TCL_OK) {
                return null;
            }
            int n = argc.get(JAVA_INT, 0);
            MemorySegment v = argv.get(ADDRESS, 0);
            MemorySegment items = v.reinterpret(ADDRESS.byteSize() * n);
            byte[][] out = new byte[n][];
            for (int i = 0; i < n; i++) {
                out[i] = bytesAt(items.getAtIndex(ADDRESS, i));
            }
            FREE.invokeExact(v);
            return out;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static MemorySegment createObjCommand(MemorySegment interp, MemorySegment name, MemorySegment proc,
                                          long clientData, MemorySegment deleteProc) {
        try {
            return (MemorySegment) CREATE_OBJ_COMMAND.invokeExact(interp, name, proc,
                MemorySegment.ofAddress(clientData), deleteProc);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static void createFileHandler(int fd, int mask, MemorySegment proc, long clientData) {
        try {
            CREATE_FILE_HANDLER.invokeExact(fd, mask, proc, MemorySegment.ofAddress(clientData));
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static void deleteFileHandler(int fd) {
        try {
            DELETE_FILE_HANDLER.invokeExact(fd);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static MemorySegment createTimerHandler(int ms, MemorySegment proc, long clientData) {
        try {
            return (MemorySegment) CREATE_TIMER_HANDLER.invokeExact(ms, proc, MemorySegment.ofAddress(clientData));
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static void deleteTimerHandler(MemorySegment token) {
        try {
            DELETE_TIMER_HANDLER.invokeExact(token);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int doOneEvent(int flags) {
        try {
            return (int) DO_ONE_EVENT.invokeExact(flags);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static MemorySegment currentThread() {
        try {
            return (MemorySegment) GET_CURRENT_THREAD.invokeExact();
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /**
     * Tcl_QueueEvent on the current thread's queue: a Tcl_Alloc'd event (Tcl frees it once
     * PROC returns 1) with the word DATA after its two pointers.
     */
    static void queueEvent(MemorySegment proc, long data) {
        try {
            MemorySegment ev = ((MemorySegment) ALLOC.invokeExact(24)).reinterpret(24);
            ev.set(ADDRESS, 0, proc);
            ev.set(ADDRESS, 8, MemorySegment.NULL);
            ev.set(JAVA_LONG, 16, data);
            QUEUE_EVENT.invokeExact(ev, 0);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static void threadAlert(MemorySegment thread) {
        try {
            THREAD_ALERT.invokeExact(thread);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** Tcl_CreateEventSource (when CREATE) or Tcl_DeleteEventSource on the current thread. */
    static void eventSource(boolean create, MemorySegment setup, MemorySegment check, long data) {
        try {
            MemorySegment cd = MemorySegment.ofAddress(data);
            if (create) {
                CREATE_EVENT_SOURCE.invokeExact(setup, check, cd);
            } else {
                DELETE_EVENT_SOURCE.invokeExact(setup, check, cd);
            }
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** Tcl_SetMaxBlockTime(0): the event loop must not sleep. */
    static void noBlock() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment time = a.allocate(16);
            SET_MAX_BLOCK_TIME.invokeExact(time);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static void incrRef(MemorySegment obj) {
        try {
            INCR_REF.invokeExact(obj, HERE, 0);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static void decrRef(MemorySegment obj) {
        try {
            DECR_REF.invokeExact(obj, HERE, 0);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    // ---- upcall stubs

    /** An upcall stub for the static method NAME of OWNER with the C signature FD, for the life of the program. */
    static MemorySegment upcall(Class<?> owner, String name, FunctionDescriptor fd) {
        return org.pyvm.modules.corelib.NativeLib.upcall(MethodHandles.lookup(), owner, name, fd);
    }
}
