package org.pyvm.modules.readline;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.pyvm.runtime.Gil;
import org.pyvm.runtime.Interrupts;
import org.pyvm.runtime.LineReader;
import org.pyvm.runtime.PyBaseException;

/**
 * Reading one line with GNU readline, in its callback mode so that a signal can end the
 * read: readline's handler is installed with the prompt, and each character that poll(2)
 * says is waiting on standard input goes to rl_callback_read_char, until readline hands
 * over the finished line (or NULL at end of input). The GIL is released while waiting. The
 * JVM's signal thread, not this one, takes SIGINT, so the wait is cut into 100 ms polls
 * after each of which a tripped signal's Python handler runs; if it raises
 * (KeyboardInterrupt), readline's line state is reset and the exception ends the read.
 * Compare CPython Modules/readline.c: call_readline, readline_until_enter_or_signal.
 */
final class LineEditor implements LineReader.Reader {

    static final LineEditor INSTANCE = new LineEditor();

    private static final int LC_CTYPE = 0;  // glibc's number
    private static final short POLLIN = 1;

    private MemorySegment handlerStub;
    /** The line rlhandler received; NOT_DONE until then (NULL at end of input). */
    private MemorySegment completed;
    private static final MemorySegment NOT_DONE = MemorySegment.ofAddress(-1L);

    private LineEditor() {}

    void makeStub(Linker linker) throws ReflectiveOperationException {
        handlerStub = linker.upcallStub(MethodHandles.lookup().bind(this, "lineHandler", MethodType.methodType(void.class, MemorySegment.class)),
            FunctionDescriptor.ofVoid(ADDRESS), Arena.global());
    }

    /** rlhandler: readline finished a line (NULL at end of input). */
    private void lineHandler(MemorySegment line) {
        completed = line;
        try {
            ReadlineModule.rl.handlerRemove.invokeExact();
        } catch (Throwable e) {
            // cannot fail; an upcall must not throw
        }
    }

    @Override
    public byte[] readLine(byte[] prompt) {
        Libreadline rl = ReadlineModule.rl;
        try (Locale saved = Locale.save(rl, true); Arena a = Arena.ofConfined()) {
            MemorySegment line = untilEnterOrSignal(rl, Libreadline.cString(a, prompt));
            if (line.address() == 0) {
                return new byte[0];
            }
            byte[] b = Libreadline.cBytes(line);
            if (ReadlineModule.autoHistory && b.length > 0) {
                // Not when it repeats the newest history entry.
                int n = ReadlineModule.historyCount();
                byte[] last = n > 0 ? ReadlineModule.entryLine((MemorySegment) rl.historyGet.invokeExact(n)) : null;
                if (!java.util.Arrays.equals(b, last == null ? new byte[0] : last)) {
                    rl.addHistory.invokeExact(line);
                }
            }
            rl.free.invokeExact(line);
            byte[] out = java.util.Arrays.copyOf(b, b.length + 1);
            out[b.length] = '\n';
            return out;
        } catch (Throwable e) {
            throw ReadlineModule.unchecked(e);
        }
    }

    private MemorySegment untilEnterOrSignal(Libreadline rl, MemorySegment prompt) throws Throwable {
        // Signals are the JVM's (and pyvm's) business, not readline's.
        rl.setInt("rl_catch_signals", 0);
        rl.setInt("rl_catch_sigwinch", 0);
        // No SIGWINCH handler of ours: the terminal's size is read again at each line instead.
        rl.resizeTerminal.invokeExact();
        completed = NOT_DONE;
        rl.handlerInstall.invokeExact(prompt, handlerStub);
        try (Arena a = Arena.ofConfined()) {
            MemorySegment pfd = a.allocate(8);  // struct pollfd { int fd; short events; short revents; }
            while (completed == NOT_DONE) {
                pfd.set(JAVA_INT, 0, 0);
                pfd.set(JAVA_SHORT, 4, POLLIN);
                pfd.set(JAVA_SHORT, 6, (short) 0);
                int ready;
                boolean released = Gil.release();
                try {
                    ready = (int) rl.poll.invokeExact(pfd, 1, 100);
                } finally {
                    Gil.reacquire(released);
                }
                if (ready > 0) {
                    rl.readChar.invokeExact();
                } else if (Interrupts.tripped || Thread.currentThread().isInterrupted()) {
                    PyBaseException e = Thread.interrupted() ? Interrupts.take() : Interrupts.runPending();
                    if (e != null) {
                        rl.freeLineState.invokeExact();
                        rl.sigCleanup.invokeExact();
                        rl.cleanupAfterSignal.invokeExact();
                        rl.handlerRemove.invokeExact();
                        throw e;
                    }
                }
            }
        }
        return completed;
    }

    /**
     * LC_CTYPE from the environment while readline runs (it decodes multibyte input by it),
     * then back to what it was: readline.c's SAVE_LOCALE/RESTORE_LOCALE.
     */
    static final class Locale implements AutoCloseable {
        private final Libreadline rl;
        private final MemorySegment saved;

        private Locale(Libreadline rl, MemorySegment saved) {
            this.rl = rl;
            this.saved = saved;
        }

        static Locale save(Libreadline rl, boolean fromEnvironment) throws Throwable {
            MemorySegment cur = (MemorySegment) rl.setlocale.invokeExact(LC_CTYPE, MemorySegment.NULL);
            MemorySegment copy = (MemorySegment) rl.strdup.invokeExact(cur);
            if (fromEnvironment) {
                try (Arena a = Arena.ofConfined()) {
                    MemorySegment r = (MemorySegment) rl.setlocale.invokeExact(LC_CTYPE, a.allocateFrom(""));
                }
            }
            return new Locale(rl, copy);
        }

        @Override
        public void close() {
            try {
                MemorySegment r = (MemorySegment) rl.setlocale.invokeExact(LC_CTYPE, saved);
                rl.free.invokeExact(saved);
            } catch (Throwable e) {
                throw ReadlineModule.unchecked(e);
            }
        }
    }
}
