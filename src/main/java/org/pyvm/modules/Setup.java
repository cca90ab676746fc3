package org.pyvm.modules;

import java.io.PrintStream;
import java.util.List;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyRuntime;

/** Registers the builtin modules written in Java for one run of a program. */
public final class Setup {

    private Setup() {}

    /** Fresh interpreter state: sys (with ARGV, PATH and the streams) and builtins. */
    public static void init(List<String> argv, List<String> path, PrintStream out, PrintStream err) {
        PyRuntime.reset();
        TextStream stdout = new TextStream(out, "<stdout>");
        TextStream stderr = new TextStream(err, "<stderr>");
        PyRuntime.BUILTIN_MODULES.clear();
        PyRuntime.BUILTIN_MODULES.put("builtins", Builtins::create);
        PyRuntime.BUILTIN_MODULES.put("sys", () -> Sys.create(argv, path, stdout, stderr));
        PyRuntime.BUILTIN_MODULES.put("math", MathModule::create);
        PyRuntime.BUILTIN_MODULES.put("time", TimeModule::create);
        PyRuntime.BUILTIN_MODULES.put("itertools", org.pyvm.modules.itertools.ItertoolsModule::create);
        PyRuntime.BUILTIN_MODULES.put("_operator", org.pyvm.modules.operator.OperatorModule::create);
        PyRuntime.BUILTIN_MODULES.put("_functools", org.pyvm.modules.functools.FunctoolsModule::create);
        PyRuntime.BUILTIN_MODULES.put("_collections", org.pyvm.modules.collections.CollectionsModule::create);
        PyRuntime.BUILTIN_MODULES.put("_codecs", org.pyvm.modules.codecs.CodecsModule::create);
        PyRuntime.BUILTIN_MODULES.put("_struct", org.pyvm.modules.struct.StructModule::create);
        PyRuntime.BUILTIN_MODULES.put("_random", org.pyvm.modules.random.RandomModule::create);
        PyRuntime.BUILTIN_MODULES.put("_bisect", org.pyvm.modules.bisect.BisectModule::create);
        PyRuntime.BUILTIN_MODULES.put("_heapq", org.pyvm.modules.heapq.HeapqModule::create);
        PyRuntime.BUILTIN_MODULES.put("_md5", org.pyvm.modules.hashes.HashModules::md5);
        PyRuntime.BUILTIN_MODULES.put("_sha1", org.pyvm.modules.hashes.HashModules::sha1);
        PyRuntime.BUILTIN_MODULES.put("_sha2", org.pyvm.modules.hashes.HashModules::sha2);
        PyRuntime.BUILTIN_MODULES.put("_sha3", org.pyvm.modules.hashes.HashModules::sha3);
        PyRuntime.BUILTIN_MODULES.put("_blake2", org.pyvm.modules.hashes.HashModules::blake2);
        PyRuntime.BUILTIN_MODULES.put("binascii", org.pyvm.modules.binascii.BinasciiModule::create);
        PyRuntime.BUILTIN_MODULES.put("zlib", org.pyvm.modules.zlib.ZlibModule::create);
        PyRuntime.BUILTIN_MODULES.put("_json", org.pyvm.modules.json.JsonModule::create);
        PyRuntime.BUILTIN_MODULES.put("array", org.pyvm.modules.array.ArrayModule::create);
        PyRuntime.builtinModule("sys");
        PyRuntime.builtinModule("builtins");
    }

    public static PyModule sys() {
        return PyRuntime.builtinModule("sys");
    }

    /** Flushes sys.stdout and sys.stderr (at exit). */
    public static void flush() {
        for (String n : new String[] {"stdout", "stderr"}) {
            Object s = sys().getDict().getStr(n);
            if (s instanceof TextStream t) {
                t.flush();
            }
        }
    }

    /** Writes to sys.stderr. */
    public static void writeErr(String s) {
        Sys.writeErr(s);
    }
}
