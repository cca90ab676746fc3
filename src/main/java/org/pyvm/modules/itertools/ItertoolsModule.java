package org.pyvm.modules.itertools;

import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * The itertools module: its types (one class per family: {@link Infinite},
 * {@link Selecting}, {@link Combining}, {@link GroupBy}, {@link Tee},
 * {@link Combinatorics}) and the function tee. Compare CPython Modules/itertoolsmodule.c.
 */
public final class ItertoolsModule {

    private ItertoolsModule() {}

    /** What __reduce__, __setstate__ and __copy__ warn in 3.12. Compare itertoolsmodule.c: ITERTOOL_PICKLE_DEPRECATION. */
    static void pickleDeprecated() {
        org.pyvm.runtime.Abstract.warn(org.pyvm.runtime.PyExc.DeprecationWarning,
            "Pickle, copy, and deepcopy support will be removed from itertools in Python 3.14.");
    }

    public static PyModule create() {
        PyModule m = new PyModule("itertools");
        m.addFunctions(ItertoolsModule.class);
        PyDict d = m.getDict();
        d.setStr("__doc__", PyStr.of("Functional tools for creating and using iterators."));
        PyType[] types = {
            Infinite.Count.TYPE, Infinite.Cycle.TYPE, Infinite.Repeat.TYPE,
            Combining.Accumulate.TYPE, Combining.Batched.TYPE, Combining.Chain.TYPE, Combining.Pairwise.TYPE,
            Combining.StarMap.TYPE, Combining.ZipLongest.TYPE,
            Selecting.Compress.TYPE, Selecting.DropWhile.TYPE, Selecting.TakeWhile.TYPE, Selecting.FilterFalse.TYPE,
            Selecting.ISlice.TYPE,
            GroupBy.TYPE, GroupBy.Grouper.TYPE, Tee.TYPE, Tee.Data.TYPE,
            Combinatorics.Product.TYPE, Combinatorics.Permutations.TYPE, Combinatorics.Combinations.TYPE,
            Combinatorics.CombinationsWithReplacement.TYPE,
        };
        for (PyType t : types) {
            d.setStr(Abstract.getAttr(t, "__qualname__").toString(), t);
        }
        return m;
    }

    /** tee(iterable, n=2, /): n independent iterators over one iterable. */
    @ExposedMethod
    static PyObject tee(PyObject[] args, String[] kw) {
        Args.noKeywords("tee", kw);
        Args.positional("tee", args.length, 1, 2);
        long n = args.length == 2 ? Abstract.index(args[1]).longValue() : 2;
        return Tee.tee(args[0], n);
    }
}
