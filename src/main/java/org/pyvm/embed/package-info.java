/** The Java API for running Python inside Java programs (JSR-223). May use interp and runtime. */
package org.pyvm.embed;
