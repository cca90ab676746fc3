package org.pyvm.modules.collections;

import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * The _collections module: deque ({@link Deque}, {@link DequeIter}), defaultdict
 * ({@link DefaultDict}), _tuplegetter ({@link TupleGetter}) and _count_elements.
 * OrderedDict is left out: collections/__init__.py keeps its pure-Python class when
 * _collections has none. Compare CPython Modules/_collectionsmodule.c.
 */
public final class CollectionsModule {

    private CollectionsModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_collections");
        m.addFunctions(CollectionsModule.class);
        PyDict d = m.getDict();
        d.setStr("__doc__", PyStr.of("High performance data structures.\n- deque:        ordered collection "
            + "accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n"));
        d.setStr("deque", Deque.TYPE);
        d.setStr("defaultdict", DefaultDict.TYPE);
        d.setStr("_deque_iterator", DequeIter.FORWARD);
        d.setStr("_deque_reverse_iterator", DequeIter.REVERSE);
        d.setStr("_tuplegetter", TupleGetter.TYPE);
        return m;
    }

    /**
     * _count_elements(mapping, iterable): mapping[e] = mapping.get(e, 0) + 1 for each
     * element (Counter's counting loop). A dict whose get and __setitem__ are dict's own
     * is updated directly. Compare _collections__count_elements_impl.
     */
    @ExposedMethod
    static void _count_elements(PyObject[] args, String[] kw) {
        Args.exact("_count_elements", args, kw, 2);
        PyObject mapping = args[0];
        PyObject it = Abstract.iter(args[1]);
        PyDict dictType = PyDict.TYPE.getDict();
        if (mapping instanceof PyDict d && mapping.type().lookup("get") == dictType.getStr("get")
            && mapping.type().lookup("__setitem__") == dictType.getStr("__setitem__")) {
            for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
                PyObject old = d.get(k);
                d.setItem(k, old == null ? PyInt.ONE : Ops.binaryOp(old, PyInt.ONE, Ops.NB_ADD));
            }
            return;
        }
        PyObject get = Abstract.getAttr(mapping, "get");
        for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
            PyObject old = Abstract.call(get, k, PyInt.ZERO);
            Abstract.setItem(mapping, k, Ops.binaryOp(old, PyInt.ONE, Ops.NB_ADD));
        }
    }
}
