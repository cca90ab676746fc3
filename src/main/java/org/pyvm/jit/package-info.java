/** Hot code to JVM bytecode, guards and deoptimization. May use interp, runtime and bytecode. */
package org.pyvm.jit;
