package wirewatch.config;

import static java.util.Objects.requireNonNull;

import java.net.URI;

/** One subscription found in an OPML file: its title (possibly blank), its feed address and where it was. */
record OpmlOutline(String title, URI url, Location location) {
    OpmlOutline {
        requireNonNull(title, "title");
        requireNonNull(url, "url");
        requireNonNull(location, "location");
    }
}
