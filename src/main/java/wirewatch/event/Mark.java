package wirewatch.event;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A matched term's place in a snippet: [start, end) in chars; JSON writes it as {@code [start, end]}. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"start", "end"})
public record Mark(int start, int end) {
    public Mark {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mark [" + start + ", " + end + ")");
        }
    }
}
