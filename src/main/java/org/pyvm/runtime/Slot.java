package org.pyvm.runtime;

/**
 * The special methods a type caches in its slot table. A slot holds whatever the MRO
 * lookup of its name found (a builtin method descriptor, a Python function, ...), so
 * builtin types and Python classes fill the same table the same way: from their
 * dictionaries. Compare CPython Objects/typeobject.c: slotdefs (there the table holds C
 * function pointers and wrappers; here it holds the looked-up attribute).
 */
public enum Slot {
    GETATTRIBUTE("__getattribute__"), GETATTR("__getattr__"), SETATTR("__setattr__"),
    DELATTR("__delattr__"), CALL("__call__"), REPR("__repr__"), STR("__str__"), HASH("__hash__"),
    EQ("__eq__"), NE("__ne__"), LT("__lt__"), LE("__le__"), GT("__gt__"), GE("__ge__"),
    BOOL("__bool__"), LEN("__len__"), ITER("__iter__"), NEXT("__next__"),
    GETITEM("__getitem__"), SETITEM("__setitem__"), DELITEM("__delitem__"),
    CONTAINS("__contains__"), GET("__get__"), SET("__set__"), DELETE("__delete__"),
    INIT("__init__"), NEW("__new__"), INDEX("__index__"), INT("__int__"), FLOAT("__float__"),
    NEG("__neg__"), POS("__pos__"), ABS("__abs__"), INVERT("__invert__"),
    ENTER("__enter__"), EXIT("__exit__"), FORMAT("__format__"), MISSING("__missing__"),
    REVERSED("__reversed__"), ROUND("__round__"), TRUNC("__trunc__");

    public final String dunder;
    private PyStr key;

    Slot(String dunder) {
        this.dunder = dunder;
    }

    /** The name as a str, made on first use (not in the enum's initializer, to keep class initialization acyclic). */
    PyStr key() {
        PyStr k = key;
        if (k == null) {
            k = PyStr.intern(dunder);
            key = k;
        }
        return k;
    }

    static final int COUNT = values().length;
}
