/** Frames, the eval loop, exception-table unwinding, generator frames. May use runtime and bytecode. */
package org.pyvm.interp;
