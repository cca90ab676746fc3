/**
 * Tokenizer, parser, syntax errors. May use ast. Dispatch on AST node types is written as
 * {@code instanceof} chains, not pattern-matching switches (see the compiler's package
 * notes: each switch spun a class at every start-up).
 */
package org.pyvm.parser;
