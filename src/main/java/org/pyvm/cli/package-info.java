/** The python-compatible command line and, later, the REPL. May use every layer. */
package org.pyvm.cli;
