package org.pyvm.modules.select;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.modules.posix.FdTable;
import org.pyvm.modules.posix.OsErrors;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/** select.poll: registered descriptors and their event masks. Compare selectmodule.c: poll_poll. */
final class PollObject implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("select", "poll", PollObject.class, PollObject.class))
        .notSubclassable();

    final Map<Integer, Integer> fds = new LinkedHashMap<>();
    private boolean polling;

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        throw PyErr.typeError("cannot create 'select.poll' instances");
    }

    static int mask(PyObject o) {
        long v = Abstract.index(o).longValue();
        if (v < 0 || v > 0xffff) {
            throw PyErr.overflowError(v < 0 ? "Python int too small to convert to C unsigned short"
                : "Python int too large to convert to C unsigned short");
        }
        return (int) v;
    }

    @ExposedMethod
    static void register(PollObject self, PyObject[] args, String[] kw) {
        Args.noKeywords("register", kw);
        Args.positional("register", args.length, 1, 2);
        int fd = SelectModule.fdOf(args[0]);
        int ev = args.length > 1 ? mask(args[1]) : SelectModule.POLLIN | SelectModule.POLLPRI | SelectModule.POLLOUT;
        self.fds.put(fd, ev);
    }

    @ExposedMethod
    static void modify(PollObject self, PyObject fdArg, PyObject evArg) {
        int fd = SelectModule.fdOf(fdArg);
        int ev = mask(evArg);
        if (!self.fds.containsKey(fd)) {
            throw OsErrors.of(OsErrors.ENOENT);
        }
        self.fds.put(fd, ev);
    }

    @ExposedMethod
    static void unregister(PollObject self, PyObject fdArg) {
        int fd = SelectModule.fdOf(fdArg);
        if (self.fds.remove(fd) == null) {
            throw PyErr.keyError(PyInt.of(fd));
        }
    }

    /** poll(timeout=None, /): [(fd, revents)...]; the timeout is in milliseconds. */
    @ExposedMethod
    static PyObject poll(PollObject self, PyObject[] args, String[] kw) {
        Args.noKeywords("poll", kw);
        Args.positional("poll", args.length, 0, 1);
        long timeout = -1;
        if (args.length > 0 && args[0] != PyNone.NONE) {
            PyObject t = args[0];
            if (!(t instanceof PyInt) && t.type().slot(org.pyvm.runtime.Slot.INDEX) == null
                && t.type().slot(org.pyvm.runtime.Slot.FLOAT) == null) {
                throw PyErr.typeError("timeout must be an integer or None");
            }
            double ms = Abstract.toDouble(t);
            timeout = ms < 0 ? -1 : (long) Math.ceil(ms * 1e6);
        }
        if (self.polling) {
            throw PyErr.runtimeError("concurrent poll() invocation");
        }
        int[] fds = self.fds.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] want = new int[fds.length];
        int[] got = new int[fds.length];
        boolean pollStd = false;
        for (int i = 0; i < fds.length; i++) {
            want[i] = self.fds.get(fds[i]);
            pollStd |= FdTable.needsPolling(fds[i]);
        }
        self.polling = true;
        try {
            Readiness.await(() -> {
                int n = 0;
                for (int i = 0; i < fds.length; i++) {
                    got[i] = FdTable.pollEvents(fds[i], want[i]);
                    n += got[i] != 0 ? 1 : 0;
                }
                return n;
            }, timeout, pollStd);
        } finally {
            self.polling = false;
        }
        PyList out = new PyList();
        for (int i = 0; i < fds.length; i++) {
            if (got[i] != 0) {
                out.append(PyTuple.of(PyInt.of(fds[i]), PyInt.of(got[i])));
            }
        }
        return out;
    }
}
