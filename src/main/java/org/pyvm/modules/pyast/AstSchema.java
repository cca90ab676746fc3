package org.pyvm.modules.pyast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of Python's {@code ast} node classes: CPython 3.12's Parser/Python.asdl written
 * as a table here (one line per ASDL type; its constructors after {@code =}, separated by
 * {@code |}; {@code @} introduces the attributes), read once into {@link NodeClass}
 * descriptions. {@link AstTypes} makes the Python classes from them, and the converters
 * between pyvm's Java tree and Python node objects read field types and qualifiers here.
 * Compare CPython Parser/asdl_c.py, which generates Python/Python-ast.c from the same facts.
 */
public final class AstSchema {

    private AstSchema() {}

    private static final String ASDL = """
        mod = Module(stmt* body, type_ignore* type_ignores) | Interactive(stmt* body) | Expression(expr body) \
        | FunctionType(expr* argtypes, expr returns)
        stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, \
        string? type_comment, type_param* type_params) \
        | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, \
        string? type_comment, type_param* type_params) \
        | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list, \
        type_param* type_params) \
        | Return(expr? value) | Delete(expr* targets) | Assign(expr* targets, expr value, string? type_comment) \
        | TypeAlias(expr name, type_param* type_params, expr value) \
        | AugAssign(expr target, operator op, expr value) \
        | AnnAssign(expr target, expr annotation, expr? value, int simple) \
        | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment) \
        | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment) \
        | While(expr test, stmt* body, stmt* orelse) | If(expr test, stmt* body, stmt* orelse) \
        | With(withitem* items, stmt* body, string? type_comment) \
        | AsyncWith(withitem* items, stmt* body, string? type_comment) \
        | Match(expr subject, match_case* cases) | Raise(expr? exc, expr? cause) \
        | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody) \
        | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody) \
        | Assert(expr test, expr? msg) | Import(alias* names) \
        | ImportFrom(identifier? module, alias* names, int? level) | Global(identifier* names) \
        | Nonlocal(identifier* names) | Expr(expr value) | Pass | Break | Continue \
        @ int lineno, int col_offset, int? end_lineno, int? end_col_offset
        expr = BoolOp(boolop op, expr* values) | NamedExpr(expr target, expr value) \
        | BinOp(expr left, operator op, expr right) | UnaryOp(unaryop op, expr operand) \
        | Lambda(arguments args, expr body) | IfExp(expr test, expr body, expr orelse) \
        | Dict(expr* keys, expr* values) | Set(expr* elts) | ListComp(expr elt, comprehension* generators) \
        | SetComp(expr elt, comprehension* generators) | DictComp(expr key, expr value, comprehension* generators) \
        | GeneratorExp(expr elt, comprehension* generators) | Await(expr value) | Yield(expr? value) \
        | YieldFrom(expr value) | Compare(expr left, cmpop* ops, expr* comparators) \
        | Call(expr func, expr* args, keyword* keywords) \
        | FormattedValue(expr value, int conversion, expr? format_spec) | JoinedStr(expr* values) \
        | Constant(constant value, string? kind) | Attribute(expr value, identifier attr, expr_context ctx) \
        | Subscript(expr value, expr slice, expr_context ctx) | Starred(expr value, expr_context ctx) \
        | Name(identifier id, expr_context ctx) | List(expr* elts, expr_context ctx) \
        | Tuple(expr* elts, expr_context ctx) | Slice(expr? lower, expr? upper, expr? step) \
        @ int lineno, int col_offset, int? end_lineno, int? end_col_offset
        expr_context = Load | Store | Del
        boolop = And | Or
        operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv
        unaryop = Invert | Not | UAdd | USub
        cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn
        comprehension(expr target, expr iter, expr* ifs, int is_async)
        excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body) \
        @ int lineno, int col_offset, int? end_lineno, int? end_col_offset
        arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, \
        expr* defaults)
        arg(identifier arg, expr? annotation, string? type_comment) \
        @ int lineno, int col_offset, int? end_lineno, int? end_col_offset
        keyword(identifier? arg, expr value) @ int lineno, int col_offset, int? end_lineno, int? end_col_offset
        alias(identifier name, identifier? asname) @ int lineno, int col_offset, int? end_lineno, int? end_col_offset
        withitem(expr context_expr, expr? optional_vars)
        match_case(pattern pattern, expr? guard, stmt* body)
        pattern = MatchValue(expr value) | MatchSingleton(constant value) | MatchSequence(pattern* patterns) \
        | MatchMapping(expr* keys, pattern* patterns, identifier? rest) \
        | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns) \
        | MatchStar(identifier? name) | MatchAs(pattern? pattern, identifier? name) | MatchOr(pattern* patterns) \
        @ int lineno, int col_offset, int end_lineno, int end_col_offset
        type_ignore = TypeIgnore(int lineno, string tag)
        type_param = TypeVar(identifier name, expr? bound) | ParamSpec(identifier name) \
        | TypeVarTuple(identifier name) @ int lineno, int col_offset, int end_lineno, int end_col_offset
        """;

