package wirewatch.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks that a feed address is one wirewatch can poll: an absolute http or https URL with a host. */
final class FeedUrl {
    static final String FIX = "write an absolute http or https address, e.g. https://www.example.com/rss";

    private FeedUrl() {
    }

    /**
     * The address written as {@code text}.
     *
     * @throws IllegalArgumentException saying what is wrong with it (without the fix, which is {@link #FIX})
     */
    static URI parse(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("it is not a valid address (" + e.getReason() + " at index "
                    + e.getIndex() + ")", e);
        }
        if (uri.getScheme() == null) {
            throw new IllegalArgumentException("it has no http:// or https:// in front");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("its scheme '" + uri.getScheme() + "' is not http or https");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("it has no host name");
        }
        return uri;
    }
}
