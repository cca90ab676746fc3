package org.pyvm.modules;

import java.util.ArrayList;
import java.util.List;

/**
 * What the command line and the environment decide about {@code sys} for one run:
 * argv, path, the prefixes, and the values of {@code sys.flags}. The command line fills
 * it; {@link Sys#create} reads it. Compare CPython Include/cpython/initconfig.h:
 * PyConfig.
 */
public final class SysConfig {
    /** The configuration of the running interpreter (Setup.init), which a subinterpreter starts from. */
    public static volatile SysConfig current;

    public List<String> argv = new ArrayList<>(List.of(""));
    public List<String> path = new ArrayList<>();
    /** sys.executable; sys.prefix and friends (where the standard library was found), or null. */
    public String executable = System.getProperty("pyvm.executable", "pyvm");
    /** sys.orig_argv: the launcher's path as given, then the command line unparsed. */
    public List<String> origArgv = new ArrayList<>();
    public String prefix;
    public String execPrefix;
    /** The folder of the standard library (sys._stdlib_dir), or null when none was found. */
    public String stdlibDir;
    public int debug;
    public int inspect;
    public int interactive;
    public int optimize;
    public boolean dontWriteBytecode;
    public boolean noUserSite;
    public boolean noSite;
    public boolean ignoreEnvironment;
    public int verbose;
    /** -X int_max_str_digits or PYTHONINTMAXSTRDIGITS: sys.flags.int_max_str_digits and the starting limit. */
    public int intMaxStrDigits = 4300;
    public int bytesWarning;
    public boolean quiet;
    public boolean isolated;
    public boolean safePath;
    /** --check-hash-based-pycs: default, always or never. */
    public String checkHashBasedPycs = "default";
    /** -u or PYTHONUNBUFFERED: stdout and stderr without a buffer (write_through). */
    public boolean unbuffered;
    /** -X utf8[=0|1] or PYTHONUTF8: sys.flags.utf8_mode (PEP 540); UTF-8 for a text file opened without an encoding. */
    public int utf8Mode;
    /** sys.flags.hash_randomization: off only with PYTHONHASHSEED=0 (and no -R). */
    public boolean hashRandomization = true;
    /** sys.pycache_prefix: -X pycache_prefix=PATH, else PYTHONPYCACHEPREFIX; null for None. */
    public String pycachePrefix;
    /** -X warn_default_encoding or PYTHONWARNDEFAULTENCODING: EncodingWarning when no encoding is given (PEP 597). */
    public boolean warnDefaultEncoding;
    /** PYTHONIOENCODING's encoding for stdin, stdout and stderr (null: UTF-8). */
    public String stdioEncoding;
    /** PYTHONIOENCODING's error handler for stdin and stdout (null: surrogateescape, see IoModule.stdStream). */
    public String stdioErrors;
    /** -X dev or PYTHONDEVMODE: sys.flags.dev_mode (with the "default" warning filter and faulthandler on). */
    public boolean devMode;
    /** -X faulthandler, PYTHONFAULTHANDLER or dev mode: faulthandler is enabled (on stderr) from the start. */
    public boolean faulthandler;
    /** -X tracemalloc[=N] or PYTHONTRACEMALLOC=N: tracemalloc traces N frames from the start (0: off). */
    public int tracemalloc;
    /** sys.warnoptions: dev mode's "default", PYTHONWARNINGS, -W, then -b/-bb's BytesWarning filter. */
    public List<String> warnOptions = new ArrayList<>();
    public List<String> xOptions = new ArrayList<>();
    /**
     * False under -X no_debug_ranges or PYTHONNODEBUGRANGES: code objects keep line numbers
     * only, no end lines or columns. Compare CPython PyConfig.code_debug_ranges.
     */
    public boolean codeDebugRanges = true;
}
