package org.pyvm.modules.subprocess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pyvm.modules.posix.ChildLauncher;
import org.pyvm.modules.posix.Ids;
import org.pyvm.modules.posix.OsErrors;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;

/**
 * fork_exec's gid, extra_groups and uid: CPython's child calls setgroups, setregid and
 * setreuid (in that order) before execve. The JVM cannot run code in the child, so the
 * child starts through util-linux's {@code setpriv}, which makes the same calls and execs
 * the program. What those calls or the execve as the new identity would refuse is found
 * here first (an unprivileged caller's change of ids: EPERM; a program or folder the new
 * identity may not execute or search: EACCES), so that the parent raises the same
 * PermissionError as CPython's child reports. Compare Modules/_posixsubprocess.c:
 * subprocess_fork_exec_impl (the argument conversions) and child_exec.
 */
final class ChildIds {

    private static final String[] SETPRIV = {"/usr/bin/setpriv", "/bin/setpriv"};

    /** -1 when not changed. */
    final int uid;
    final int gid;
    /** The extra groups, or null when not changed. */
    final int[] groups;

    private ChildIds(int uid, int gid, int[] groups) {
        this.uid = uid;
        this.gid = gid;
        this.groups = groups;
    }

    private static boolean given(PyObject o) {
        return o != null && o != PyNone.NONE;
    }

    /** The arguments as fork_exec converts them (_Py_Gid_Converter, _Py_Uid_Converter); null when none is given. */
    static ChildIds of(PyObject gidArg, PyObject groupsArg, PyObject uidArg) {
        int[] groups = null;
        if (given(groupsArg)) {
            if (!(groupsArg instanceof PyList list)) {
                throw PyErr.typeError("setgroups argument must be a list");
            }
            PyObject[] items = Abstract.toArray(list);
            groups = new int[items.length];
            for (int i = 0; i < items.length; i++) {
                try {
                    groups[i] = Ids.id(items[i], "gid");
                } catch (PyBaseException e) {
                    if (!Abstract.isInstance(e, PyExc.OverflowError) && !Abstract.isInstance(e, PyExc.TypeError)) {
                        throw e;
                    }
                    throw PyErr.valueError("invalid group id");
                }
            }
        }
        int gid = given(gidArg) ? Ids.id(gidArg, "gid") : -1;
        int uid = given(uidArg) ? Ids.id(uidArg, "uid") : -1;
        if (groups == null && gid == -1 && uid == -1) {
            return null;
        }
        return new ChildIds(uid, gid, groups);
    }

    /** The "Uid:"/"Gid:" (real, effective, saved, fs) or "Groups:" line of /proc/self/status. */
    private static long[] status(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    String rest = line.substring(key.length()).trim();
                    if (rest.isEmpty()) {
                        return new long[0];
                    }
                    String[] parts = rest.split("\\s+");
                    long[] out = new long[parts.length];
                    for (int i = 0; i < parts.length; i++) {
                        out[i] = Long.parseLong(parts[i]);
                    }
                    return out;
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc: treated as unprivileged with no groups
        }
        return new long[] {-2, -2, -2, -2};
    }

    private static boolean among(long id, long[] ids, int n) {
        for (int i = 0; i < Math.min(n, ids.length); i++) {
            if (ids[i] == id) {
                return true;
            }
        }
        return false;
    }

    /**
     * The errno the child's setgroups/setregid/setreuid would fail with, 0 when they would
     * succeed: without root, only the process's own real, effective or saved ids can be
     * taken, and setgroups is refused.
     */
    int idError() {
        long[] u = status("Uid:");
        if (u.length > 1 && u[1] == 0) {
            return 0;
        }
        long[] g = status("Gid:");
        if (groups != null
                || gid != -1 && !among(Integer.toUnsignedLong(gid), g, 3)
                || uid != -1 && !among(Integer.toUnsignedLong(uid), u, 3)) {
            return OsErrors.EPERM;
        }
        return 0;
    }

    /** The errno execve(P) would give once the ids are changed, 0 when it would run. */
    int execError(Path p) {
        long[] u = status("Uid:");
        long newUid = uid != -1 ? Integer.toUnsignedLong(uid) : u.length > 1 ? u[1] : -2;
        if (newUid == 0) {
            return ChildLauncher.execError(p);
        }
        long[] g = status("Gid:");
        long newGid = gid != -1 ? Integer.toUnsignedLong(gid) : g.length > 1 ? g[1] : -2;
        Set<Long> gids = new HashSet<>();
        gids.add(newGid);
        if (groups != null) {
            for (int x : groups) {
                gids.add(Integer.toUnsignedLong(x));
            }
        } else {
            for (long x : status("Groups:")) {
                gids.add(x);
            }
        }
        // path_resolution(7): each folder on the way must be searchable, then the file
        // must be a regular file with execute permission.
        Path abs = p.toAbsolutePath().normalize();
        Path dir = abs.getRoot();
        for (int i = 0; i < abs.getNameCount(); i++) {
            if (!Files.exists(dir)) {
                return OsErrors.ENOENT;
            }
            if (!Files.isDirectory(dir)) {
                return OsErrors.ENOTDIR;
            }
            if (!allowed(dir, newUid, gids)) {
                return OsErrors.EACCES;
            }
            dir = dir.resolve(abs.getName(i));
        }
        if (!Files.exists(abs)) {
            return OsErrors.ENOENT;
        }
        if (!Files.isRegularFile(abs) || !allowed(abs, newUid, gids)) {
            return OsErrors.EACCES;
        }
        return 0;
    }

    /** Whether the owner, group or other execute/search bit that applies to UID and GIDS is set on P. */
    private static boolean allowed(Path p, long uid, Set<Long> gids) {
        try {
            Map<String, Object> a = Files.readAttributes(p, "unix:mode,uid,gid");
            int mode = (Integer) a.get("mode");
            long owner = ((Number) a.get("uid")).longValue();
            long group = ((Number) a.get("gid")).longValue();
            int shift = owner == uid ? 6 : gids.contains(group) ? 3 : 0;
            return (mode >> shift & 1) != 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** ARGV run by setpriv with the ids changed; NotImplementedError without setpriv. */
    List<String> wrap(List<String> argv) {
        String setpriv = null;
        for (String s : SETPRIV) {
            if (Files.isExecutable(Path.of(s))) {
                setpriv = s;
                break;
            }
        }
        if (setpriv == null) {
            throw PyErr.notSupported("subprocess with user, group or extra_groups without the setpriv program");
        }
        List<String> out = new ArrayList<>(argv.size() + 5);
        out.add(setpriv);
        if (groups == null) {
            out.add("--keep-groups");
        } else if (groups.length == 0) {
            out.add("--clear-groups");
        } else {
            StringBuilder b = new StringBuilder("--groups=");
            for (int i = 0; i < groups.length; i++) {
                b.append(i == 0 ? "" : ",").append(Integer.toUnsignedLong(groups[i]));
            }
            out.add(b.toString());
        }
        if (gid != -1) {
            out.add("--regid=" + Integer.toUnsignedLong(gid));
        }
        if (uid != -1) {
            out.add("--reuid=" + Integer.toUnsignedLong(uid));
        }
        out.add("--");
        out.addAll(argv);
        return out;
    }
}
