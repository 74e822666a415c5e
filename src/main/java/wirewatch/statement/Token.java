package wirewatch.statement;

/**
 * One word or punctuation mark of a text, with its char offsets. {@code key} is the lower-cased word with a trailing
 * possessive ({@code ’s}) removed, which {@code possessive} records.
 */
record Token(int start, int end, String text, String key, boolean word, boolean possessive) {

    boolean isCapitalised() {
        return word && Character.isUpperCase(text.codePointAt(0));
    }

    boolean is(String lowerCase) {
        return key.equals(lowerCase) && !possessive;
    }

    boolean isPunct(char c) {
        return !word && text.length() == 1 && text.charAt(0) == c;
    }
}
