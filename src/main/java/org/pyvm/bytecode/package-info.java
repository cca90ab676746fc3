/** Opcode table, code-object data, marshal and .pyc files. Uses no other layer. */
package org.pyvm.bytecode;
