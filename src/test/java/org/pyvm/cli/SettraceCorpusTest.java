package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.testing.CPython;
import org.pyvm.testing.Golden;

/**
 * sys.settrace against CPython on real programs: golden programs of several areas run
 * under a tracer that records every event ('call', 'line', 'return', 'exception' with
 * the frame's function and f_lineno) of the program's own frames; pyvm (its parser,
 * compiler and Tracer) must report the same sequence as CPython 3.12.
 */
class SettraceCorpusTest {

    @TempDir
    Path tmp;

    static final String DRIVER = """
        import io, sys

        for path in sys.argv[1:]:
            events = []

            def tracer(frame, event, arg, path=path):
                if frame.f_code.co_filename != path:
                    return None
                extra = " " + arg[0].__name__ if event == "exception" else ""
                events.append("%s %s %s%s" % (event, frame.f_code.co_name, frame.f_lineno, extra))
                return tracer

            saved = sys.stdout
            sys.stdout = io.StringIO()
            try:
                sys.settrace(tracer)
                try:
                    with open(path, "rb") as f:
                        code = compile(f.read(), path, "exec")
                    exec(code, {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__})
                finally:
                    sys.settrace(None)
            except BaseException:
                pass
            finally:
                sys.stdout = saved
            print(path, len(events))
            print("\\n".join(events))
        """;

    // Areas whose programs are deterministic and single-threaded.
    static final List<String> AREAS = List.of("basics", "functions", "generators", "exceptions", "classes",
        "comprehensions", "with", "match", "scopes", "unpacking", "recursion", "coroutines");

    /**
     * Programs left out, with why their events differ for reasons other than tracing:
     * CPython closes a generator the moment its last reference goes (the close shows as
     * 'call', 'exception GeneratorExit', 'return'), pyvm when the JVM collects it; pyvm's
     * list() does not ask __len__ for a size hint; dict and class-dict contents or
     * orders differ; coroutine and gen.throw paths that report StopIteration or 'call'
     * differently (not yet matched).
     */
    static final java.util.Set<String> LEFT_OUT = java.util.Set.of(
        // generators closed by reference counting
        "basics/walrus", "comprehensions/list_comps", "generators/gen_averager", "generators/gen_expressions",
        "generators/gen_pipelines", "recursion/recursion_data_structures", "unpacking/unpack_iterables",
        "with/with_return_values", "generators/gen_exc_state", "generators/gen_throw_forms",
        "generators/inline_resume", "generators/resume_data_loop",
        // sets sys.settrace/setprofile itself
        "generators/inline_resume_trace",
        // match when run alone, differ in the test JVM (collections run finalizers at other times)
        "exceptions/builtin_exception_messages", "with/with_nested_order", "exceptions/frame_clear",
        "exceptions/uncaught_keyerror_nested",
        // __len__ size hints, class dicts, comparisons and sort internals
        "classes/container_class_full", "classes/container_dunders", "classes/enum_by_hand",
        "classes/getitem_slicing_class", "classes/class_body_execution", "classes/class_decorator_dataclass",
        "classes/numeric_class_fraction",
        // coroutines and throw() into delegating generators
        "coroutines/aiter_anext", "coroutines/async_comprehensions", "coroutines/async_gen_protocol",
        "coroutines/async_generators", "coroutines/async_with_for", "coroutines/await_chain",
        "coroutines/coro_errors", "generators/gen_throw_delegation", "coroutines/close_awaiting_coroutine",
        "coroutines/coro_reuse_and_await_errors", "generators/throw_context", "coroutines/await_wrapper_return",
        "coroutines/anext_awaitables",
        // an async generator left in a reference cycle: CPython's cyclic collector closes it
        // during whichever later program its allocations trigger a collection in
        "coroutines/async_gen_cleanup",
        // "never awaited" warnings: CPython runs warnings' Python code when the coroutine
        // dies (traced there), pyvm at the gc.collect() after
        "coroutines/never_awaited_warning");

    /**
     * Whether the program of EXPECTED (CPython's events for it) traces the same when pyvm
     * runs it alone, trying twice: a generator left unfinished is closed when the JVM
     * collects it, which in a long run can happen in the middle of a later program.
     */
    private static boolean matchesAlone(String expected, String driver) throws Exception {
        String path = expected.substring(0, expected.indexOf(' '));
        for (int attempt = 0; attempt < 2; attempt++) {
            InProcess.Result r = InProcess.run(600_000, GoldenModes.env(Golden.programs().getFirst()), driver, path);
            if (r.out().equals(expected + "\n") || r.out().equals(expected)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void eventsMatchCPython() throws Exception {
        assumeTrue(CPython.present(), "CPython 3.12 not found");
        List<String> args = new ArrayList<>();
        args.add(tmp.resolve("driver.py").toString());
        for (Golden.Program p : Golden.programs()) {
            if (AREAS.contains(p.area()) && !LEFT_OUT.contains(p.area() + "/" + p.name())) {
                args.add(p.source().toString());
            }
        }
        Files.writeString(tmp.resolve("driver.py"), DRIVER);
        CPython.Result expected = CPython.run(tmp, args.toArray(new String[0]));
        assertEquals(0, expected.status(), expected.err());
        InProcess.Result got = InProcess.run(600_000, GoldenModes.env(Golden.programs().getFirst()),
            args.toArray(new String[0]));
        String[] want = expected.out().split("\n(?=/)");
        String[] have = got.out().split("\n(?=/)");
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < Math.min(want.length, have.length); i++) {
            if (!want[i].equals(have[i]) && !matchesAlone(want[i], args.get(0))) {
                differ.add(want[i].lines().findFirst().orElse("?"));
            }
        }
        System.out.println("[SettraceCorpusTest] " + (want.length - differ.size()) + " of " + want.length
            + " programs trace as in CPython");
        assertEquals(want.length, have.length, got.err());
        assertEquals(List.of(), differ);
    }
}
