package org.pyvm.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The C3 linearization of a class's bases. Compare CPython typeobject.c: mro_implementation. */
final class C3 {

    private C3() {}

    static PyType[] mro(PyType t) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : t.bases) {
            seqs.add(new ArrayList<>(Arrays.asList(b.mro)));
        }
        seqs.add(new ArrayList<>(Arrays.asList(t.bases)));
        List<PyType> out = new ArrayList<>();
        out.add(t);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return out.toArray(new PyType[0]);
            }
            PyType next = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> o : seqs) {
                    if (o.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                // Same wording as CPython's set_mro_error.
                StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases");
                List<PyType> seen = new ArrayList<>();
                for (List<PyType> s : seqs) {
                    if (!seen.contains(s.get(0))) {
                        seen.add(s.get(0));
                        sb.append(seen.size() == 1 ? " " : ", ").append(s.get(0).name);
                    }
                }
                throw PyErr.typeError(sb.toString());
            }
            out.add(next);
            for (List<PyType> s : seqs) {
                if (s.get(0) == next) {
                    s.remove(0);
                }
            }
        }
    }
}
