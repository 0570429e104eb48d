package org.jigsaw.privacy;

import java.util.Map;
import java.util.Optional;
import org.jigsaw.link.cluster.CannotLinkKindProvider;
import org.jigsaw.link.cluster.CannotLinkKinds;

/** The twins rule on keyed encodings ({@code encoded_twins}), registered into link's cannot-link kinds from here. */
public final class EncodedCannotLinkKinds implements CannotLinkKindProvider {

    @Override
    public Map<String, CannotLinkKinds.Kind> cannotLinkKinds() {
        return Map.of("encoded_twins", CannotLinkKinds.Kind.of(CannotLinkKinds.twinFields(), (table, spec) -> CannotLinkKinds.hasNames(table)
                ? Optional.of(new CannotLinkKinds.Named("twins (encoded)", EncodedTwins.rule(table.column("dob"), table.column("family_name"),
                        table.column("given_name"), CannotLinkKinds.identifiers(table))))
                : Optional.empty()));
    }
}
