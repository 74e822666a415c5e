package wirewatch.cli;

import org.jspecify.annotations.Nullable;

/**
 * A speaker as the human-readable output writes it: the name, or {@value #UNATTRIBUTED} when the article does not
 * say who spoke. JSON output writes {@code null} instead; the label exists only here, at the edge.
 */
final class SpeakerText {
    static final String UNATTRIBUTED = "(unattributed)";

    private SpeakerText() {
    }

    static String of(@Nullable String speaker) {
        return speaker == null ? UNATTRIBUTED : speaker;
    }
}
