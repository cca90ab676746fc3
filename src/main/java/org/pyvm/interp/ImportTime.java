package org.pyvm.interp;

import java.io.PrintStream;

/**
 * {@code -X importtime} (or PYTHONPROFILEIMPORTTIME): each module the import system finds
 * and loads prints a line to the process's standard error, "import time: SELF | CUMULATIVE
 * | NAME", microseconds rounded up, the name indented two spaces per level of nesting,
 * after a header line before the first. Self time is the cumulative time less that of the
 * imports nested in it. Printed whether or not the import succeeded, as CPython does. Like
 * CPython's it is one state per interpreter, not per thread (its output "may be broken in a
 * multi-threaded application"). Compare CPython Python/import.c: import_find_and_load.
 */
public final class ImportTime {

    private ImportTime() {}

    /** The stream lines go to while on (the C stderr CPython writes with fprintf), else null. */
    private static PrintStream out;
    private static boolean header;
    private static int level;
    /** Nanoseconds of the nested imports finished so far inside the import being timed. */
    private static long accumulated;

    /** Turns the report on (to ERR) or off (ERR null) for a run; resets its state. */
    public static void configure(PrintStream err) {
        out = err;
        header = true;
        level = 0;
        accumulated = 0;
    }

    static boolean on() {
        return out != null;
    }

    /**
     * Starts timing an import: the header on the first one, a level deeper. Returns the
     * accumulated time to hand back to {@link #end}.
     */
    static long begin() {
        if (header) {
            out.print("import time: self [us] | cumulative | imported package\n");
            out.flush();
            header = false;
        }
        level++;
        long saved = accumulated;
        accumulated = 0;
        return saved;
    }

    /** Ends timing the import of NAME that began at START (System.nanoTime) with SAVED. */
    static void end(String name, long start, long saved) {
        long cum = System.nanoTime() - start;
        level--;
        PrintStream o = out;
        if (o != null) {
            o.print(String.format("import time: %9d | %10d | %s%s\n",
                micros(cum - accumulated), micros(cum), " ".repeat(Math.max(0, level) * 2), name));
            o.flush();
        }
        accumulated = saved + cum;
    }

    /** _PyTime_AsMicroseconds with _PyTime_ROUND_CEILING. */
    private static long micros(long ns) {
        return Math.ceilDiv(ns, 1000L);
    }
}
