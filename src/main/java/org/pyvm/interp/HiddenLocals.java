package org.pyvm.interp;

import org.pyvm.bytecode.CodeObject;
import org.pyvm.runtime.PyCell;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyObject;

/**
 * The locals() / f_locals of a module or class body running an inlined comprehension
 * (PEP 709): the comprehension's variables live in "hidden" fast locals, which locals(),
 * vars(), dir(), eval() and f_locals see in a copy of the namespace while they are bound;
 * the namespace itself does not get them. Compare frameobject.c: _PyFrame_GetLocals with
 * include_hidden.
 */
final class HiddenLocals {
    private HiddenLocals() {}

    /** LOCALS (F's namespace dict), or a copy with F's bound hidden fast locals added. */
    static PyObject of(Frame f, PyObject locals) {
        byte[] kinds = f.code.localspluskinds;
        PyDict merged = null;
        for (int i = 0; i < f.nlocalsplus; i++) {
            if ((kinds[i] & CodeObject.CO_FAST_HIDDEN) == 0) {
                continue;
            }
            PyObject v = f.fast[i];
            if (v instanceof PyCell c && (kinds[i] & CodeObject.CO_FAST_CELL) != 0) {
                v = c.value;
            }
            if (v == null) {
                continue;
            }
            if (merged == null) {
                if (!(locals instanceof PyDict d)) {
                    return locals;
                }
                merged = d.copy();
            }
            merged.setItem(f.code.localsplusNameObjects[i], v);
        }
        return merged == null ? locals : merged;
    }
}
