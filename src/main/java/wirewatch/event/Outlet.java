package wirewatch.event;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Another outlet that published the same wire copy as a match's article. */
@JsonPropertyOrder({"feed", "title", "url"})
public record Outlet(String feed, String title, String url) {
}