    /** One field or attribute: its ASDL type ("expr", "identifier", "int", ...) and qualifier. */
    public record Field(String name, String type, char qual) {
        public boolean optional() {
            return qual == '?';
        }

        public boolean sequence() {
            return qual == '*';
        }
    }

    /**
     * A Python node class: an abstract sum type ({@code expr}), one of its constructors
     * ({@code Name}, whose {@code parent} is the sum) or a product type ({@code arguments}).
     * A constructor's {@code attributes} are its sum's.
     */
    public record NodeClass(String name, NodeClass parent, List<Field> fields, List<Field> attributes, String doc,
                            boolean isSum, List<NodeClass> constructors) {
        /** True for a constructor of a sum whose constructors have no fields (Load, Add, ...). */
        public boolean isSimple() {
            return parent != null && parent.isSimpleSum();
        }

        public boolean isSimpleSum() {
            if (!isSum) {
                return false;
            }
            for (NodeClass c : constructors) {
                if (!c.fields.isEmpty()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Every class in definition order: a sum, then its constructors; products in their place. */
    public static final Map<String, NodeClass> CLASSES = read();

    private static Map<String, NodeClass> read() {
        Map<String, NodeClass> out = new LinkedHashMap<>();
        for (String line : ASDL.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            List<Field> attrs = List.of();
            int at = line.indexOf(" @ ");
            if (at >= 0) {
                attrs = fields(line.substring(at + 3));
                line = line.substring(0, at);
            }
            int eq = line.indexOf(" = ");
            if (eq < 0) {
                // A product type: name(fields).
                int p = line.indexOf('(');
                String name = line.substring(0, p);
                List<Field> fs = fields(line.substring(p + 1, line.lastIndexOf(')')));
                out.put(name, new NodeClass(name, null, fs, attrs, line.strip(), false, List.of()));
                continue;
            }
            String sumName = line.substring(0, eq);
            List<NodeClass> ctors = new ArrayList<>();
            String[] parts = line.substring(eq + 3).split(" \\| ");
            List<String> docs = new ArrayList<>();
            boolean simple = true;
            for (String part : parts) {
                part = part.strip();
                docs.add(part);
                simple &= part.indexOf('(') < 0;
            }
            // Compare asdl_c.py: a sum's __doc__ lists constructors on one line when all are
            // field-less, else one per line under the '='.
            String sep = simple ? " | " : "\n" + " ".repeat(sumName.length() + 1) + "| ";
            NodeClass sum = new NodeClass(sumName, null, List.of(), attrs, sumName + " = " + String.join(sep, docs),
                true, ctors);
            out.put(sumName, sum);
            for (String part : docs) {
                int p = part.indexOf('(');
                String name = p < 0 ? part : part.substring(0, p);
                List<Field> fs = p < 0 ? List.of() : fields(part.substring(p + 1, part.lastIndexOf(')')));
                NodeClass c = new NodeClass(name, sum, fs, attrs, part, false, List.of());
                ctors.add(c);
                out.put(name, c);
            }
        }
        return out;
    }

    private static List<Field> fields(String s) {
        List<Field> out = new ArrayList<>();
        for (String f : s.split(",")) {
            String[] tn = f.strip().split(" ");
            String type = tn[0];
            char q = '-';
            char last = type.charAt(type.length() - 1);
            if (last == '?' || last == '*') {
                q = last;
                type = type.substring(0, type.length() - 1);
            }
            out.add(new Field(tn[1], type, q));
        }
        return List.copyOf(out);
    }
}
