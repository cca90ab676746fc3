package org.pyvm.modules.tkinter;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.pyvm.modules.corelib.NativeGil;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;

/**
 * Tcl's calls into Python: the command procedure of every Python command (PythonCmd and
 * PythonCmdDelete), file handlers (FileHandler) and timer handlers (TimerHandler) of
 * Modules/_tkinter.c. One FFM upcall stub per kind, made once; Tcl's ClientData is a number
 * naming an entry of a Java table. Each stub catches everything: nothing may unwind
 * through Tcl's C frames. An exception in a callback is kept as _tkinter.c keeps it
 * (errorInCmd/excInCmd) and raised by the next mainloop; a command also returns TCL_ERROR.
 */
final class Callbacks {

    private Callbacks() {}

    private static final AtomicLong IDS = new AtomicLong(1);

    /** A Python command: the interpreter state (not the tkapp) and the callable. */
    private record Command(TclInterp app, PyObject func) {}

    private static final Map<Long, Command> COMMANDS = new ConcurrentHashMap<>();
    private static final Map<Long, TimerTokenObject> TIMERS = new ConcurrentHashMap<>();

    /** A file handler: FileHandler_ClientData. */
    private record FileHandler(PyObject func, PyObject file, int fd) {}

    private static final Map<Long, FileHandler> FILES = new ConcurrentHashMap<>();

    /** The interpreters, by the number a Tcl event for other threads' calls carries. */
    private static final Map<Long, TclInterp> INTERPS = new ConcurrentHashMap<>();

    /**
     * Registers a new interpreter and, on its (the current) thread, the Tcl event source that
     * serves other threads' calls: its setup procedure keeps Tcl from sleeping while calls
     * wait, its check procedure queues one event that runs them. (Tcl_ThreadQueueEvent,
     * which CPython uses, finds the thread by its pthread id in a list that a thread only
     * leaves through Tcl_FinalizeThread; a new thread may reuse a dead one's id, and its
     * events would go to the dead thread.)
     */
    static long register(TclInterp app) {
        long id = IDS.getAndIncrement();
        INTERPS.put(id, app);
        TclLib.eventSource(true, Stubs.SETUP, Stubs.CHECK, id);
        return id;
    }

    /** On the interpreter's thread, when it is deleted. */
    static void unregister(TclInterp app) {
        INTERPS.remove(app.id);
        TclLib.eventSource(false, Stubs.SETUP, Stubs.CHECK, app.id);
    }

    /** Wakes APP's thread if it sleeps in Tcl's event loop (best effort: Tcl_ThreadAlert). */
    static void sendCalls(TclInterp app) {
        TclLib.threadAlert(app.threadId);
    }

    /** The event source's Tcl_EventSetupProc. */
    static void setupCalls(MemorySegment clientData, int flags) {
        try {
            TclInterp app = INTERPS.get(clientData.address());
            if (app != null && app.hasQueuedCalls()) {
                TclLib.noBlock();
            }
        } catch (Throwable t) {
            keepSafely(t);
        }
    }

    /** The event source's Tcl_EventCheckProc: one event for the waiting calls. */
    static void checkCalls(MemorySegment clientData, int flags) {
        try {
            TclInterp app = INTERPS.get(clientData.address());
            if (app != null && app.hasQueuedCalls() && app.markEventQueued()) {
                TclLib.queueEvent(Stubs.CALLS, app.id);
            }
        } catch (Throwable t) {
            keepSafely(t);
        }
    }

    /** The Tcl_EventProc of that event (Tkapp_CallProc, var_proc, Tkapp_CommandProc): 1, done. */
    static int callsEvent(MemorySegment ev, int flags) {
        boolean gil = NativeGil.enterCallback();
        try {
            TclInterp app = INTERPS.get(ev.reinterpret(24).get(java.lang.foreign.ValueLayout.JAVA_LONG, 16));
            if (app != null) {
                app.clearEventQueued();
                app.runQueuedCalls();
            }
        } catch (Throwable t) {
            keepSafely(t);
        } finally {
            NativeGil.exitCallback(gil);
        }
        return 1;
    }

    // ---- the exception a callback raised (errorInCmd, excInCmd)

    private static volatile PyBaseException excInCmd;

    static boolean errorInCmd() {
        return excInCmd != null;
    }

    /** The kept exception, cleared; null when none. */
    static PyBaseException takeError() {
        PyBaseException e = excInCmd;
        excInCmd = null;
        return e;
    }

    private static void keep(Throwable t) {
        excInCmd = asPython(t);
    }

    private static PyBaseException asPython(Throwable t) {
        if (t instanceof PyBaseException e) {
            return e;
        }
        if (t instanceof StackOverflowError) {
            return PyErr.of(PyExc.RecursionError, "maximum recursion depth exceeded");
        }
        if (t instanceof OutOfMemoryError) {
            return PyErr.memoryError();
        }
        return PyErr.systemError("pyvm: " + t);
    }

