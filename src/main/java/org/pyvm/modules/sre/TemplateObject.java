package org.pyvm.modules.sre;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * _sre.SRE_Template: a replacement template that re._parser.parse_template split into
 * [literal0, group1, literal1, ..., groupN, literalN]; expanding it against a match
 * joins the literals and the groups' texts (a group that did not match adds nothing).
 * Compare CPython Modules/_sre/sre.c: _sre_template_impl, expand_template.
 */
final class TemplateObject implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("_sre", "SRE_Template", TemplateObject.class,
        TemplateObject.class));

    final PyObject literal;
    private final int[] indices;
    /** The literal after each group, null when empty. */
    private final PyObject[] literals;

    TemplateObject(PyObject literal, int[] indices, PyObject[] literals) {
        this.literal = literal;
        this.indices = indices;
        this.literals = literals;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** No groups: the replacement is the literal itself. */
    boolean isLiteral() {
        return indices.length == 0;
    }

    PyObject expand(MatchObject m) {
        if (indices.length == 0) {
            return literal;
        }
        List<PyObject> out = new ArrayList<>(1 + 2 * indices.length);
        out.add(literal);
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] >= m.ngroups()) {
                throw PyErr.indexError("no such group");
            }
            PyObject item = m.slice(indices[i], PyNone.NONE);
            if (item != PyNone.NONE) {
                out.add(item);
            }
            if (literals[i] != null) {
                out.add(literals[i]);
            }
        }
        return Pieces.join(!(literal instanceof PyStr), out);
    }
}
