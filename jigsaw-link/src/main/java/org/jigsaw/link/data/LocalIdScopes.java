package org.jigsaw.link.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jigsaw.ingest.SourceDefinitions;

/**
 * Which local IDs can be compared: a local (case-management) ID is issued by one agency's system —
 * the LA's social care system gives the same child ID in the CIN census and the SSDA903 episodes,
 * a community health trust the same patient ID on referrals and contacts — so it identifies a
 * child only among that agency's sources. Two agencies may well issue the same number to
 * different children (both counting from 1), so local IDs are compared within an agency only:
 * the linkage value is {@code agency|id}.
 */
public final class LocalIdScopes {

    /** The linkage field that holds scoped local IDs. */
    public static final String FIELD = "local_id";

    private LocalIdScopes() {
    }

    /**
     * Source name → agency, from the area's {@code sources/*.yaml}. A source without a readable
     * definition is its own scope (its local IDs then link only its own rows).
     */
    public static Map<String, String> of(Path areaDir) {
        Map<String, String> scopes = new HashMap<>();
        if (areaDir == null) return scopes;
        try {
            for (SourceDefinitions.Parsed p : SourceDefinitions.load(areaDir).sources()) {
                String agency = p.definition().agency();
                if (agency != null && !agency.isBlank()) scopes.put(p.definition().name(), agency.trim().toLowerCase(java.util.Locale.ROOT));
            }
        } catch (IOException | RuntimeException e) {
            // no definitions: every source is its own scope, which is the safe side
        }
        return scopes;
    }
}
