/** Builtin modules written in Java (builtins, sys, _io, math, ...). May use runtime. */
package org.pyvm.modules;
