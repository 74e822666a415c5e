package wirewatch.tui;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * How the dashboard looks and behaves: the clock for "next round in", the zone times are shown in, whether to use
 * colour, the browser command for {@code o} (an argv prefix; the URL is appended as one more argument) and whether
 * it draws in the terminal, and the watches and feeds from the config, so that one with no matches or no poll yet
 * is listed too, with the story each watch belongs to (watch name to story; watches in no story are absent).
 */
public record DashboardOptions(Clock clock, ZoneId zone, boolean color, List<String> browser,
                               List<String> watches, Map<String, String> stories, boolean browserInTerminal,
                               List<String> feeds) {
    public DashboardOptions {
        requireNonNull(clock, "clock");
        requireNonNull(zone, "zone");
        browser = List.copyOf(browser);
        watches = List.copyOf(watches);
        stories = Map.copyOf(stories);
        feeds = List.copyOf(feeds);
        if (browser.isEmpty()) {
            throw new IllegalArgumentException("browser command is empty; set $BROWSER or leave the default");
        }
    }

    /**
     * Options from the environment: colour unless {@code NO_COLOR} is set (to anything) or {@code TERM} names a
     * terminal without colour; the browser from {@code $BROWSER} (its first entry, as a command without
     * arguments), else {@code xdg-open}; a {@code $BROWSER} runs in the terminal when it is a terminal browser
     * (w3m, lynx, elinks, links …) or when there is no graphical display ({@code DISPLAY}, {@code WAYLAND_DISPLAY});
     * times in the clock's zone.
     */
    public static DashboardOptions fromEnvironment(Clock clock, Map<String, String> env) {
        String term = env.getOrDefault("TERM", "");
        boolean color = !env.containsKey("NO_COLOR") && !isMonochrome(term);
        String browser = env.getOrDefault("BROWSER", "").split(":", -1)[0].strip();
        boolean display = env.containsKey("DISPLAY") || env.containsKey("WAYLAND_DISPLAY");
        return new DashboardOptions(clock, clock.getZone(), color,
                List.of(browser.isEmpty() ? "xdg-open" : browser), List.of(), Map.of(),
                !browser.isEmpty() && !display, List.of());
    }

    /** Plain defaults: colour, UTC, {@code xdg-open}. */
    public static DashboardOptions defaults(Clock clock) {
        return new DashboardOptions(clock, ZoneId.of("UTC"), true, List.of("xdg-open"), List.of(), Map.of(), false,
                List.of());
    }

    public DashboardOptions withColor(boolean on) {
        return new DashboardOptions(clock, zone, on, browser, watches, stories, browserInTerminal, feeds);
    }

    public DashboardOptions withBrowser(List<String> command) {
        return new DashboardOptions(clock, zone, color, command, watches, stories, browserInTerminal, feeds);
    }

    public DashboardOptions withWatches(List<String> names) {
        return new DashboardOptions(clock, zone, color, browser, names, stories, browserInTerminal, feeds);
    }

    public DashboardOptions withStories(Map<String, String> storyOfWatch) {
        return new DashboardOptions(clock, zone, color, browser, watches, storyOfWatch, browserInTerminal, feeds);
    }

    /** The configured feeds, in order, for the feeds view. */
    public DashboardOptions withFeeds(List<String> names) {
        return new DashboardOptions(clock, zone, color, browser, watches, stories, browserInTerminal, names);
    }

    public DashboardOptions withZone(ZoneId shown) {
        return new DashboardOptions(clock, shown, color, browser, watches, stories, browserInTerminal, feeds);
    }

    private static boolean isMonochrome(String term) {
        return term.equals("dumb") || term.equals("vt100") || term.equals("vt220") || term.endsWith("-m")
                || term.endsWith("-mono");
    }
}
