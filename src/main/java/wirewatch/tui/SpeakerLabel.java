package wirewatch.tui;

import org.jspecify.annotations.Nullable;

/**
 * A speaker as the dashboard shows it: the name in bold, or a dim {@value #UNATTRIBUTED} when the article does not
 * say who spoke. The label exists only on screen; the store and events keep the speaker absent.
 */
final class SpeakerLabel {
    static final String UNATTRIBUTED = "unattributed";

    private SpeakerLabel() {
    }

    static String of(@Nullable String speaker) {
        return speaker == null ? UNATTRIBUTED : speaker;
    }

    static Run run(@Nullable String speaker) {
        return speaker == null ? Run.of(UNATTRIBUTED, Style.DIM) : Run.of(speaker, Style.STRONG);
    }
}
