/** Tokenizer, parser, syntax errors. May use ast. */
package org.pyvm.parser;
