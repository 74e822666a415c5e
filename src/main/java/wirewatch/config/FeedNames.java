package wirewatch.config;

import java.net.URI;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives imported feeds names of the form feeds.yml requires ({@code [a-z0-9-]+}) from their titles, made unique
 * against every name already taken by appending {@code -2}, {@code -3}, ...
 */
final class FeedNames {
    private static final int MAX_LENGTH = 40;

    private final Set<String> taken;

    FeedNames(Set<String> taken) {
        this.taken = new HashSet<>(taken);
    }

    /** A fresh name for a feed titled {@code title} (may be blank, then the host names it) at {@code url}. */
    String claim(String title, URI url) {
        // A title that is already a feed name is kept whole, so a list wirewatch exported comes back as it was.
        String base = FeedSpec.NAME.matcher(title).matches() ? title : slug(title);
        if (base.isEmpty()) {
            base = slug(url.getHost() == null ? "" : url.getHost());
        }
        if (base.isEmpty()) {
            base = "feed";
        }
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /** {@code "Le Monde – International"} becomes {@code "le-monde-international"}: accents folded, runs of
     * anything else turned into one dash, at most 40 characters. */
    static String slug(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }
}