    // ---- stubs

    private static final class Stubs {
        static final MemorySegment CMD = TclLib.upcall(Callbacks.class, "pythonCmd",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS));
        static final MemorySegment CMD_DELETE = TclLib.upcall(Callbacks.class, "pythonCmdDelete",
            FunctionDescriptor.ofVoid(ADDRESS));
        static final MemorySegment FILE = TclLib.upcall(Callbacks.class, "fileHandler",
            FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT));
        static final MemorySegment CALLS = TclLib.upcall(Callbacks.class, "callsEvent",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        static final MemorySegment SETUP = TclLib.upcall(Callbacks.class, "setupCalls",
            FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT));
        static final MemorySegment CHECK = TclLib.upcall(Callbacks.class, "checkCalls",
            FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT));
        static final MemorySegment TIMER = TclLib.upcall(Callbacks.class, "timerHandler",
            FunctionDescriptor.ofVoid(ADDRESS));
    }

    /** Tcl_CreateObjCommand of a Python command; false when Tcl refuses. */
    static boolean createCommand(TclInterp app, MemorySegment name, PyObject func) {
        long id = IDS.getAndIncrement();
        COMMANDS.put(id, new Command(app, func));
        MemorySegment token = TclLib.createObjCommand(app.interp, name, Stubs.CMD, id, Stubs.CMD_DELETE);
        if (token.address() == 0) {
            COMMANDS.remove(id);
            return false;
        }
        return true;
    }

    /** PythonCmd: calls the Python function with the arguments as str and sets its result. */
    static int pythonCmd(MemorySegment clientData, MemorySegment interp, int objc, MemorySegment objv) {
        boolean gil = NativeGil.enterCallback();
        try {
            Command c = COMMANDS.get(clientData.address());
            if (c == null) {
                return TclLib.TCL_ERROR;
            }
            MemorySegment v = objv.reinterpret(ADDRESS.byteSize() * objc);
            PyObject[] args = new PyObject[objc - 1];
            for (int i = 1; i < objc; i++) {
                args[i - 1] = TclConvert.unicode(v.getAtIndex(ADDRESS, i));
            }
            PyObject res = Abstract.call(c.func, args);
            TclLib.setObjResult(interp, TclConvert.asObj(res));
            return TclLib.TCL_OK;
        } catch (Throwable t) {
            keepSafely(t);
            return TclLib.TCL_ERROR;
        } finally {
            NativeGil.exitCallback(gil);
        }
    }

    /** PythonCmdDelete: the command is gone; drop the function. */
    static void pythonCmdDelete(MemorySegment clientData) {
        COMMANDS.remove(clientData.address());
    }

    // ---- file handlers

    static void createFileHandler(PyObject file, int fd, int mask, PyObject func) {
        long id = IDS.getAndIncrement();
        FILES.put(id, new FileHandler(func, file, fd));
        TclLib.createFileHandler(fd, mask, Stubs.FILE, id);
    }

    static void deleteFileHandler(int fd) {
        FILES.values().removeIf(h -> h.fd == fd);
        TclLib.deleteFileHandler(fd);
    }

    /** FileHandler: func(file, mask). */
    static void fileHandler(MemorySegment clientData, int mask) {
        boolean gil = NativeGil.enterCallback();
        try {
            FileHandler h = FILES.get(clientData.address());
            if (h != null) {
                Abstract.call(h.func, h.file, PyInt.of(mask));
            }
        } catch (Throwable t) {
            keepSafely(t);
        } finally {
            NativeGil.exitCallback(gil);
        }
    }

    // ---- timers

    static void createTimer(TimerTokenObject tok, int ms) {
        long id = IDS.getAndIncrement();
        TIMERS.put(id, tok);
        tok.id = id;
        tok.token = TclLib.createTimerHandler(ms, Stubs.TIMER, id);
    }

    /** deletetimerhandler: the handler and its function are dropped. */
    static void deleteTimer(TimerTokenObject tok) {
        if (tok.token != null) {
            TclLib.deleteTimerHandler(tok.token);
            tok.token = null;
        }
        TIMERS.remove(tok.id);
        tok.func = null;
    }

    /** TimerHandler: calls the function once. */
    static void timerHandler(MemorySegment clientData) {
        boolean gil = NativeGil.enterCallback();
        try {
            TimerTokenObject tok = TIMERS.remove(clientData.address());
            if (tok == null || tok.func == null) {
                return;
            }
            PyObject func = tok.func;
            tok.func = null;
            tok.token = null;
            Abstract.call(func);
        } catch (Throwable t) {
            keepSafely(t);
        } finally {
            NativeGil.exitCallback(gil);
        }
    }

    private static void keepSafely(Throwable t) {
        try {
            keep(t);
        } catch (Throwable ignored) {
            // nothing may cross into C
        }
    }
}
