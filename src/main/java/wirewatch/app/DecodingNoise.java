package wirewatch.app;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import wirewatch.feed.Article;

/**
 * Tells two versions of an article apart from an edit when all they differ in is how the feed's bytes were decoded:
 * a U+FFFD where a byte was invalid against the character it stood for, or UTF-8 read as windows-1252
 * ({@code cafÃ©}, {@code â€œ}) against the text itself. Such a change is no revision. The texts are compared as
 * runs: runs of ASCII (whitespace ignored, since a decoded no-break space becomes a space) must be equal, and each run
 * of other characters must be equal, hold a U+FFFD, or be the other's windows-1252 misreading. Pure.
 */
final class DecodingNoise {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char REPLACEMENT = '\uFFFD';

    private DecodingNoise() {
    }

    /** True when the versions differ, and only in how they were decoded. */
    static boolean isOnlyDifference(Article before, Article after) {
        return !(before.title().equals(after.title()) && before.body().equals(after.body()))
                && sameText(before.title(), after.title()) && sameText(before.body(), after.body());
    }

    /** Replacement characters and misread characters: the lower, the better the version was decoded. */
    static int noise(Article article) {
        return noise(article.title()) + noise(article.body());
    }

    static boolean sameText(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        List<String> left = runs(a);
        List<String> right = runs(b);
        if (left.size() != right.size()) {
            return false;
        }
        for (int i = 0; i < left.size(); i++) {
            if (!sameRun(left.get(i), right.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static int noise(String text) {
        int noise = 0;
        for (String run : runs(text)) {
            if (isAscii(run.charAt(0))) {
                continue;
            }
            String mended = mended(run);
            noise += count(run, REPLACEMENT);
            if (!mended.equals(run) && mended.indexOf(REPLACEMENT) < 0) {
                noise++;
            }
        }
        return noise;
    }

    private static boolean sameRun(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        if (isAscii(x.charAt(0)) || isAscii(y.charAt(0))) {
            return false;
        }
        return matches(mended(x), y) || matches(mended(y), x);
    }

    /** Equal, or a U+FFFD on either side stands for whatever the other side has there. */
    private static boolean matches(String x, String y) {
        return x.equals(y) || x.indexOf(REPLACEMENT) >= 0 || y.indexOf(REPLACEMENT) >= 0;
    }

    /** The run as it reads when its characters were UTF-8 bytes misread as windows-1252; else the run itself. */
    private static String mended(String run) {
        CharsetEncoder encoder = WINDOWS_1252.newEncoder();
        if (!encoder.canEncode(run)) {
            return run;
        }
        return new String(run.getBytes(WINDOWS_1252), StandardCharsets.UTF_8);
    }

    /** Maximal runs of ASCII and of other characters, whitespace left out. */
    private static List<String> runs(String text) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            if (run.length() > 0 && isAscii(run.charAt(0)) != isAscii(c)) {
                runs.add(run.toString());
                run.setLength(0);
            }
            run.append(c);
        }
        if (run.length() > 0) {
            runs.add(run.toString());
        }
        return runs;
    }

    private static boolean isAscii(char c) {
        return c < 0x80;
    }

    private static int count(String text, char c) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                count++;
            }
        }
        return count;
    }
}
