/** The object model: PyObject, PyType and its slots, one class per builtin type, exceptions, argument parsing. May use bytecode. */
package org.pyvm.runtime;
