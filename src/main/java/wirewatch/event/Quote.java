package wirewatch.event;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A statement as a match event lists it: who, what, and whether in quotation marks. */
@JsonPropertyOrder({"speaker", "quote", "kind"})
public record Quote(String speaker, String quote, String kind) {
}
