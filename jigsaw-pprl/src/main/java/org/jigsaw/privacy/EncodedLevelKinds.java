package org.jigsaw.privacy;

import java.util.Map;
import org.jigsaw.link.compare.LevelKindProvider;
import org.jigsaw.link.compare.LevelKinds;

/** The levels on keyed encodings, registered into link's level kinds from here (link does not know privacy). */
public final class EncodedLevelKinds implements LevelKindProvider {

    @Override
    public Map<String, LevelKinds.Factory> levelKinds() {
        return Map.of(
                "dice", s -> new DiceLevel(s.need(s.threshold(), "threshold")),
                "encoded_key", s -> EncodedKeyLevel.of(s.need(s.transform(), "transform")));
    }
}
