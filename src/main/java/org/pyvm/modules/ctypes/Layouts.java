package org.pyvm.modules.ctypes;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The linker layouts of ctypes types passed or returned by value (what CPython describes
 * to libffi as an ffi_type): a value layout for a simple type, a struct or union layout
 * holding its fields (arrays inline, bit fields as their storage units) with explicit
 * padding. Null when the JDK's linker cannot pass the type (long double, packed members).
 * Compare CPython 3.12 stgdict.c: the ffi_type_pointer.elements PyCStructUnionType_update_stgdict fills.
 */
final class Layouts {

    private Layouts() {}

    /** The layout of a structure or union with the fields of S, or null. */
    static MemoryLayout of(StgInfo s, boolean isStruct) {
        try {
            return build(s, isStruct);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private static MemoryLayout build(StgInfo s, boolean isStruct) {
        List<CField> fields = new ArrayList<>(s.fields);
        if (!isStruct) {
            List<MemoryLayout> members = new ArrayList<>();
            for (CField f : fields) {
                members.add(member(f));
            }
            if (members.isEmpty() || s.size > maxSize(members)) {
                members.add(MemoryLayout.paddingLayout(s.size));
            }
            MemoryLayout u = MemoryLayout.unionLayout(members.toArray(new MemoryLayout[0]));
            return u.byteSize() == s.size ? u : null;
        }
        fields.sort(Comparator.comparingLong(f -> f.offset));
        List<MemoryLayout> members = new ArrayList<>();
        long pos = 0;
        for (CField f : fields) {
            if (f.offset < pos) {
                continue; // a bit field in a storage unit already laid out
            }
            if (f.offset > pos) {
                members.add(MemoryLayout.paddingLayout(f.offset - pos));
                pos = f.offset;
            }
            MemoryLayout m = member(f);
            members.add(m);
            pos += m.byteSize();
        }
        if (pos < s.size) {
            members.add(MemoryLayout.paddingLayout(s.size - pos));
        }
        MemoryLayout st = MemoryLayout.structLayout(members.toArray(new MemoryLayout[0]));
        return st.byteSize() == s.size ? st : null;
    }

    private static long maxSize(List<MemoryLayout> ms) {
        long m = 0;
        for (MemoryLayout l : ms) {
            m = Math.max(m, l.byteSize());
        }
        return m;
    }

    private static MemoryLayout member(CField f) {
        StgInfo d = StgInfo.of(f.proto);
        MemoryLayout m = inline(d);
        if (m == null) {
            throw new IllegalArgumentException("no layout");
        }
        return m;
    }

    /** The layout of a value of type D stored inline (an array as its items). */
    static MemoryLayout inline(StgInfo d) {
        switch (d.kind) {
            case ARRAY: {
                StgInfo item = StgInfo.of(d.proto);
                MemoryLayout il = item == null ? null : inline(item);
                return il == null ? null : MemoryLayout.sequenceLayout(d.length, il);
            }
            case POINTER, FUNCPTR:
                return ValueLayout.JAVA_LONG;
            default:
                return d.layout;
        }
    }
}
