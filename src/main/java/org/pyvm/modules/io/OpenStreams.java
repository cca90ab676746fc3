package org.pyvm.modules.io;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.runtime.PyBaseException;

/**
 * The writable streams of a run, so that what they still buffer is written when the
 * program ends. CPython gets this from reference counting (a file object is flushed and
 * closed when its last reference goes, at the latest when modules are cleared at exit);
 * pyvm has no reference counts, so at exit {@link #flushAll} flushes every
 * TextIOWrapper and then every buffered writer that is still open. (Like PyPy, a file
 * dropped without close() is not flushed at the moment it becomes garbage.)
 */
public final class OpenStreams {

    private OpenStreams() {}

    private static final List<WeakReference<IOObject>> STREAMS = new ArrayList<>();
    private static int sinceSweep;

    static synchronized void register(IOObject s) {
        if (++sinceSweep >= 256) {
            STREAMS.removeIf(r -> r.get() == null);
            sinceSweep = 0;
        }
        STREAMS.add(new WeakReference<>(s));
    }

    /** Flushes what the open streams hold (text layers first, then buffers), ignoring errors; forgets them. */
    public static void flushAll() {
        List<IOObject> live = new ArrayList<>();
        synchronized (OpenStreams.class) {
            for (WeakReference<IOObject> r : STREAMS) {
                IOObject o = r.get();
                if (o != null) {
                    live.add(o);
                }
            }
            STREAMS.clear();
        }
        for (IOObject o : live) {
            if (o instanceof TextIOWrapper t) {
                try {
                    t.flushIfOpen();
                } catch (PyBaseException e) {
                    // CPython reports these as "Exception ignored"; the run is over.
                }
            }
        }
        for (IOObject o : live) {
            if (o instanceof Buffered b && b.raw != null) {
                try {
                    if (!b.rawClosed()) {
                        b.flushWrites();
                    }
                } catch (PyBaseException e) {
                    // as above
                }
            }
        }
    }
}
