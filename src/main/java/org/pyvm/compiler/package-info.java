/** Symbol table, code generation, control-flow graph, assembler. May use ast and bytecode. */
package org.pyvm.compiler;
