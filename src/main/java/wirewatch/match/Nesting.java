package wirewatch.match;

/**
 * How deeply a query's parentheses nest, counted outside quotes and escapes. The classic query parser recurses once
 * per level, so a few thousand levels overflow the stack: a rule deeper than {@link #MAX_DEPTH} is refused before
 * the parser sees it.
 *
 * @param depth the depth at the end of the text: above 0 when a '(' is never closed
 * @param tooDeepAt the index of the first '(' past {@link #MAX_DEPTH}, or -1
 */
record Nesting(int depth, int tooDeepAt) {
    /** Far beyond any rule a person writes; far below what overflows the parser's stack. */
    static final int MAX_DEPTH = 100;

    static Nesting of(String query) {
        int depth = 0;
        int tooDeepAt = -1;
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
                if (depth > MAX_DEPTH && tooDeepAt < 0) {
                    tooDeepAt = i;
                }
            } else if (!quoted && c == ')') {
                depth--;
            }
        }
        return new Nesting(depth, tooDeepAt);
    }

    boolean isTooDeep() {
        return tooDeepAt >= 0;
    }

    boolean isUnclosed() {
        return depth > 0;
    }
}
