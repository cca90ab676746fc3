package org.pyvm.runtime;

/** An object with an instance dictionary ({@code __dict__}). */
public interface HasDict {

    PyDict getDict();
}
