/**
 * Symbol table, code generation, control-flow graph, assembler. May use ast and bytecode.
 * Dispatch on AST node types is written as {@code instanceof} chains, not pattern-matching
 * switches: each such switch's {@code typeSwitch} bootstrap spins a class on first use, which
 * the JVM's AOT cache cannot hold, and every pyvm run compiles something (its -c command or
 * main script), so each switch cost milliseconds of every start-up.
 */
package org.pyvm.compiler;
