/** AST node classes mirroring Python's ast module. Uses no other layer. */
package org.pyvm.ast;
