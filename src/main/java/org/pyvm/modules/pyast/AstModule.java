package org.pyvm.modules.pyast;

import java.util.Map;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.SourceCompilation;

/**
 * {@code _ast}: the node classes and compile()'s AST flags, which Lib/ast.py re-exports.
 * Parsing to nodes and compiling nodes go through compile() ({@link SourceCompilation}).
 * Compare CPython Python/Python-ast.c: astmodule_exec.
 */
public final class AstModule {

    private AstModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_ast");
        PyDict d = m.getDict();
        Map<String, PyType> types = AstTypes.all();
        d.setStr("AST", types.get("AST"));
        d.setStr("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyInt.of(SourceCompilation.PyCF_ALLOW_TOP_LEVEL_AWAIT));
        d.setStr("PyCF_ONLY_AST", PyInt.of(SourceCompilation.PyCF_ONLY_AST));
        d.setStr("PyCF_TYPE_COMMENTS", PyInt.of(SourceCompilation.PyCF_TYPE_COMMENTS));
        for (Map.Entry<String, PyType> e : types.entrySet()) {
            d.setStr(e.getKey(), e.getValue());
        }
        return m;
    }
}
