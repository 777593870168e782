package org.nianbao.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.model.BadInputException;

/**
 * A derived metric's formula, parsed. Syntax:
 * <pre>
 *   expr     := term (('+' | '-' | '−') term)*
 *   term     := factor (('*' | '×' | '/' | '÷') factor)*
 *   factor   := number | name | function '(' expr (',' expr)* ')' | '(' expr ')' | '-' factor
 *   function := growth | prior | sum | points
 * </pre>
 * A name is another metric's name: any run of characters other than operators, parentheses
 * (half- or full-width), commas and spaces, e.g. {@code (维持 + 驳回) / 审结 * 100}.
 * Helpers: {@code prior(x)} is x's prior-year value; {@code growth(x)} is
 * (x − prior(x)) ÷ prior(x) × 100; {@code growth(a, b)} is (a − b) ÷ b × 100;
 * {@code points(a, b)} is a − b (percentage points); {@code sum(a, b, …)} adds its arguments.
 */
public final class Formula {

    /** Looks up metric values while evaluating. */
    public interface Values {
        /** The value of a metric, or null when it has none. */
        Ratio value(String name);

        /** The prior-year value of a metric, or null when it has none. */
        Ratio prior(String name);
    }

    /** An input had no value: the formula cannot be evaluated. */
    public static final class MissingInput extends RuntimeException {
        private final String name;

        MissingInput(String name) {
            super(name, null, false, false);
            this.name = name;
        }

        public String name() {
            return name;
        }
    }

    sealed interface Node permits Num, Ref, Prior, Binary, Call, Neg {
        Ratio eval(Values values);
    }

    record Num(Ratio value) implements Node {
        public Ratio eval(Values values) {
            return value;
        }
    }

    record Ref(String name) implements Node {
        public Ratio eval(Values values) {
            Ratio r = values.value(name);
            if (r == null) {
                throw new MissingInput(name);
            }
            return r;
        }
    }

    record Prior(String name) implements Node {
        public Ratio eval(Values values) {
            Ratio r = values.prior(name);
            if (r == null) {
                throw new MissingInput(name + "（上年）");
            }
            return r;
        }
    }

    record Neg(Node inner) implements Node {
        public Ratio eval(Values values) {
            return inner.eval(values).negate();
        }
    }

    record Binary(char op, Node left, Node right) implements Node {
        public Ratio eval(Values values) {
            Ratio l = left.eval(values);
            Ratio r = right.eval(values);
            return switch (op) {
                case '+' -> l.add(r);
                case '-' -> l.subtract(r);
                case '*' -> l.multiply(r);
                default -> l.divide(r); // ArithmeticException on zero: the caller reports it
            };
        }
    }

    record Call(String function, List<Node> args) implements Node {
        public Ratio eval(Values values) {
            return switch (function) {
                case "sum" -> args.stream().map(a -> a.eval(values)).reduce(Ratio.ZERO, Ratio::add);
                case "points" -> args.get(0).eval(values).subtract(args.get(1).eval(values));
                default -> { // growth
                    Ratio now = args.get(0).eval(values);
                    Ratio before = args.size() == 2 ? args.get(1).eval(values)
                            : new Prior(((Ref) args.get(0)).name()).eval(values);
                    yield now.subtract(before).divide(before).multiply(Ratio.HUNDRED);
                }
            };
        }
    }

    private final String source;
    private final Node root;
    private final Set<String> names;

    private Formula(String source, Node root, Set<String> names) {
        this.source = source;
        this.root = root;
        this.names = names;
    }

    /** @throws BadInputException when the formula cannot be parsed */
    public static Formula parse(String source) {
        Parser p = new Parser(source);
        Node root = p.expr();
        p.skipSpace();
        if (p.pos < source.length()) {
            throw p.error("多余的“" + source.substring(p.pos) + "”");
        }
        return new Formula(source, root, p.names);
    }

    /** Metric names the formula uses, in order of first use. */
    public Set<String> names() {
        return names;
    }

    /**
     * The exact value.
     *
     * @throws MissingInput        when an input has no value
     * @throws ArithmeticException on division by zero
     */
    public Ratio evaluate(Values values) {
        return root.eval(values);
    }

    @Override
    public String toString() {
        return source;
    }

    private static final class Parser {
        private final String s;
        private int pos;
        private final Set<String> names = new LinkedHashSet<>();

        Parser(String s) {
            this.s = s == null ? "" : s;
        }

        Node expr() {
            Node left = term();
            while (true) {
                skipSpace();
                char c = peek();
                if (c == '+' || c == '-' || c == '−') {
                    pos++;
                    left = new Binary(c == '+' ? '+' : '-', left, term());
                } else {
                    return left;
                }
            }
        }

        Node term() {
            Node left = factor();
            while (true) {
                skipSpace();
                char c = peek();
                if (c == '*' || c == '×') {
                    pos++;
                    left = new Binary('*', left, factor());
                } else if (c == '/' || c == '÷') {
                    pos++;
                    left = new Binary('/', left, factor());
                } else {
                    return left;
                }
            }
        }

        Node factor() {
            skipSpace();
            char c = peek();
            if (c == '-' || c == '−') {
                pos++;
                return new Neg(factor());
            }
            if (isOpen(c)) {
                pos++;
                Node inner = expr();
                expectClose();
                return inner;
            }
            int start = pos;
            while (pos < s.length() && isNameChar(s.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw error(pos < s.length() ? "意外的“" + c + "”" : "公式不完整");
            }
            String token = s.substring(start, pos);
            skipSpace();
            if (isOpen(peek()) && isFunction(token)) {
                pos++;
                return call(token);
            }
            if (Character.isDigit(token.charAt(0)) && token.matches("[0-9]+(\\.[0-9]+)?")) {
                return new Num(Ratio.of(new BigDecimal(token)));
            }
            names.add(token);
            return new Ref(token);
        }

        private Node call(String function) {
            List<Node> args = new ArrayList<>();
            args.add(expr());
            skipSpace();
            while (peek() == ',' || peek() == '，') {
                pos++;
                args.add(expr());
                skipSpace();
            }
            expectClose();
            boolean arityOk = switch (function) {
                case "prior" -> args.size() == 1 && args.get(0) instanceof Ref;
                case "growth" -> args.size() == 2 || (args.size() == 1 && args.get(0) instanceof Ref);
                case "points" -> args.size() == 2;
                default -> true;
            };
            if (!arityOk) {
                throw error(function + "(…) 的参数不对");
            }
            if (function.equals("prior")) {
                return new Prior(((Ref) args.get(0)).name());
            }
            return new Call(function, args);
        }

        private void expectClose() {
            skipSpace();
            char c = peek();
            if (c != ')' && c != '）') {
                throw error("缺少右括号");
            }
            pos++;
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        private char peek() {
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        private static boolean isOpen(char c) {
            return c == '(' || c == '（';
        }

        private static boolean isFunction(String token) {
            return token.equals("growth") || token.equals("prior") || token.equals("sum")
                    || token.equals("points");
        }

        private static boolean isNameChar(char c) {
            return !Character.isWhitespace(c) && "+-−*×/÷()（）,，".indexOf(c) < 0;
        }

        BadInputException error(String what) {
            return new BadInputException("公式“" + s + "”无法计算：" + what + "。",
                    "cannot parse formula '" + s + "' at " + pos);
        }
    }
}
