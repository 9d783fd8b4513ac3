package org.parallax.framing;

import org.junit.jupiter.api.Test;
import org.parallax.model.Framing.LoadedTerm;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LexiconTest {
    private static Lexicon lexicon(String tsv) {
        return Lexicon.load(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test");
    }

    @Test
    void theJoinedSearchFindsWhatEachEntryFindsAlone() throws IOException {
        String tsv = new String(Lexicon.class.getResourceAsStream("loaded-terms.tsv").readAllBytes(), StandardCharsets.UTF_8);
        // a back-reference cannot be joined (group numbers would shift): this lexicon searches entry by entry
        Lexicon perEntry = lexicon(tsv + "\neditorial judgement\t(x)\\1zzzq\n");
        Lexicon joined = Lexicon.standard();
        int hits = 0;
        for (String file : List.of("wire-neutral.txt", "partisan-us.txt", "tabloid-uk.txt", "south-asian-state.txt")) {
            String text = Files.readString(Path.of("src/test/resources/framing", file));
            List<LoadedTerm> all = joined.find(text);
            assertThat(all).as(file).isEqualTo(perEntry.find(text));
            hits += all.size();
            // and piece by piece, as the framing and summary stages ask
            for (int from = 0; from < text.length(); from += 97) {
                int to = Math.min(text.length(), from + 97);
                assertThat(joined.find(text, from, to, List.of())).isEqualTo(perEntry.find(text, from, to, List.of()));
            }
        }
        assertThat(hits).isGreaterThan(10);
    }

    @Test
    void aLexiconWithABackReferenceStillFindsItsTerms() {
        Lexicon l = lexicon("editorial judgement\t(bye)-\\1\nemotive or honorific\tmartyred\n");
        assertThat(l.find("They said bye-bye to the martyred hero.")).extracting(LoadedTerm::text)
                .containsExactly("bye-bye", "martyred");
    }
}
