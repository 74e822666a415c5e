package wirewatch.statement;

import java.util.Set;

/**
 * A way a text refers to a possible speaker: a name, an organisation, a description ({@code the Kremlin
 * spokesman}), a pronoun or a collective source ({@code analysts}). Tokens {@code [first, last]} hold the head;
 * {@code phraseFirst} also covers a title in front ({@code Russian President}). {@code name} is the name with titles
 * stripped, the description without its determiner, or the pronoun; {@code roles} and {@code nation} come from the
 * title or description. {@code subject} is false when the mention follows a preposition or is possessive.
 */
record Mention(Kind kind, int phraseFirst, int first, int last, String name, Set<String> roles, String nation,
               boolean subject) {

    /** What a mention is; only some kinds can speak without resolution. */
    enum Kind { PERSON, SINGLE_NAME, ORGANISATION, STATE, DESCRIPTION, PRONOUN, COLLECTIVE }

    Mention {
        roles = Set.copyOf(roles);
    }

    /** A name of a person, organisation or state, as opposed to a pronoun, description or collective source. */
    boolean isNamed() {
        return kind == Kind.PERSON || kind == Kind.SINGLE_NAME || kind == Kind.ORGANISATION || kind == Kind.STATE;
    }

    boolean isPersonLike() {
        return kind == Kind.PERSON || kind == Kind.SINGLE_NAME;
    }
}
