package org.pyvm.modules.corelib;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.pyvm.runtime.PyMemberDescr;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * Members that builtin modules give their types (CPython's PyMemberDef entries, some
 * writable: {@code defaultdict.default_factory}, {@code _tuplegetter.__doc__}): the
 * runtime's {@code member_descriptor} ({@link PyMemberDescr}), so that
 * {@code types.MemberDescriptorType} and {@code inspect.ismemberdescriptor} see them.
 */
public final class Member {

    private Member() {}

    /** Installs member NAME in the dictionary of OWNER: GETTER reads, SETTER writes or (null value) deletes. */
    public static void install(PyType owner, String name, Function<PyObject, PyObject> getter,
                               BiConsumer<PyObject, PyObject> setter) {
        owner.define(name, PyMemberDescr.of(name, owner, getter, setter));
    }
}
